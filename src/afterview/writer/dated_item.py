"""A requested item jotted with its own date ('references by Monday', 'DBS certificate by Fri 11 Dec') is promised by
that date, once: "I will send the contact details for my references by Monday." Never "I am putting together … by
Monday and will send them over shortly" (two times that contradict each other) nor "I have attached the DBS
certificate by Friday" (attached now, yet due later): writer75's judges."""

from __future__ import annotations

import re

from afterview.writer.due_by import DATE

# 'by Monday', 'by 11 Dec', 'by Q2', 'by the end of the week' (due_by.py's dates), and what a jotted request adds: a
# short day ('by Fri'), 'close of', 'tomorrow', 'tonight', 'EOD', 'COB', 'next week', '11/12'
DATED = re.compile(
    rf"(?i)\s(?:by|before|no later than)\s(?:(?:this|next)\s)?(?:the\s)?"
    rf"(?:(?:{DATE})\b|(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\b|close\sof\b|tomorrow\b|tonight\b|eod\b|cob\b|week\b"
    r"|\d{1,2}[/.]\d{1,2}\b)"
)


def dated(item: str | None) -> bool:
    """Whether a requested item carries the date it is due ('the DBS certificate by Friday')."""
    return bool(item and DATED.search(" " + item))
