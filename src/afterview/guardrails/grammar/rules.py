"""Our own grammar rules for what Harper and LanguageTool both miss: comma splices, very long sentences."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.text import sentences
from afterview.limits import word_count

LONG_SENTENCE = 40  # words

# ", it was" / ", I am" / ", this is": a comma joining two full clauses
_SPLICE = re.compile(
    r",\s+(?P<subject>I|it|this|that|we|they|he|she|you|there|everyone|everything)"
    r"(?P<verb>'s|'m|'re|'ve|'ll|'d| (?:am|is|was|are|were|has|have|had|will|would|can|could|should|shall"
    r"|must|do|did|does"
    r"|really|also|still|just|truly|think|thought|feel|felt|believe|know|knew|learned|loved|enjoyed|appreciated|look|looked|sounds|seems|seemed|made|makes|helped|gave|got|went|want|wanted|hope|plan|led|built))\b"
)
# A sentence opened by one of these carries a dependent clause: its comma is not a splice.
_DEPENDENT_OPENERS = re.compile(
    r"^(?:if|when|whenever|while|although|though|even though|because|since|as|after|before|once|unless"
    r"|until|whether"
    r"|where|wherever|given|however|so|finally|first|second|lastly|meanwhile"
    r"|in short|of course|at \w+|in \w+|on \w+|as \w+|with \w+|after \w+|before \w+|during \w+)\b",
    re.I,
)


def comma_splices(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        if _DEPENDENT_OPENERS.match(sentence.text):
            continue
        for m in _SPLICE.finditer(sentence.text):
            before = sentence.text[: m.start()]
            if word_count(before) < 3:
                continue
            if (
                m.group("subject") == "that"
                and m.group("verb").strip() in {"is", "was"}
                and before.rstrip().endswith("so")
            ):
                continue
            start = sentence.start + m.start()
            found.append(
                Finding(
                    "grammar",
                    "warning",
                    "comma_splice",
                    f"A comma joins two complete sentences before '{m.group('subject')}{m.group('verb')}'.",
                    (start, start + 1),
                    "Use a full stop or a semicolon, or add 'and'.",
                )
            )
    return found


def long_sentences(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        n = word_count(sentence.text)
        if n > LONG_SENTENCE:
            found.append(
                Finding(
                    "grammar",
                    "warning",
                    "long_sentence",
                    f"This sentence has {n} words; split it so it reads in one breath (at most {LONG_SENTENCE}).",
                    (sentence.start, sentence.end),
                    None,
                )
            )
    return found
