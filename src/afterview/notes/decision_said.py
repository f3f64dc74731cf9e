"""When they decide, in the words people use: 'by Friday', 'next week', 'in two weeks', and which
Friday 'next Friday' means when it is said early in the week."""

from __future__ import annotations

import re
from datetime import date, timedelta

from afterview.notes.decision_spans import span_day
from afterview.notes.markdown import labels
from afterview.notes.plain_time import WEEKDAYS, parse_day
from afterview.notes.week_said import week_day
from afterview.shorthand_words import CLIPPED_UNITS


def _day_said(text: str, ref: date) -> date:
    """The date an answer says, read from its whole text, else from its last words ("the recruiter said
    by Friday", "they'll decide next Friday"); a week said ('next week', 'wk of dec 14') is its Friday; a weekday
    guessed after vague words ('early next week, maybe Tues') is that day of the week they name."""
    from afterview.notes.hedged_day import hedged, in_week_of
    from afterview.notes.holiday_said import holiday_day

    holiday = holiday_day(text, ref)  # 'before xmas shutdown': the last business day before 25 December
    if holiday is not None:
        return holiday[0]
    guess = hedged(text)
    if guess is not None:
        try:
            vague: date | None = _day_said(guess[0], ref) if guess[0] else None
        except ValueError:  # 'next week sometime': no day read, but the week said
            vague = ref + timedelta(days=7) if re.search(r"\bnext\s+w(?:ee)?ks?\b", guess[0], re.I) else None
        return in_week_of(vague, guess[1], ref)
    words = shorthand(text).split()
    first: ValueError | None = None
    for k in range(len(words)):
        # 'within a week', 'two weeks', 'about 10 days': a length of time from now, as 'in two weeks' is
        tail = re.sub(_WITHIN, "in ", " ".join(words[k:]), count=1)
        span = span_day(labels.norm(tail), ref)  # 'early next week', 'in a week or two': its latest sensible day
        if span is not None:
            return span
        week = week_day(labels.norm(tail), ref)  # 'next week', 'wk of dec 14': that week's Friday
        if week is not None:
            return week
        try:
            return parse_day(tail, ref=ref, direction="future")
        except ValueError as exc:
            first = first or exc
    raise first or ValueError(f"'{text}' is not a date I can read")


def read_as(said: str, day: date) -> str:
    """The decision date read back: in the words it was read from when they count from a day or name a part of
    one ("'early january' (read as Fri 08 Jan 2027)"), so the person sees the rule's reading and can correct it;
    else the date alone."""
    shown = f"{day:%a %d %b %Y}"
    return f"'{said.strip()}' (read as {shown})" if said.strip() and _COUNTED.search(said) else shown


# words that count from a day or name a span ('next week', 'early january', 'in two weeks'); a weekday named
# ('next Monday', 'Friday') is read back as its date, which says the weekday
_COUNTED = re.compile(
    r"\b(?:weeks?|wks?|months?|days?|tomorrow|early|earlier|mid|middle|late|later|end|beginning|start|"
    r"sometime|xmas|christmas|holidays?|thanksgiving|new\s+year|couple|few)\b|\bmid-",
    re.I,
)


def shorthand(text: str) -> str:
    """A length of time as jotted, in words: '~2 wks' → 'about 2 weeks', 'approx 1 wk', '3 mos', '1-2wks'."""
    text = re.sub(r"~\s*", "about ", text)
    text = re.sub(r"\bapprox(?:imately|\.)?(?=\s|$)", "about", text, flags=re.I)
    text = re.sub(r"(?<=\d)(?=(?:wks?|weeks?|days?|mos?|mths?|months?)\b)", " ", text, flags=re.I)
    text = re.sub(r"\bwks?\b", lambda m: CLIPPED_UNITS[m.group().lower()], text, flags=re.I)
    # 'mo' only as a length ('3 mos', 'a mo'), never as a word of its own
    return re.sub(r"(?<=\d |\ba )m(?:o|th)s?\b", lambda m: CLIPPED_UNITS[m.group().lower()], text, flags=re.I)


_WITHIN = re.compile(  # 'within a week', 'two weeks', 'about 10 days' (not 'around Dec 4')
    r"^(?:(?:within|in about|about|around|roughly|in)\s+)?"
    r"(?=(?:a|an|one|two|three|four|five|six|\d+)\s+(?:weeks?|days?|months?)$)",
    re.I,
)


def _which_week(day: date, ref: date, said: str) -> tuple[date, date] | None:
    """'next Friday' said on a Wednesday (a day still to come this week, Monday to Sunday): this week's
    Friday or the week after's (both); else None."""
    found = re.search(rf"\bnext\s+({'|'.join(WEEKDAYS)})\b", said.casefold())
    if found is None or WEEKDAYS[found.group(1)] != day.weekday() or not 0 < (day - ref).days < 7:
        return None
    if day.weekday() <= ref.weekday():  # 'next Monday' on a Tuesday: only one Monday to come, the 30th
        return None
    return day, day + timedelta(days=7)


_NEARER = ("this", "this one", "this week", "this week's", "the first", "first", "the earlier", "earlier", "sooner")
_LATER = (
    "next",
    "next one",
    "next week",
    "next week's",
    "the week after",
    "week after",
    "the following week",
    "following",
    "the second",
    "second",
    "the later",
    "later",
)


def _pick(text: str, near: date, far: date) -> tuple[date | None, bool] | None:
    """Which of the two dates an answer chooses ('this week', 'the week after', '11', '11th'), else None."""
    if not text:
        return None
    key = labels.norm(text)
    if key in (labels.norm(w) for w in _NEARER):
        return near, False
    if key in (labels.norm(w) for w in _LATER):
        return far, False
    number = re.fullmatch(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?", key)
    if number and int(number.group(1)) in (near.day, far.day):
        return (near if int(number.group(1)) == near.day else far), False
    return None
