"""No frame of interest twice in one message: "I was glad to hear your thinking on X. I was glad we had time to discuss
Y." reads as a form filled twice (the judges' "repetition" reason). A later sentence that opens with a frame an earlier
one opened with says it is a second thing: 'I was also glad …', 'It was also good …'. (writer/template_writer.py's
one_verb_once varies 'I appreciated / I enjoyed / I valued'; this does the frames that verb cannot vary.)"""

from __future__ import annotations

import re

from afterview.writer.each_sentence import each_sentence

# the frame's opening words, and where 'also' goes in it
_FRAMES = re.compile(
    r"^(?P<lead>I was|It was|I am|It is)(?P<really> really| especially| particularly)? "
    r"(?P<rest>(?:glad|good|valuable|helpful|great|a pleasure|a real pleasure|grateful|pleased|interesting)\b)"
)


def no_frame_twice(body: str) -> str:
    """`body` with a second sentence of the same frame marked as a second ('I was also glad …'); the greeting and the
    sign-off (first and last paragraphs) stay as they are."""
    seen: set[str] = set()

    def rewrite(sentence: str) -> str:
        found = _FRAMES.match(sentence)
        if not found:
            return sentence
        frame = f"{found['lead']} {found['rest']}".lower()
        again = frame in seen
        seen.add(frame)
        return f"{found['lead']} also {found['rest']}{sentence[found.end() :]}" if again else sentence

    return each_sentence(body, rewrite)
