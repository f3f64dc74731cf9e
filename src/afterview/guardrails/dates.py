"""Dates in text: how they are written ("December 5", "12/5", "Friday"), and which the notes support
(the interview, decision and history dates on each recipient's calendar, and dates the notes name)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from afterview.guardrails.support import notes_texts, per_notes
from afterview.notes.model import Notes
from afterview.planning import sent_at

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
DATES = (
    re.compile(rf"\b(?P<month>{_MONTH})\s+{_DAY}\b(?:,?\s+(?P<year>\d{{4}}))?", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})\b(?:,?\s+(?P<year>\d{{4}}))?", re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<mnum>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>\d{2,4}))?\b"),
)
MONTH_ALONE = re.compile(
    rf"\b(?:(?:in|of|this|next|last|early|mid|late|until|by|since)\s+"
    # a month naming when a thing happens: "a February start", "the March intake"
    r"|(?:a|an|the)\s+(?=[A-Z][a-z]+\.?\s+(?:start|start date|deadline|launch|intake|cohort|kick-?off|go-live|opening"
    r"|rollout|handover|decision)\b))"
    rf"(?P<month>{_MONTH})\b(?!\s*\d)",
    re.I,
)
WEEKDAY = re.compile(r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.I)


def month_number(text: str) -> int:
    key = text.lower().rstrip(".")[:3]
    return next(n for n, m in enumerate(MONTHS, 1) if m.startswith(key))


def date_hits(text: str) -> Iterator[tuple[re.Match[str], int, int, int | None]]:
    """(match, month, day, year) for every date written in the text."""
    seen: list[tuple[int, int]] = []
    for pattern in DATES:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in seen):
                continue
            groups = m.groupdict()
            month = month_number(groups["month"]) if groups.get("month") else int(groups["mnum"])
            day = int(groups["day"])
            year = int(groups["year"]) if groups.get("year") else None
            if year is not None and year < 100:
                year += 2000
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            seen.append(m.span())
            yield m, month, day, year


@per_notes
def supported_dates(notes: Notes) -> frozenset[date]:
    """The interview, decision and history dates, as each recipient's calendar shows them, and
    every date written in the notes' own text."""
    zones = {notes.interview.zone, *(notes.zone_of(p) for p in notes.interviewers)}
    moments = [notes.interview.start, *(sent_at(notes, entry) for entry in notes.history)]
    out = {moment.astimezone(zone).date() for moment in moments for zone in zones}
    if notes.interview.decision_by:
        out.add(notes.interview.decision_by)
    year = notes.interview.start.year
    for text in notes_texts(notes):
        for _, month, day, given in date_hits(text):
            try:
                out.add(date(given or year, month, day))
            except ValueError:
                continue
    return frozenset(out)


@per_notes
def supported_weekdays(notes: Notes) -> frozenset[int]:
    """Weekdays of the supported dates, and weekdays the notes name ("deploys on Fridays")."""
    named = {WEEKDAYS.index(m.group("weekday").lower()) for t in notes_texts(notes) for m in WEEKDAY.finditer(t)}
    return frozenset({d.weekday() for d in supported_dates(notes)} | named)
