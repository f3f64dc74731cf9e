"""Dates, times and durations as people write them in notes: "Dec 4", "the 4th", "today 2pm", "90 minutes".

Relative words ("today", "Friday", "the 4th") need a reference day and a direction: an
interview is in the past, a decision date in the future. Every failure is a ValueError
whose message says what to write instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Literal

from afterview.notes.numeric_date import settled

Direction = Literal["past", "future"]

MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: n
    for n, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"

DATE_EXAMPLES = "e.g. 2026-12-04, Dec 4, 4 December 2026, the 4th, Friday or tomorrow"
TIME_EXAMPLES = "e.g. 14:00, 2pm or 2:30 pm"


def _clean(text: str) -> str:
    text = " ".join(text.casefold().replace(",", " ").split())
    text = re.sub(r"(?<=[a-z])\.(?=\s|$)", "", text)  # "dec." → "dec", "p.m." → "p.m"
    return text


def parse_day(text: str, *, ref: date | None, direction: Direction) -> date:
    """A calendar date from ISO or plain words; year-less and relative forms are placed around `ref`."""
    try:
        return _parse_day(text, ref=ref, direction=direction)
    except OverflowError:
        raise ValueError(f"'{text.strip()}' counted from {ref} falls outside the calendar; check the year") from None


def _parse_day(text: str, *, ref: date | None, direction: Direction) -> date:
    raw = text.strip()
    words = _clean(raw)
    had_the = bool(re.match(r"^(?:(?:on|by|before)\s+)?the\s", words))
    words = re.sub(r"^(?:on|by|before)\s+", "", words)
    words = re.sub(r"^the\s+", "", words)
    iso = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", words)
    if iso:
        return _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), raw)
    numeric = settled(words, WEEKDAYS, ref, lambda make: _around(ref, direction, raw, make))
    if numeric is not None:  # 'today thu 12/3', 'Mon 11/30': the order settled by the words beside it
        return numeric
    beside = re.fullmatch(r"(?P<words>[a-z ]+)\s\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?", words)
    if beside:
        raise ValueError(f"'{raw}': neither day/month nor month/day fits '{beside.group('words')}'; write e.g. Dec 4")
    if re.fullmatch(r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?", words):
        raise ValueError(f"'{raw}' could be read as day/month or month/day; write it as 2026-12-04 or Dec 4")
    found = re.fullmatch(
        rf"(?:({_WEEKDAY})\s+)?(?:({_MONTH})\s+{_ORD}|{_ORD}\s+(?:of\s+)?({_MONTH}))(?:\s+(\d{{4}}))?", words
    )
    if found:
        month = MONTHS[found.group(2) or found.group(5)]
        day = int(found.group(3) or found.group(4))
        if found.group(6):
            return _date(int(found.group(6)), month, day, raw)
        return _around(ref, direction, raw, lambda year: _maybe(year, month, day))
    only_day = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)?", words)
    if only_day and (only_day.group(2) or had_the):
        return _day_of_month(ref, direction, int(only_day.group(1)), raw)
    # 'Fri the 18th', 'thurs 17th': the day of the month is the date (a weekday that does not match is said back)
    named = re.fullmatch(rf"(?:{_WEEKDAY})\s+(?:(the)\s+)?(\d{{1,2}})(st|nd|rd|th)?", words)
    if named and (named.group(1) or named.group(3)):
        return _day_of_month(ref, direction, int(named.group(2)), raw)
    if ref is not None:
        relative = _relative(words, ref, direction)
        if relative is not None:
            return relative
    elif _relative(words, date(2000, 1, 3), direction) is not None:
        raise ValueError(f"'{raw}' is relative to today; write the date itself, e.g. 2026-11-24")
    raise ValueError(f"'{raw}' is not a date I can read; write {DATE_EXAMPLES}")


def weekday_clash(said: str, day: date) -> str | None:
    """'Fri the 17th' read as Thu 17 Dec: the weekday written, when it is not the date's ('Fri'), else None."""
    found = re.search(rf"\b({_WEEKDAY})\.?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b", _clean(said))
    if found is None or WEEKDAYS[found.group(1)] == day.weekday():
        return None
    return found.group(1)


def _date(year: int, month: int, day: int, raw: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"'{raw}' is not a real date; check the day and month") from None


def _maybe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _around(ref: date | None, direction: Direction, raw: str, make: Callable[[int], date | None]) -> date:
    if ref is None:
        raise ValueError(f"'{raw}' needs a year here; write e.g. 2026-12-04")
    candidates = [d for year in (ref.year - 1, ref.year, ref.year + 1) if (d := make(year)) is not None]
    if not candidates:
        raise ValueError(f"'{raw}' is not a real date; check the day and month")
    if direction == "future":
        ahead = [d for d in candidates if d >= ref]
        return min(ahead) if ahead else max(candidates)
    behind = [d for d in candidates if d <= ref]
    return max(behind) if behind else min(candidates)


def _day_of_month(ref: date | None, direction: Direction, day: int, raw: str) -> date:
    if ref is None:
        raise ValueError(f"'{raw}' needs a month and year here; write e.g. 2026-12-04")
    if not 1 <= day <= 31:
        raise ValueError(f"'{raw}' is not a day of the month")
    step = 1 if direction == "future" else -1
    year, month = ref.year, ref.month
    for _ in range(14):
        found = _maybe(year, month, day)
        if found is not None and (found >= ref if step > 0 else found <= ref):
            return found
        month += step
        if month == 13:
            year, month = year + 1, 1
        elif month == 0:
            year, month = year - 1, 12
    raise ValueError(f"'{raw}' is not a day of the month")


def _relative(words: str, ref: date, direction: Direction) -> date | None:
    simple = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "tomorrow": 1, "yesterday": -1}
    if words in simple:
        return ref + timedelta(days=simple[words])
    found = re.fullmatch(rf"(?:(next|last|this|coming|past)\s+)?({_WEEKDAY})", words)
    if found:
        which, target = found.group(1), WEEKDAYS[found.group(2)]
        back = which in ("last", "past") or (which is None and direction == "past")
        if back:
            delta = (ref.weekday() - target) % 7
            if which in ("last", "past") and delta == 0:
                delta = 7
            return ref - timedelta(days=delta)
        delta = (target - ref.weekday()) % 7 or (7 if which in ("next", "coming", None) else 0)
        return ref + timedelta(days=delta)
    found = re.fullmatch(r"in\s+(a|an|one|two|three|four|\d+)\s+(day|days|week|weeks)", words)
    if found:
        counts = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
        n = counts.get(found.group(1)) or int(found.group(1))
        return ref + timedelta(days=n * (7 if found.group(2).startswith("week") else 1))
    found = re.fullmatch(r"(a|one|two|three|\d+)\s+(day|days|week|weeks)\s+ago", words)
    if found:
        counts = {"a": 1, "one": 1, "two": 2, "three": 3}
        n = counts.get(found.group(1)) or int(found.group(1))
        return ref - timedelta(days=n * (7 if found.group(2).startswith("week") else 1))
    return None


_TIME = re.compile(
    r"(?:(?<=\s)|^)(?:at\s+)?(?:(noon|midday|midnight)|(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?=\s|$)|(\d{1,2}):(\d{2})(?::(\d{2}))?|(\d{1,2})h(\d{2})?(?=\s|$))",
    re.I,
)


def _clock(found: re.Match[str], raw: str) -> time:
    word, h12, m12, ampm, h24, m24, s24, hh, hm = found.groups()
    if word:
        return time(0) if word.lower() == "midnight" else time(12)
    if h12:
        hour, minute = int(h12), int(m12 or 0)
        if not 1 <= hour <= 12 or minute > 59:
            raise ValueError(f"'{raw}' is not a time of day; write {TIME_EXAMPLES}")
        pm = ampm.lower().startswith("p")
        return time(hour % 12 + (12 if pm else 0), minute)
    hour, minute, second = (int(h24), int(m24), int(s24 or 0)) if h24 else (int(hh), int(hm or 0), 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"'{raw}' is not a time of day; write {TIME_EXAMPLES}")
    return time(hour, minute, second)


_ZONE = re.compile(r"(?:^|\s)((?:[A-Za-z_]+/)+[A-Za-z0-9_+\-]+|UTC|GMT|[A-Z]{3,5}(?:[+-]\d{1,2})?)(?=\s|$)")
_OFFSET_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?")


def parse_when(text: str, *, ref: date | None = None, direction: Direction = "past") -> tuple[datetime, str | None]:
    """'2026-11-24 14:00 America/New_York', 'Nov 24 2026 2pm', 'today 2pm' → (datetime, timezone or None).

    The datetime is naive (a wall time) unless the text gives a UTC offset.
    """
    raw = " ".join(text.split())
    rest = re.sub(r"(?:^|(?<=\s))at\s+(\d{1,2})(?=\s|$)", _bare_hour, raw)  # 'Tue 12/1 at 9': 09:00
    rest = re.sub(r"[()\[\]]", " ", rest).replace(" at ", " ")  # "2pm (America/New_York)"
    rest = " ".join(rest.split())
    zone: str | None = None
    found_zone = None
    for match in _ZONE.finditer(rest):
        word = match.group(1)
        if word.casefold() in MONTHS or word.casefold() in WEEKDAYS or re.fullmatch(r"[AP]M", word):
            continue
        found_zone = match
    if found_zone is not None:
        zone = found_zone.group(1)
        rest = (rest[: found_zone.start(1)] + rest[found_zone.end(1) :]).strip()
    iso = _OFFSET_ISO.fullmatch(rest.strip())
    if iso:
        try:
            value = datetime.fromisoformat(f"{iso.group(1)}T{iso.group(2)}{iso.group(3) or ''}")
        except ValueError:
            raise ValueError(f"'{raw}' is not a real date and time; check the numbers") from None
        return value, zone
    clock = None
    for match in _TIME.finditer(rest):
        clock = match
    if clock is None:
        raise ValueError(f"'{raw}' needs a time as well as a date, e.g. '{rest} 14:00" + (f" {zone}'" if zone else "'"))
    at = _clock(clock, clock.group(0).strip())
    if at.hour < 12 and not clock.group(4) and re.search(r"\b(?:afternoon|evening|tonight)\b", rest, re.I):
        at = at.replace(hour=at.hour + 12)  # 'this afternoon 3:30'
    elif clock.group(5) and len(clock.group(5)) == 1 and 1 <= at.hour <= 7:
        at = at.replace(hour=at.hour + 12)  # 'thurs 3:30': no one meets at 03:30; '03:30' says it is meant
    day_text = (rest[: clock.start()] + " " + rest[clock.end() :]).strip()
    day_text = re.sub(r"\s+at$", "", day_text).strip()
    if not day_text:
        raise ValueError(f"'{raw}' needs a date as well as a time, e.g. '2026-11-24 {clock.group(0).strip()}'")
    try:
        day = parse_day(day_text, ref=ref, direction=direction)
    except ValueError:
        _zone_in_words(day_text, clock.group(0).strip(), zone)
        raise
    return datetime.combine(day, at), zone


def _bare_hour(found: re.Match[str]) -> str:
    """'at 9' is 09:00 and 'at 4' 16:00 (1 to 6 is an afternoon in a working day); 'at 14' is 14:00."""
    hour = int(found.group(1))
    if hour > 23:
        return found.group(0)
    return f"{hour + 12 if 1 <= hour <= 6 else hour}:00"


def _zone_in_words(day_text: str, clock: str, zone: str | None) -> None:
    """'2026-11-24 14:00 Eastern': the date is fine, the timezone is not a name the notes take; say that."""
    from afterview.notes.timezones import timezone_from_words

    words = day_text.split()
    for n in (3, 2, 1):
        tail = " ".join(words[-n:])
        region = timezone_from_words(tail) if zone is None and len(words) > n else None
        if region:
            day = " ".join(words[:-n])
            raise ValueError(
                f"'{tail}' is not a timezone name the notes take; write the IANA name, e.g. '{day} {clock} {region}'"
            ) from None


def parse_minutes(text: str) -> int:
    """'60 minutes', '1 hour', '1.5 hours', '1h30', 'an hour', 'half an hour', '90' → minutes."""
    raw = text.strip()
    words = _clean(raw)
    words = re.sub(r"^(?:about|around|roughly|~)\s*", "", words)
    words = words.replace("half an hour", "30 minutes").replace("an hour and a half", "90 minutes")
    words = re.sub(r"^(?:an|one) hour", "1 hour", words)
    if re.fullmatch(r"\d+", words):
        return int(words)
    clock = re.fullmatch(r"(\d+)h(\d{1,2})", words.replace(" ", ""))
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    total = 0.0
    pos = 0
    for match in re.finditer(r"(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m)\b\s*(?:and\s+)?", words):
        if match.start() != pos:
            break
        pos = match.end()
        total += float(match.group(1)) * (60 if match.group(2).startswith("h") else 1)
    if pos == len(words) and pos and total == int(total):
        return int(total)
    raise ValueError(f"'{raw}' is not a length of time; write e.g. 60 minutes, 1 hour or 1h30")
