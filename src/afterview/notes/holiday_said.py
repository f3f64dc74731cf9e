"""A decision said against a holiday: 'before xmas shutdown', 'before the holidays', 'ahead of the Christmas break',
'before Thanksgiving', 'before the new year'. Read as the last business day before the holiday's next day after
the interview (25 December; US Thanksgiving, the fourth Thursday of November; 1 January), the latest day those
words can mean, and said back in the words given."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

_BEFORE = r"\b(?:before|ahead\s+of|prior\s+to|by)\s+(?:the\s+)?"
_AFTER_WORDS = r"(?:\s+(?:shut\s*down|shutdown|break|closure|close|holidays?|vacation|time|party|weekend|day))?"
HOLIDAYS = re.compile(
    _BEFORE
    + r"(?:(?P<xmas>xmas|x-mas|christmas|holiday|holidays|winter)"
    + _AFTER_WORDS
    + r"|end[-\s]of[-\s]year\s+(?:shut\s*down|shutdown|break|closure)"
    + r"|(?P<thanks>thanksgiving|turkey\s+day)"
    + _AFTER_WORDS
    + r"|(?P<new_year>new\s+year(?:['’]?s)?)"
    + _AFTER_WORDS
    + r")\b",
    re.I,
)


def _thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)  # the fourth Thursday of November


_DAYS: dict[str, Callable[[int], date]] = {
    "xmas": lambda year: date(year, 12, 25),
    "thanks": _thanksgiving,
    "new_year": lambda year: date(year + 1, 1, 1),  # the new year after `year`
}


def holiday_day(text: str, ref: date) -> tuple[date, str] | None:
    """The last business day before the holiday the text names, its next one after `ref`, and the words it was
    read from; else None."""
    found = HOLIDAYS.search(text)
    if found is None:
        return None
    kind = next((k for k in _DAYS if found.group(k)), "xmas")  # 'end of year shutdown': Christmas
    for year in (ref.year - 1, ref.year, ref.year + 1):
        day = _DAYS[kind](year) - timedelta(days=1)
        while day.weekday() >= 5:  # a Saturday or Sunday: the Friday before
            day -= timedelta(days=1)
        if day > ref:
            return day, found.group(0)
    return None  # unreachable: next year's holiday is always ahead
