"""A numeric date ('12/3', 'thu 3/12', 'today 12/3') whose order, day/month or month/day, the words
beside it settle: a weekday, 'today'/'yesterday'/'tomorrow', or a number that cannot be a month
('11/30'). Nothing settles it, or the words contradict it: None, and the caller says it is ambiguous."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

RELATIVE = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0}
RELATIVE |= {"yesterday": -1, "tomorrow": 1}


def settled(
    words: str,
    weekdays: dict[str, int],
    ref: date | None,
    around: Callable[[Callable[[int], date | None]], date],
) -> date | None:
    """The one date `words` ('thu 12/3', cleaned: lower case, no commas) can be, else None.
    `around(make)`: the nearest year's date `make(year)` gives, counted from `ref`."""
    weekday = "|".join(sorted(weekdays, key=len, reverse=True))
    relative = "|".join(sorted(RELATIVE, key=len, reverse=True))
    found = re.fullmatch(
        rf"(?:(?P<rel>{relative})\s+)?(?:(?P<wd>{weekday})\s+)?"
        r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<y>\d{2}|\d{4}))?",
        words,
    )
    if found is None:
        return None
    a, b = int(found.group("a")), int(found.group("b"))
    year = found.group("y")
    full_year = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
    readings = set()
    for month, day in {(a, b), (b, a)}:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        try:
            readings.add(date(full_year, month, day) if full_year else around(_maker(month, day)))
        except ValueError:
            continue
    if found.group("wd"):
        readings = {d for d in readings if d.weekday() == weekdays[found.group("wd")]}
    if found.group("rel"):
        if ref is None:
            return None
        readings = {d for d in readings if d == ref + timedelta(days=RELATIVE[found.group("rel")])}
    return readings.pop() if len(readings) == 1 else None


def _maker(month: int, day: int) -> Callable[[int], date | None]:
    def make(year: int) -> date | None:
        try:
            return date(year, month, day)
        except ValueError:
            return None

    return make
