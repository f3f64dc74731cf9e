"""An additive word needs its antecedent in the same note (issue 17, writer54): "I also smiled to learn …" with nothing
before it that smiled, "Hearing about X was useful too." after a sentence that found nothing useful, read as a line
cut from a longer letter. The additive goes where no earlier sentence of the note says the first thing (shares the
word the additive adds to: 'I enjoyed …' before 'I also enjoyed …'); a sentence without it says the same.

Only "I also <verb>", "It was also <word>" and a sentence-final "too"/"as well" are read: 'you are also from Curitiba',
'we both rowed … too' (the candidate's side of common ground, after a "that") keep theirs."""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# 'I also smiled', 'It was also good': the word the additive adds to is the one after it
_ALSO = re.compile(r"^(I|It was|It is) also (\w+)")
# 'Hearing about X was useful too.': the word before the tail ('useful') is what it adds to
_TAIL = re.compile(r"^(?!.*\bthat\b)(?!.*\bboth\b)(.*\b(\w+)),? (?:too|as well)([.!])$", re.S)


def _stem(word: str) -> str:
    return word.lower()[:5]


def without_lone_additive(body: str) -> str:
    """`body` (greeting to sign-off) with each additive that has no antecedent sentence before it left out."""
    paragraphs = body.rstrip("\n").split("\n\n")
    seen: list[str] = []
    for number, paragraph in enumerate(paragraphs[:-1]):  # the sign-off is no sentence
        sentences = []
        for sentence in _SENTENCE.split(paragraph):
            also, tail = _ALSO.match(sentence), _TAIL.match(sentence)
            word = also.group(2) if also else tail.group(2) if tail else None
            if word and not any(_stem(word) in {_stem(w) for w in re.findall(r"\w+", s)} for s in seen):
                if also:
                    sentence = f"{also.group(1)} {sentence[len(also.group(1)) + len(' also ') :]}"
                elif tail:
                    sentence = tail.group(1) + tail.group(3)
            seen.append(sentence)
            sentences.append(sentence)
        paragraphs[number] = " ".join(sentences)
    return "\n\n".join(paragraphs) + "\n"
