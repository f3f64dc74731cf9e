"""What letter_result.py adds after a comma to a result said whole (the names after their count, the figure it was
worth, the time or money it saved), taken off again for the gate's comma rule (writer/gate.py): kept apart from
letter_result so the gate reads them without importing the writer that composes them."""

from __future__ import annotations

import re

# what letter_result adds after a comma, for the gate's comma rule (writer/gate.py): the names after their count, the
# figure the result was worth, time saved, what it saved; each a sentence holds
_LETTER_TAILS = (
    re.compile(r", which (?:saved|cut|raised|added|brought in|generated|freed up|reduced) [^,]*\d[^,]*$"),
    re.compile(r", worth [^,]*\d[^,]*$"),
    re.compile(r", (?:\w+) (?:months|weeks|days) (?:early|ahead of schedule)$"),
)
_FOLDED_NAMES = re.compile(
    r"(?P<count>\b(?:two|three|four|five|six|seven|eight|nine|\d+) (?:[\w'-]+ ){0,3}?[a-z][\w-]*s), (?:including )?"
    r"(?:[A-Z0-9][^,]*, ){0,2}[A-Z0-9][^,]* and [A-Z0-9][^,]*?(?=,|$)"
)


def without_letter_asides(text: str) -> str:
    """`text` without the parts letter_result joins with a comma (the gate reads the rest)."""
    for tail in _LETTER_TAILS:
        text = tail.sub("", text)
    return _FOLDED_NAMES.sub(lambda m: m["count"], text)
