"""A three-word phrase said twice in one message ('Thank you for meeting … Thank you for your time', 'for your time …
for your time') reads as a form filled twice. The writer's own words are what repeat (a name said twice is a name):
`repeated` finds such a phrase among the body's lower-case words, greeting and sign-off left aside, and `varied`
asks for the note in the other phrasings the template holds until one says nothing twice."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

_WORD = re.compile(r"[A-Za-z][\w'-]*")
# the writer's own words that open its sentences (a capital there is no name)
_OPENERS = frozenset(
    "Thank Thanks It Our The My What I've I'm We You Your This That Since As Having In On With And But So If "
    "Congratulations Many Warm Best Kind Looking Please Any Further".split()
)


def repeated(body: str) -> str | None:
    """The first three-word phrase of the writer's own words said twice in the body, or None."""
    lines = body.strip().split("\n")
    text = "\n".join(lines[1:-2]) if len(lines) > 3 else body  # the greeting and the sign-off say what they must
    counts: Counter[tuple[str, str, str]] = Counter()
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        words = _WORD.findall(sentence)
        if words and words[0] in _OPENERS:  # 'Thank you for …' opens a sentence in its capital
            words[0] = words[0].lower()
        for trio in zip(words, words[1:], words[2:], strict=False):
            if all(w[:1].islower() or w in ("I",) for w in trio):  # a name or a title is the notes', not a phrase
                counts[(trio[0].lower(), trio[1].lower(), trio[2].lower())] += 1
    return next((" ".join(trio) for trio, n in counts.items() if n > 1), None)


def varied(body: str, render: Callable[[int], str], tries: int, least: int) -> str:
    """`body`, or the first of the other phrasings (`render(shift)`, shift 1 … tries) that says no phrase twice and
    keeps at least `least` words; `body` when none does."""
    if repeated(body) is None:
        return body
    for shift in range(1, tries + 1):
        other = render(shift)
        if repeated(other) is None and len(other.split()) >= least:
            return other
    return body
