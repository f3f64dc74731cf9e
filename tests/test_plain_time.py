"""Dates, times and lengths in plain words (notes/plain_time.py): what people write, and what they mean."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from afterview.notes.plain_time import parse_day, parse_minutes, parse_when

TUESDAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "direction", "expected"),
    [
        ("2026-12-04", "future", date(2026, 12, 4)),
        ("Dec 4", "future", date(2026, 12, 4)),
        ("December 4th, 2026", "future", date(2026, 12, 4)),
        ("by Dec. 4", "future", date(2026, 12, 4)),
        ("4 December", "future", date(2026, 12, 4)),
        ("the 4th", "future", date(2026, 12, 4)),  # the next 4th after the reference day
        ("the 30th", "future", date(2026, 11, 30)),
        ("Jan 5", "future", date(2027, 1, 5)),  # across the new year
        ("Friday", "future", date(2026, 11, 27)),
        ("next Tuesday", "future", date(2026, 12, 1)),
        ("tomorrow", "future", date(2026, 11, 25)),
        ("in two weeks", "future", date(2026, 12, 8)),
        ("yesterday", "past", date(2026, 11, 23)),
        ("Monday", "past", date(2026, 11, 23)),
        ("last Tuesday", "past", date(2026, 11, 17)),
        ("Nov 30", "past", date(2025, 11, 30)),  # the last one before the reference day
    ],
)
def test_days_in_plain_words(text: str, direction: str, expected: date) -> None:
    assert parse_day(text, ref=TUESDAY, direction=direction) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "gist"),
    [
        ("12/4", "day/month or month/day"),
        ("end of month", "not a date I can read"),
        ("Feb 30 2026", "not a real date"),
    ],
)
def test_days_that_cannot_be_read_say_what_to_write(text: str, gist: str) -> None:
    with pytest.raises(ValueError, match=gist):
        parse_day(text, ref=TUESDAY, direction="future")


def test_relative_days_need_a_reference() -> None:
    with pytest.raises(ValueError, match="relative to today"):
        parse_day("tomorrow", ref=None, direction="future")
    with pytest.raises(ValueError, match="needs a year"):
        parse_day("Dec 4", ref=None, direction="future")


@pytest.mark.parametrize(
    ("text", "expected", "zone"),
    [
        ("2026-11-24 14:00 America/New_York", datetime(2026, 11, 24, 14, 0), "America/New_York"),
        ("2026-11-24T14:00", datetime(2026, 11, 24, 14, 0), None),
        ("today 2pm", datetime(2026, 11, 24, 14, 0), None),
        ("yesterday at 14:00", datetime(2026, 11, 23, 14, 0), None),
        ("Nov 24, 2026 2:30 p.m. Europe/London", datetime(2026, 11, 24, 14, 30), "Europe/London"),
        ("Monday noon", datetime(2026, 11, 23, 12, 0), None),
        ("2pm (Asia/Kolkata) today", datetime(2026, 11, 24, 14, 0), "Asia/Kolkata"),
        ("2026-11-24 09:15-05:00", datetime(2026, 11, 24, 9, 15, tzinfo=timezone(timedelta(hours=-5))), None),
    ],
)
def test_moments_in_plain_words(text: str, expected: datetime, zone: str | None) -> None:
    assert parse_when(text, ref=TUESDAY) == (expected, zone)


@pytest.mark.parametrize(
    ("text", "gist"), [("today", "needs a time"), ("2pm", "needs a date"), ("25:00 today", "not a time of day")]
)
def test_moments_without_a_date_or_time_say_so(text: str, gist: str) -> None:
    with pytest.raises(ValueError, match=gist):
        parse_when(text, ref=TUESDAY)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("60 minutes", 60),
        ("45 min", 45),
        ("1 hour", 60),
        ("1.5 hours", 90),
        ("1h30", 90),
        ("an hour", 60),
        ("half an hour", 30),
        ("90", 90),
        ("1 hr 30 min", 90),
        ("about 2 hours", 120),
    ],
)
def test_lengths_in_plain_words(text: str, minutes: int) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize("text", ["forever", "1.25 minutes", "hours"])
def test_lengths_that_cannot_be_read(text: str) -> None:
    with pytest.raises(ValueError, match="not a length of time"):
        parse_minutes(text)
