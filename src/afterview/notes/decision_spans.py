"""A decision said as a span of time, read as one day of it by a written rule (and said back in the words it was
read from, so the person can correct it):

- a part of a week: 'early next week' (or its start, beginning): that Wednesday; 'mid next week': that Thursday;
  'end of next week': that Friday (a week said whole is its Friday: decision_said.py, week_said.py);
- a part of a month: 'early January', 'beginning of next month': its 10th; 'mid-December', 'mid next month': its
  15th; 'end of January', 'late Jan', 'sometime in January', 'end of month': its last business day; the 10th or the
  15th on a weekend is the Friday before it;
- a length: 'in a week or two', 'in 2-3 weeks', 'a couple of weeks', 'within 10 days': the longer one, from the day
  it counts from;
- never a day on or before the one it counts from (the interview): then the next business day after it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from afterview.notes.plain_time import MONTHS

_EARLY = r"(?:early|earlier|(?:the\s+)?(?:start|beginning)\s+of)"
_MID = r"(?:mid|middle\s+of|(?:the\s+)?middle\s+of)"
_LATE = r"(?:late|later|(?:towards?\s+)?(?:the\s+)?end\s+of)"
_PART = rf"(?:(?:at\s+|in\s+|by\s+|around\s+)?(?:the\s+)?(?P<part>{_EARLY}|{_MID}|{_LATE})\s+(?:the\s+)?)"
_WEEK = re.compile(rf"{_PART}(?P<which>next|this|the)\s+week")
_MONTH = re.compile(rf"{_PART}?(?P<which>next|this|the)\s+month")
_BARE_MONTH = re.compile(rf"{_PART}month")  # 'end of month', 'mid month': this month's
# 'early january', 'mid-Jan', 'end of feb', 'in january': that month's part, the next time it comes
_NAMED_MONTH = re.compile(rf"(?:{_PART}|(?:in|by|sometime\s+in)\s+)(?P<name>[a-z]+)")
_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "couple": 2, "few": 3}
_N = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few)"
_SPAN = re.compile(
    rf"(?:(?:within|in|about|around|roughly|in\s+about|over)\s+)?(?:the\s+next\s+)?(?P<low>{_N})"
    rf"(?:\s+(?P<unit0>weeks?|days?))?\s+(?:(?:or|to)\s+)?(?P<high>{_N})(?:\s+(?P<unit>weeks?|days?))?"
    rf"|(?:(?:within|in|about|around|over)\s+)?(?:the\s+next\s+)?(?P<one>(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few)"
    rf"\s+(?P<unit1>weeks?|days?)"
)
# 'in 2 months', 'in about a month', 'in 1 2 months' (norm'd '1-2'): the longer length, in months from the day
_MONTHS = re.compile(
    rf"(?:(?:within|in|about|around|roughly|over)\s+)*(?:the\s+next\s+)?(?:{_N}\s+(?:(?:or|to)\s+)?)?"
    rf"(?P<n>{_N})\s+months?"
)


def span_day(norm: str, ref: date) -> date | None:
    """The latest sensible day of a span (`norm`: labels.norm'd words), else None."""
    found = _WEEK.fullmatch(norm)
    if found and found.group("part"):
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 if found.group("which") == "next" else 0)
        part = found.group("part")
        offset = 2 if re.match(_EARLY, part) else 3 if re.match(_MID, part) else 4
        return after(monday + timedelta(days=offset), ref)
    found = _MONTH.fullmatch(norm)
    if found:
        year, month = (ref.year, ref.month)
        if found.group("which") == "next":
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return _part_of(found.group("part") or "end of", year, month, ref)
    found = _BARE_MONTH.fullmatch(norm)
    if found:
        return _part_of(found.group("part"), ref.year, ref.month, ref)
    found = _NAMED_MONTH.fullmatch(norm)
    if found and found.group("name") in MONTHS:
        month = MONTHS[found.group("name")]
        year = ref.year + (1 if month < ref.month else 0)
        return _part_of(found.group("part") or "end of", year, month, ref)
    found = _MONTHS.fullmatch(norm)
    if found:
        year, month = divmod(ref.month - 1 + _count(found.group("n")), 12)
        year, month = ref.year + year, month + 1
        return date(year, month, min(ref.day, calendar.monthrange(year, month)[1]))
    found = _SPAN.fullmatch(norm)
    if found:
        high = found.group("high") or found.group("one")
        unit = found.group("unit") or found.group("unit1") or found.group("unit0")
        if unit is None:  # 'in 2 3': no length said
            return None
        count = _count(high)
        return ref + timedelta(days=count * (7 if unit.startswith("week") else 1))
    return None


def _part_of(part: str, year: int, month: int, ref: date) -> date:
    """The month's part as a day: early → its 10th, mid → its 15th (each the Friday before, on a weekend), late or
    the whole month → its last business day."""
    if re.match(_EARLY, part) or re.match(_MID, part):
        day = date(year, month, 10 if re.match(_EARLY, part) else 15)
    else:
        day = date(year, month, calendar.monthrange(year, month)[1])
    return after(business_day_by(day), ref)


def business_day_by(day: date) -> date:
    """The day, or the Friday before it when it falls on a weekend."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def after(day: date, ref: date) -> date:
    """The day, when it is after `ref` (the interview); else the next business day after `ref`."""
    if day > ref:
        return day
    following = ref + timedelta(days=1)
    return following + timedelta(days=(7 - following.weekday()) % 7 if following.weekday() > 4 else 0)


def _count(word: str) -> int:
    word = re.sub(r"^a\s+|\s+of$", "", word)
    return int(word) if word.isdigit() else _NUMBER[word]
