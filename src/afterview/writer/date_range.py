"""A span of dates jotted with a dash ('Jul 13 - Aug 28', '3-14 March' is left alone) said as a letter says it:
'from July 13 to August 28'. Read after writer/shorthand.py has written the months out."""

from __future__ import annotations

import re

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# 'July 13 - August 28', '13 July – 28 August': two whole dates with a dash between them, spaced or not
_SPAN = re.compile(
    rf"\b(?P<from>from )?(?P<a>{_MONTH} {_DAY}|{_DAY} {_MONTH})\s*[-–]\s*(?P<b>{_MONTH} {_DAY}|{_DAY} {_MONTH})\b"
)


def date_spans(text: str) -> str:
    """'internship July 13 - August 28' → 'internship from July 13 to August 28'."""
    return _SPAN.sub(r"from \g<a> to \g<b>", text)  # ('from July 13 - August 28' keeps its one 'from')
