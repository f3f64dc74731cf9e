"""No status check is planned on a public holiday of the recipient's country (issue 14, trial 13: a status check
set for Fri 1 Jan 2027, New Year's Day, in Lisbon). The window stays the spec's business days; only the recommended
day moves, to the next business day that is no holiday, inside the window."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.notes.model import Pace
from afterview.public_holidays import closed_on, holiday_on
from afterview.timing import SendPlan, is_business_day, status_check_plan


@pytest.mark.parametrize(
    ("day", "zone", "name"),
    [
        (date(2027, 1, 1), "Europe/Lisbon", "New Year's Day"),
        (date(2026, 11, 26), "America/Chicago", "Thanksgiving Day"),
        (date(2026, 12, 25), "Australia/Sydney", "Christmas Day"),
        (date(2026, 12, 2), "Europe/London", None),
        (date(2027, 1, 1), "Etc/UTC", None),  # a zone of no country: no holidays
    ],
)
def test_the_holiday_of_the_zones_country(day: date, zone: str, name: str | None) -> None:
    assert holiday_on(day, zone) == name


def _plan(decision_by: date, zone: str, pace: Pace = Pace.normal) -> SendPlan:
    tz = ZoneInfo(zone)
    return status_check_plan(
        zone=tz,
        now=datetime(2026, 12, 3, 12, 0, tzinfo=tz),
        pace=pace,
        decision_by=decision_by,
        thank_you_date=date(2026, 12, 3),
        thank_you_sent=False,
        holiday=lambda day: closed_on(day, zone),
    )


def test_a_status_check_due_on_new_years_day_moves_to_the_next_business_day() -> None:
    plan = _plan(date(2026, 12, 31), "Europe/Lisbon")
    assert plan.recommended_at.date() == date(2027, 1, 4)
    assert plan.window_start == date(2027, 1, 1)
    assert "New Year's Day, a public holiday" in plan.reason


def test_a_friday_is_not_planned_where_friday_is_the_weekend() -> None:
    muscat = _plan(date(2026, 12, 3), "Asia/Muscat")  # decided Thu 3 Dec; Fri 4 Dec is Oman's weekend
    assert muscat.recommended_at.date() == date(2026, 12, 7)
    assert "a weekend day in Oman" in muscat.reason
    lisbon = _plan(date(2026, 12, 3), "Europe/Lisbon")  # the same dates where Friday is a working day
    assert lisbon.recommended_at.date() == date(2026, 12, 4)
    assert "weekend" not in lisbon.reason


@pytest.mark.parametrize(
    ("day", "zone", "closed"),
    [
        (date(2026, 12, 4), "Asia/Dhaka", "a weekend day in Bangladesh"),  # a Friday
        (date(2026, 12, 4), "Europe/Berlin", None),
        (date(2027, 1, 1), "Europe/Lisbon", "New Year's Day, a public holiday"),
        (date(2026, 12, 4), "Etc/UTC", None),
    ],
)
def test_why_an_office_is_closed(day: date, zone: str, closed: str | None) -> None:
    assert closed_on(day, zone) == closed


def test_two_holidays_in_a_row_are_both_passed() -> None:
    plan = _plan(date(2026, 12, 24), "Europe/London")  # Fri 25 Christmas, Mon 28 Boxing Day (observed)
    assert plan.recommended_at.date() == date(2026, 12, 29)


def test_a_day_that_is_a_holiday_elsewhere_is_kept() -> None:
    plan = _plan(date(2026, 11, 25), "Europe/Lisbon")  # Thu 26 Nov: Thanksgiving in the US only
    assert plan.recommended_at.date() == date(2026, 11, 26)
    assert "public holiday" not in plan.reason


@given(
    st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31)),
    st.sampled_from(
        [
            "Europe/Lisbon",
            "America/New_York",
            "Europe/London",
            "Australia/Sydney",
            "Asia/Tokyo",
            "Asia/Muscat",
            "Asia/Dhaka",
        ]
    ),
    st.sampled_from([Pace.normal, Pace.busy]),
)
def test_the_recommended_day_stays_in_the_window_on_a_business_day(day: date, zone: str, pace: Pace) -> None:
    plan = _plan(day, zone, pace)
    sent = plan.recommended_at.date()
    assert plan.window_start <= sent <= plan.window_end
    assert is_business_day(sent)
    ordinary = status_check_plan(
        zone=ZoneInfo(zone),
        now=datetime(2026, 12, 3, 12, 0, tzinfo=ZoneInfo(zone)),
        pace=pace,
        decision_by=day,
        thank_you_date=date(2026, 12, 3),
        thank_you_sent=False,
    )
    if closed_on(ordinary.recommended_at.date(), zone) is None:
        assert sent == ordinary.recommended_at.date()
    else:
        assert sent >= ordinary.recommended_at.date() and sent - ordinary.recommended_at.date() < timedelta(days=7)
