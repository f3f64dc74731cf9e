"""The day the head of pasted notes gives without a time ('phone call w/ …, 40 min, wed')."""

from __future__ import annotations

import re
from datetime import date

from afterview.notes.plain_time import WEEKDAYS

_WEEKDAY = re.compile(
    r"\b(?P<day>mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\b", re.I
)


def day_in_head(head: list[str], today: date) -> date | None:
    """'phone call w/ …, 40 min, wed': the last such weekday on or before today, when one line of the head says one."""
    days = {m.group("day")[:3].casefold() for line in head for m in _WEEKDAY.finditer(line)}
    if len(days) != 1:
        return None
    wanted = WEEKDAYS[days.pop()]  # 'wed': 2
    return date.fromordinal(today.toordinal() - (today.weekday() - wanted) % 7)
