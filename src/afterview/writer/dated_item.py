"""A requested item jotted with its own date ('references by Monday', 'DBS certificate by Fri 11 Dec') is promised by
that date, once: "I will send the contact details for my references by Monday." Never "I am putting together … by
Monday and will send them over shortly" (two times that contradict each other) nor "I have attached the DBS
certificate by Friday" (attached now, yet due later): writer75's judges."""

from __future__ import annotations

import re

_DAYS = r"mon|tues|wednes|thurs|fri|satur|sun"
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
# 'by Monday', 'by Fri', 'by 11 Dec', 'by Dec 11', 'by the end of the week', 'by next week', 'by EOD', 'by tomorrow'
DATED = re.compile(
    rf"(?i)\s(?:by|before|no later than)\s(?:(?:this|next)\s)?(?:the\s)?"
    rf"(?:(?:{_DAYS})(?:day)?\b|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_MONTHS})|(?:{_MONTHS})[a-z]*\.?\s\d{{1,2}}\b|(?:end|close)\sof\b|tomorrow\b|tonight\b|eod\b|cob\b|"
    r"(?:next\s)?week\b|\d{1,2}[/.]\d{1,2}\b)"
)


def dated(item: str | None) -> bool:
    """Whether a requested item carries the date it is due ('the DBS certificate by Friday')."""
    return bool(item and DATED.search(" " + item))
