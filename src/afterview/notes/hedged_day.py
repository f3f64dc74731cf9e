"""A vague time said with a named weekday as its guess: 'early next week, maybe Tues', 'end of the week (prob
Thurs)', 'next week, likely Monday'. The named weekday is the better reading: the day of that name in the week
the vague words name (Tuesday of next week), or, said with no week, the next day of that name."""

from __future__ import annotations

import re
from datetime import date, timedelta

from afterview.notes.plain_time import WEEKDAYS

_DAY = "|".join(sorted([*WEEKDAYS, "weds", "thurs"], key=len, reverse=True))
_OR = r"(?:\s*(?:or|/|-|–)\s*(?P<later>" + _DAY + r"))?"  # 'maybe Wed or Thu': the later day
_HEDGE = r"(?:maybe|prob(?:ably)?|prolly|likely|possibly|perhaps|poss|hopefully|i think|i'?d guess|my guess|guessing)"
HEDGED = re.compile(
    r"[\s,;(–—-]*(?:\b"
    + _HEDGE
    + r"\.?\s*(?:on\s+|by\s+|a\s+)?(?P<day>"
    + _DAY
    + r")\b"
    + _OR
    # 'Tuesday probably', 'Thurs-ish', '(Tues?)': the guess after the day
    + r"|\b(?P<after>"
    + _DAY
    + r")(?:-?ish\b|\?|\s+(?:"
    + _HEDGE
    + r"|or so)\b))\.?\??\)?",
    re.I,
)


def _weekday(said: str) -> int:
    said = said.casefold()
    return WEEKDAYS[said] if said in WEEKDAYS else WEEKDAYS[said.rstrip("s")]


def hedged(text: str) -> tuple[str, int, str] | None:
    """(the text without the guess, the guessed weekday 0–6, the guess as written) when the text guesses a day."""
    found = HEDGED.search(text)
    if found is None:
        return None
    rest = (text[: found.start()] + text[found.end() :]).strip(" ,;.")
    day = found.group("later") or found.group("day") or found.group("after")
    return rest, _weekday(day), found.group(0).strip(" ,;()")


def in_week_of(vague: date | None, weekday: int, ref: date) -> date:
    """The day named `weekday` in the week `vague` falls in; with no week said (or that day already past),
    the next such day after `ref`."""
    if vague is not None:
        day = vague - timedelta(days=vague.weekday()) + timedelta(days=weekday)
        if day > ref:
            return day
    return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
