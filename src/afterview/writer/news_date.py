"""When a company-news item happened, as far as its words say ("opened Byron Bay in Oct", "Series B
closed 2026-10-03", "launched last year"), so a status check congratulates only on news that is news:
something that happened after the interview, or whose date the notes do not give."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from afterview.writer.shorthand import prose

_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = "(" + "|".join(_MONTHS) + ")"
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.I)
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"\b(?:,?\s+(\d{4}))?", re.I)
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r"\s+(\d{4})\b", re.I)
_MONTH_ONLY = re.compile(r"\b(?:in|during|since|back in|early|mid-|late|last)\s*" + _MONTH + r"\b", re.I)
_YEAR = re.compile(r"\b(?:in|during|since)\s+(20\d\d)\b", re.I)
_LAST_YEAR = re.compile(r"\blast (?:year|spring|summer|autumn|fall|winter|quarter)\b", re.I)
# Words that put the news ahead ("opens in March", "will launch", "plans to", "deal signed, launch in
# March"): not in the past.
_AHEAD = re.compile(
    r"\b(?:will|opens|opening|launching|plans?|planned|planning|upcoming|next|soon|expected|expects|due|"
    r"scheduled|to open|to launch|going to|coming|launch|start|starts|go-live|goes live|"
    # a dated event in the present tense is one on the calendar ('premieres 14 February', 'debuts in March')
    r"premieres|debuts|begins|launches|kicks off|arrives|tours)\b",
    re.I,
)


# A date without a year up to two months after the interview is this year's (news since the call).
_AHEAD_SPAN = timedelta(days=62)


def _month(name: str) -> int:
    return _MONTHS.index(name.lower()) + 1


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def happened_on(item: str, interview: date) -> date | None:
    """The latest day the news can have happened, read from its words; None when they give no date
    or speak of something still ahead. A date without a year is the latest one not after the interview."""
    text = prose(item)
    if _AHEAD.search(text):
        return None
    if m := _ISO.search(text):
        return _day(int(m[1]), int(m[2]), int(m[3]))
    for pattern, month_at, day_at in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        if m := pattern.search(text):
            month, day = _month(m[month_at]), int(m[day_at])
            if m[3]:
                return _day(int(m[3]), month, day)
            found = _day(interview.year, month, day)
            return found if found is None or found <= interview + _AHEAD_SPAN else _day(interview.year - 1, month, day)
    if m := _MONTH_YEAR.search(text):
        year, month = int(m[2]), _month(m[1])
        return date(year, month, monthrange(year, month)[1])
    if m := _MONTH_ONLY.search(text):
        month = _month(m[1])
        if month == interview.month:
            return None  # this month: before or after the interview, the words do not say
        last = date(interview.year, month, monthrange(interview.year, month)[1])
        if last > interview + _AHEAD_SPAN:
            last = date(interview.year - 1, month, monthrange(interview.year - 1, month)[1])
        return last
    if m := _YEAR.search(text):
        year = int(m[1])
        return date(year, 12, 31) if year < interview.year else None
    if m := _LAST_YEAR.search(text):
        return date(interview.year - 1, 12, 31) if m[0].lower().endswith("year") else None
    return None


def before_interview(item: str, interview: date) -> bool:
    """'opened Byron Bay in October' before a November interview: old news by the time of a status check."""
    day = happened_on(item, interview)
    return day is not None and day < interview
