"""A decision said against the year-end holidays: 'before xmas shutdown', 'before the holidays', 'ahead of the
Christmas break'. Read as the last business day before 25 December (the latest day those words can mean), and
said back in the words given."""

from __future__ import annotations

import re
from datetime import date, timedelta

HOLIDAYS = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|by)\s+(?:the\s+)?(?:(?:xmas|x-mas|christmas|holiday|holidays|winter)"
    r"(?:\s+(?:shut\s*down|shutdown|break|closure|close|holidays?|vacation|time|party))?|end[-\s]of[-\s]year\s+"
    r"(?:shut\s*down|shutdown|break|closure))\b",
    re.I,
)


def holiday_day(text: str, ref: date) -> tuple[date, str] | None:
    """The last business day before the next 25 December after `ref`, and the words it was read from; else None."""
    found = HOLIDAYS.search(text)
    if found is None:
        return None
    for year in (ref.year, ref.year + 1):
        day = date(year, 12, 24)
        while day.weekday() >= 5:  # a Saturday or Sunday: the Friday before
            day -= timedelta(days=1)
        if day > ref:
            return day, found.group(0)
    return None  # unreachable: next year's 24 December is always ahead
