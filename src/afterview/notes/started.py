"""When the interview started, as a person answers right after it: '2pm', 'today 2pm', 'yesterday 10am London'.

A place named after the time ('London', 'central time', 'Europe/Berlin') is the interview's
timezone, and 'today' is the day there; a time alone is today's. A UTC offset or a fixed-offset
zone is refused (it ignores daylight saving time), as is a start still to come. Each failure is
a ValueError that says what to write instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from afterview.notes.model import FIRST_YEAR, LAST_YEAR
from afterview.notes.plain_time import parse_when
from afterview.notes.timezones import region_of, timezone_from_words

# '14:00-05:00', '2pm +1', '2026-11-24T14:00Z': an offset after a time (a place keeps daylight saving time)
_OFFSET = re.compile(r"(?:\d:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})|\s[+-]\d{1,2}(?::?\d{2})?)\s*$", re.I)
_TIME_ONLY = re.compile(r"(?:at\s+)?\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)", re.I)  # 2pm, 14:00
_NO_OFFSET = "give the local time and the place instead of a UTC offset, e.g. 14:00 London"


def read_start(
    text: str,
    zone: str,
    *,
    today: date,
    now: datetime | None = None,
    clock: Callable[[str], datetime] | None = None,
) -> tuple[datetime, str | None]:
    """The wall time, and the place's timezone when the answer names one (else None: `zone` holds).

    `today` and `now` are as given unless `clock` tells the wall time now in a timezone: then
    'today' is the day where the interview was."""
    if _OFFSET.search(text):
        raise ValueError(_NO_OFFSET)
    head, named = _place(text)
    if clock is not None:
        now = clock(named or zone)
        today = now.date()
    try:
        at, said = parse_when(head, ref=today, direction="past")
    except ValueError:
        if not _TIME_ONLY.fullmatch(head):
            raise
        head = f"today {head}"  # right after the interview, '2pm' is today's (read back, and refused if to come)
        at, said = parse_when(head, ref=today, direction="past")
    if at.tzinfo is not None:
        raise ValueError(_NO_OFFSET)
    if said is not None:
        named = region_of(said)
        if clock is not None and named != zone:
            now = clock(named)
            today = now.date()
            at, _ = parse_when(head, ref=today, direction="past")
    if not FIRST_YEAR <= at.year <= LAST_YEAR:
        raise ValueError(f"{at.date().isoformat()} is not a plausible date (year {at.year}); check the year")
    if at.date() > today:
        raise ValueError(f"{at.date().isoformat()} is in the future; when did the interview start?")
    if now is not None and at > now:
        raise ValueError(f"{at.strftime('%H:%M')} today is later than now; when did the interview start?")
    return at, named


def _place(text: str) -> tuple[str, str | None]:
    """'yesterday 2pm London', 'today 14:00 in central time' → the time words, and the place's timezone."""
    words = text.split()
    for k in range(min(4, len(words) - 1), 0, -1):
        zone = timezone_from_words(" ".join(words[-k:]))
        if zone is None:
            continue
        head = re.sub(r"[\s,]+(?:in|at)?$", "", " ".join(words[:-k]))
        if _TIME_ONLY.fullmatch(head):
            return head, zone
        try:
            parse_when(head, ref=date(2000, 1, 1), direction="past")
        except ValueError:
            continue
        return head, zone
    return text, None
