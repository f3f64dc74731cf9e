"""A decision date said in words in an interviewer's topics ("decision by end of next week", "board meets mid-Jan
to decide") while `interview.decision_by` is empty: the status check's timing cannot use words, so say what the
words read as and which field to set (SPEC 3: the window follows the decision date)."""

from __future__ import annotations

import re
from datetime import date

from afterview.draft import Finding
from afterview.notes.model import Notes

# a line about when they decide: the decision itself, hearing back, an offer, or the meeting that decides
_ABOUT = re.compile(
    r"\b(?:decision|decide[sd]?|deciding|hear(?:ing)? back|get(?:ting)? back to (?:me|you|candidates)|"
    r"final (?:call|answer)|offers? (?:out|made|go out|by|in)|board meets|sign[- ]off)\b",
    re.I,
)
_DAYLIKE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|week|wk|month|christmas|xmas|"
    r"new year|end of|early|mid|late)",
    re.I,
)


def said_in_words(notes: Notes) -> tuple[str, date] | None:
    """The first interviewer item that says when they decide, with the day it reads as; None when the notes give
    `decision_by` or no item says it in words the date reader understands."""
    if notes.interview.decision_by is not None:
        return None
    interview_day = notes.interview.start.date()
    for person in notes.interviewers:
        for item in person.topics:
            about = _ABOUT.search(item)
            if about is None:
                continue
            day = _first_day(item[about.end() :], interview_day) or _first_day(item[: about.start()], interview_day)
            if day is not None and day > interview_day:
                return item, day
    return None


def _first_day(text: str, interview_day: date) -> date | None:
    """The day the words read as, trying the whole text and then shorter heads of it ("mid-Jan to decide")."""
    from afterview.notes.decision_said import _day_said

    words = text.strip(" ,;:-").split()
    for end in range(len(words), 0, -1):
        head = " ".join(words[:end])
        if not _DAYLIKE.search(head):
            break
        try:
            return _day_said(head, interview_day)
        except ValueError:
            continue
    return None


def decision_in_words(notes: Notes) -> list[Finding]:
    found = said_in_words(notes)
    if found is None:
        return []
    item, day = found
    return [
        Finding(
            "timing",
            "info",
            "decision_in_words",
            f"The notes say '{item}', but interview.decision_by is empty, so this status check is timed as if no "
            f"decision date was given. If that is when they decide, set decision_by ({day:%a %d %b %Y}, as "
            "the words read) and the check waits for it.",
            None,
            f"decision_by: {day.isoformat()}",
        )
    ]
