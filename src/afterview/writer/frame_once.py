"""No frame of interest twice in one message: "I was glad to hear your thinking on X. I was glad we had time to discuss
Y." reads as a form filled twice (the judges' "repetition" reason). A later sentence that opens with a frame an earlier
one opened with says it is a second thing: 'I was also glad …', 'It was also good …'. (writer/template_writer.py's
one_verb_once varies 'I appreciated / I enjoyed / I valued'; this does the frames that verb cannot vary.)"""

from __future__ import annotations

import re

# the frame's opening words, and where 'also' goes in it
_FRAMES = re.compile(
    r"^(?P<lead>I was|It was|I am|It is)(?P<really> really| especially| particularly)? "
    r"(?P<rest>(?:glad|good|valuable|helpful|great|a pleasure|a real pleasure|grateful|pleased|interesting)\b)"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def no_frame_twice(body: str) -> str:
    """`body` with a second sentence of the same frame marked as a second ('I was also glad …'); the greeting and the
    sign-off (first and last paragraphs) stay as they are."""
    paragraphs = body.rstrip("\n").split("\n\n")
    seen: set[str] = set()
    for number, paragraph in enumerate(paragraphs[1:-1], start=1):
        sentences = _SENTENCE_END.split(paragraph)
        for index, sentence in enumerate(sentences):
            found = _FRAMES.match(sentence)
            if not found:
                continue
            frame = f"{found['lead']} {found['rest']}".lower()
            if frame in seen:
                sentences[index] = f"{found['lead']} also {found['rest']}{sentence[found.end() :]}"
            seen.add(frame)
        paragraphs[number] = " ".join(sentences)
    return "\n\n".join(paragraphs) + "\n"
