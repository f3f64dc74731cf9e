"""Send timing (SPEC 3.1, 3.2) as tables; every expected value was worked out by hand from the SPEC.

Calendar used below (2026): Tue 24 Nov; Fri 27, Sat 28, Sun 29 Nov; Mon 30 Nov; Tue 1 Dec;
Fri 4, Sat 5, Sun 6 Dec; Mon 7 Dec. DST: America/New_York Sun 8 Mar and Sun 1 Nov;
Europe/London Sun 29 Mar and Sun 25 Oct. Durations (+2 h, +24 h) are elapsed time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from afterview import timing
from afterview.notes.model import Pace
from afterview.timing import status_check_plan, thank_you_plan

NY = ZoneInfo("America/New_York")
SETTINGS = settings(max_examples=200, deadline=None, database=None)


def local(text: str, zone: str) -> datetime:
    """A wall time in a zone (fold=0 for ambiguous times)."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def iso(moment: datetime) -> str:
    return moment.isoformat()


# --- calendar helpers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "business"),
    [
        pytest.param(date(2026, 11, 23), True, id="mon"),
        pytest.param(date(2026, 11, 27), True, id="fri"),
        pytest.param(date(2026, 11, 28), False, id="sat"),
        pytest.param(date(2026, 11, 29), False, id="sun"),
    ],
)
def test_is_business_day(day: date, business: bool) -> None:
    assert timing.is_business_day(day) is business


@pytest.mark.parametrize(
    ("day", "count", "expected"),
    [
        pytest.param(date(2026, 12, 3), 1, date(2026, 12, 4), id="thu+1"),
        pytest.param(date(2026, 12, 4), 1, date(2026, 12, 7), id="fri+1-skips-weekend"),
        pytest.param(date(2026, 12, 5), 1, date(2026, 12, 7), id="sat+1"),
        pytest.param(date(2026, 12, 6), 1, date(2026, 12, 7), id="sun+1"),
        pytest.param(date(2026, 12, 7), 3, date(2026, 12, 10), id="mon+3"),
        pytest.param(date(2026, 12, 3), 3, date(2026, 12, 8), id="thu+3"),
        pytest.param(date(2026, 12, 4), 5, date(2026, 12, 11), id="fri+5"),
        pytest.param(date(2026, 12, 4), 0, date(2026, 12, 4), id="plus-zero"),
    ],
)
def test_add_business_days(day: date, count: int, expected: date) -> None:
    assert timing.add_business_days(day, count) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param(date(2026, 12, 4), date(2026, 12, 4), id="fri-stays"),
        pytest.param(date(2026, 12, 5), date(2026, 12, 7), id="sat-to-mon"),
        pytest.param(date(2026, 12, 6), date(2026, 12, 7), id="sun-to-mon"),
    ],
)
def test_business_day_on_or_after(day: date, expected: date) -> None:
    assert timing.business_day_on_or_after(day) == expected


# --- thank-you: recommended time and deadline (SPEC 3.1) ----------------------------------

# (interview start wall time, interview zone, minutes, recipient zone, recommended, deadline)
THANK_YOU_TIMES = [
    # same zone
    pytest.param(
        "2026-11-24T14:00",
        "America/New_York",
        60,
        "America/New_York",
        "2026-11-24T17:00:00-05:00",
        "2026-11-25T15:00:00-05:00",
        id="spec-json-example",
    ),
    pytest.param(
        "2026-11-24T14:00",
        "America/New_York",
        90,
        "America/New_York",
        "2026-11-24T17:30:00-05:00",
        "2026-11-25T15:30:00-05:00",
        id="panel-90-min",
    ),
    pytest.param(
        "2026-11-24T09:00",
        "America/New_York",
        480,
        "America/New_York",
        "2026-11-24T19:00:00-05:00",
        "2026-11-25T17:00:00-05:00",
        id="all-day-interview",
    ),
    pytest.param(
        "2026-11-24T17:00",
        "America/New_York",
        60,
        "America/New_York",
        "2026-11-24T20:00:00-05:00",
        "2026-11-25T18:00:00-05:00",
        id="exactly-20h00-counts-as-inside",
    ),
    pytest.param(
        "2026-11-24T17:01",
        "America/New_York",
        60,
        "America/New_York",
        "2026-11-25T08:00:00-05:00",
        "2026-11-25T18:01:00-05:00",
        id="20h01-rolls-to-next-morning",
    ),
    pytest.param(
        "2026-11-24T17:30",
        "America/New_York",
        60,
        "America/New_York",
        "2026-11-25T08:00:00-05:00",
        "2026-11-25T18:30:00-05:00",
        id="evening-to-next-morning",
    ),
    pytest.param(
        "2026-11-24T05:00",
        "America/New_York",
        60,
        "America/New_York",
        "2026-11-24T08:00:00-05:00",
        "2026-11-25T06:00:00-05:00",
        id="exactly-08h00-counts-as-inside",
    ),
    pytest.param(
        "2026-11-24T04:00",
        "America/New_York",
        60,
        "America/New_York",
        "2026-11-24T08:00:00-05:00",
        "2026-11-25T05:00:00-05:00",
        id="early-morning-to-same-day-08h00",
    ),
    pytest.param(
        "2026-11-24T23:00",
        "America/New_York",
        60,
        "America/New_York",
        "2026-11-25T08:00:00-05:00",
        "2026-11-26T00:00:00-05:00",
        id="late-night-ends-at-midnight",
    ),
    pytest.param(
        "2026-11-24T21:30",
        "America/New_York",
        30,
        "America/New_York",
        "2026-11-25T08:00:00-05:00",
        "2026-11-25T22:00:00-05:00",
        id="plus-2h-is-midnight",
    ),
    pytest.param(
        "2026-11-24T10:00",
        "America/New_York",
        1440,
        "America/New_York",
        "2026-11-25T12:00:00-05:00",
        "2026-11-26T10:00:00-05:00",
        id="24-hour-duration",
    ),
    # recipient elsewhere: interview 14:00 New York = 19:00Z, ends 20:00Z
    pytest.param(
        "2026-11-24T14:00",
        "America/New_York",
        60,
        "Europe/London",
        "2026-11-25T08:00:00+00:00",
        "2026-11-25T20:00:00+00:00",
        id="recipient-london",
    ),
    pytest.param(
        "2026-11-24T14:00",
        "America/New_York",
        60,
        "Asia/Tokyo",
        "2026-11-25T08:00:00+09:00",
        "2026-11-26T05:00:00+09:00",
        id="recipient-tokyo",
    ),
    pytest.param(
        "2026-11-24T14:00",
        "America/New_York",
        60,
        "America/Los_Angeles",
        "2026-11-24T14:00:00-08:00",
        "2026-11-25T12:00:00-08:00",
        id="recipient-los-angeles",
    ),
    pytest.param(
        "2026-11-24T14:00",
        "America/New_York",
        60,
        "Asia/Kolkata",
        "2026-11-25T08:00:00+05:30",
        "2026-11-26T01:30:00+05:30",
        id="recipient-kolkata-half-hour",
    ),
    pytest.param(
        "2026-11-24T14:00",
        "America/New_York",
        60,
        "America/Chicago",
        "2026-11-24T16:00:00-06:00",
        "2026-11-25T14:00:00-06:00",
        id="recipient-chicago",
    ),
    # Tokyo 09:00 = 00:00Z; ends 01:00Z = 20:00 New York the day before; +2 h = 22:00 -> next 08:00
    pytest.param(
        "2026-11-24T09:00",
        "Asia/Tokyo",
        60,
        "America/New_York",
        "2026-11-24T08:00:00-05:00",
        "2026-11-24T20:00:00-05:00",
        id="tokyo-interview-ny-recipient",
    ),
    # DST, New York spring forward (Sun 8 Mar 2026 02:00 EST -> 03:00 EDT)
    pytest.param(
        "2026-03-07T14:00",
        "America/New_York",
        60,
        "America/New_York",
        "2026-03-07T17:00:00-05:00",
        "2026-03-08T16:00:00-04:00",
        id="ny-spring-deadline-elapsed",
    ),
    pytest.param(
        "2026-03-07T23:30",
        "America/New_York",
        60,
        "America/New_York",
        "2026-03-08T08:00:00-04:00",
        "2026-03-09T01:30:00-04:00",
        id="ny-spring-overnight",
    ),
    pytest.param(
        "2026-03-08T00:30",
        "America/New_York",
        60,
        "America/New_York",
        "2026-03-08T08:00:00-04:00",
        "2026-03-09T02:30:00-04:00",
        id="ny-spring-plus-2h-in-the-gap",
    ),
    # DST, New York fall back (Sun 1 Nov 2026 02:00 EDT -> 01:00 EST)
    pytest.param(
        "2026-10-31T14:00",
        "America/New_York",
        60,
        "America/New_York",
        "2026-10-31T17:00:00-04:00",
        "2026-11-01T14:00:00-05:00",
        id="ny-fall-deadline-elapsed",
    ),
    pytest.param(
        "2026-10-31T23:30",
        "America/New_York",
        60,
        "America/New_York",
        "2026-11-01T08:00:00-05:00",
        "2026-11-01T23:30:00-05:00",
        id="ny-fall-overnight",
    ),
    pytest.param(
        "2026-11-01T10:00",
        "America/New_York",
        60,
        "America/New_York",
        "2026-11-01T13:00:00-05:00",
        "2026-11-02T11:00:00-05:00",
        id="ny-fall-day-itself",
    ),
    # DST, London (Sun 29 Mar 01:00 GMT -> 02:00 BST; Sun 25 Oct 02:00 BST -> 01:00 GMT)
    pytest.param(
        "2026-03-28T10:00",
        "Europe/London",
        60,
        "Europe/London",
        "2026-03-28T13:00:00+00:00",
        "2026-03-29T12:00:00+01:00",
        id="london-spring",
    ),
    pytest.param(
        "2026-10-24T10:00",
        "Europe/London",
        60,
        "Europe/London",
        "2026-10-24T13:00:00+01:00",
        "2026-10-25T10:00:00+00:00",
        id="london-fall",
    ),
    # New York already on EDT (since 8 Mar), London still on GMT until 29 Mar
    pytest.param(
        "2026-03-28T14:00",
        "America/New_York",
        60,
        "Europe/London",
        "2026-03-29T08:00:00+01:00",
        "2026-03-29T20:00:00+01:00",
        id="ny-interview-london-recipient-dst-gap",
    ),
]


@pytest.mark.parametrize(("start", "zone", "minutes", "recipient", "recommended", "deadline"), THANK_YOU_TIMES)
def test_thank_you_recommended_and_deadline(
    start: str, zone: str, minutes: int, recipient: str, recommended: str, deadline: str
) -> None:
    begin = local(start, zone)
    plan = thank_you_plan(begin, minutes, ZoneInfo(recipient), now=begin - timedelta(hours=1))
    assert iso(plan.recommended_at) == recommended
    assert plan.deadline is not None
    assert iso(plan.deadline) == deadline
    assert plan.window_start is None and plan.window_end is None
    assert plan.final is False


# --- thank-you: state -------------------------------------------------------------------

# Interview 2026-11-24 14:00-15:00 New York; deadline 2026-11-25 15:00 -05:00.
THANK_YOU_STATES = [
    pytest.param("2026-11-24T13:59:00-05:00", None, "not_yet", id="before-start"),
    pytest.param("2026-11-24T14:30:00-05:00", None, "not_yet", id="during-interview"),
    pytest.param("2026-11-24T14:59:59-05:00", None, "not_yet", id="one-second-before-end"),
    pytest.param("2026-11-24T15:00:00-05:00", None, "due", id="at-end"),
    pytest.param("2026-11-24T16:00:00-05:00", None, "due", id="spec-example-now"),
    pytest.param("2026-11-25T08:00:00-05:00", None, "due", id="next-morning"),
    pytest.param("2026-11-25T15:00:00-05:00", None, "due", id="at-deadline"),
    pytest.param("2026-11-25T15:00:01-05:00", None, "overdue", id="just-past-deadline"),
    pytest.param("2026-12-10T09:00:00-05:00", None, "overdue", id="weeks-later"),
    pytest.param("2026-11-25T20:30:00+00:00", None, "overdue", id="now-given-in-utc"),
    pytest.param("2026-11-25T05:00:00+09:00", None, "due", id="now-given-in-tokyo"),
    pytest.param("2026-11-24T10:00:00-05:00", "2026-11-24T18:30:00-05:00", "sent", id="sent-before-now-even-early"),
    pytest.param("2026-12-10T09:00:00-05:00", "2026-11-24T18:30:00-05:00", "sent", id="sent-instead-of-overdue"),
    pytest.param("2026-11-24T16:00:00-05:00", "2026-11-24T15:30:00-05:00", "sent", id="sent-instead-of-due"),
]


@pytest.mark.parametrize(("now", "sent_at", "state"), THANK_YOU_STATES)
def test_thank_you_state(now: str, sent_at: str | None, state: str) -> None:
    plan = thank_you_plan(
        local("2026-11-24T14:00", "America/New_York"),
        60,
        NY,
        now=datetime.fromisoformat(now),
        sent_at=datetime.fromisoformat(sent_at) if sent_at else None,
    )
    assert plan.state == state
    assert iso(plan.deadline) == "2026-11-25T15:00:00-05:00"  # type: ignore[arg-type]


def test_thank_you_times_are_in_the_recipients_zone() -> None:
    plan = thank_you_plan(
        local("2026-11-24T14:00", "America/New_York"),
        60,
        ZoneInfo("Asia/Tokyo"),
        now=datetime(2026, 11, 24, 20, 0, tzinfo=UTC),
    )
    assert plan.recommended_at.utcoffset() == timedelta(hours=9)
    assert plan.deadline is not None and plan.deadline.utcoffset() == timedelta(hours=9)
    assert plan.state == "due"


def test_thank_you_state_depends_on_the_instant_not_the_recipient_zone() -> None:
    # 2026-11-25 20:30 UTC is past the 20:00 UTC deadline, however the recipient's clock reads it
    start = local("2026-11-24T14:00", "America/New_York")
    now = datetime(2026, 11, 25, 20, 30, tzinfo=UTC)
    for zone in ("Asia/Tokyo", "America/Los_Angeles", "Europe/London"):
        assert thank_you_plan(start, 60, ZoneInfo(zone), now=now).state == "overdue"


def test_overdue_reason_does_not_pretend_it_is_the_same_day() -> None:
    plan = thank_you_plan(
        local("2026-11-24T14:00", "America/New_York"),
        60,
        NY,
        now=local("2026-11-27T10:00", "America/New_York"),
    )
    assert plan.state == "overdue"
    assert "today" not in plan.reason.lower()


# --- status check: with a decision date (SPEC 3.2) ----------------------------------------

# (pace, decision_by, window start, window end, recommended date)
DECISION_ROWS = [
    pytest.param(
        Pace.normal,
        date(2026, 12, 2),
        date(2026, 12, 3),
        date(2026, 12, 8),
        date(2026, 12, 3),
        id="wed-normal",
    ),
    pytest.param(
        Pace.busy,
        date(2026, 12, 2),
        date(2026, 12, 3),
        date(2026, 12, 8),
        date(2026, 12, 7),
        id="wed-busy-two-business-days-later",
    ),
    pytest.param(
        Pace.urgent,
        date(2026, 12, 2),
        date(2026, 12, 3),
        date(2026, 12, 8),
        date(2026, 12, 3),
        id="wed-urgent",
    ),
    pytest.param(
        Pace.normal,
        date(2026, 12, 3),
        date(2026, 12, 4),
        date(2026, 12, 9),
        date(2026, 12, 4),
        id="thu-normal",
    ),
    pytest.param(Pace.busy, date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 9), date(2026, 12, 8), id="thu-busy"),
    pytest.param(
        Pace.normal,
        date(2026, 12, 4),
        date(2026, 12, 7),
        date(2026, 12, 10),
        date(2026, 12, 7),
        id="fri-normal",
    ),
    pytest.param(Pace.busy, date(2026, 12, 4), date(2026, 12, 7), date(2026, 12, 10), date(2026, 12, 9), id="fri-busy"),
    pytest.param(
        Pace.normal,
        date(2026, 12, 5),
        date(2026, 12, 7),
        date(2026, 12, 10),
        date(2026, 12, 7),
        id="sat-normal",
    ),
    pytest.param(
        Pace.normal,
        date(2026, 12, 6),
        date(2026, 12, 7),
        date(2026, 12, 10),
        date(2026, 12, 7),
        id="sun-normal",
    ),
    pytest.param(Pace.busy, date(2026, 12, 6), date(2026, 12, 7), date(2026, 12, 10), date(2026, 12, 9), id="sun-busy"),
    pytest.param(
        Pace.normal,
        date(2026, 12, 31),
        date(2027, 1, 1),
        date(2027, 1, 6),
        date(2027, 1, 1),
        id="year-end-thu",
    ),
]


@pytest.mark.parametrize(("pace", "decision_by", "start", "end", "recommended"), DECISION_ROWS)
def test_status_check_with_decision_date(
    pace: Pace, decision_by: date, start: date, end: date, recommended: date
) -> None:
    plan = status_check_plan(
        zone=NY,
        now=local("2026-11-25T12:00", "America/New_York"),
        pace=pace,
        decision_by=decision_by,
        thank_you_date=date(2026, 11, 24),
        thank_you_sent=False,
    )
    assert (plan.window_start, plan.window_end) == (start, end)
    assert plan.recommended_at == datetime.combine(recommended, time(10, 0), tzinfo=NY)
    assert plan.recommended_at.date() > decision_by
    assert plan.deadline is None
    assert plan.final is False
    assert plan.state == "not_yet"


# --- status check: from the thank-you date ------------------------------------------------

# (pace, thank-you date, window start, window end, recommended date)
PACE_ROWS = [
    pytest.param(
        Pace.normal,
        date(2026, 11, 24),
        date(2026, 12, 1),
        date(2026, 12, 4),
        date(2026, 12, 1),
        id="normal-tue",
    ),
    pytest.param(Pace.busy, date(2026, 11, 24), date(2026, 12, 4), date(2026, 12, 8), date(2026, 12, 4), id="busy-tue"),
    pytest.param(
        Pace.urgent,
        date(2026, 11, 24),
        date(2026, 11, 27),
        date(2026, 11, 29),
        date(2026, 11, 27),
        id="urgent-tue",
    ),
    pytest.param(
        Pace.normal,
        date(2026, 11, 21),
        date(2026, 11, 28),
        date(2026, 12, 1),
        date(2026, 11, 30),
        id="normal-window-opens-sat",
    ),
    pytest.param(
        Pace.normal,
        date(2026, 11, 22),
        date(2026, 11, 29),
        date(2026, 12, 2),
        date(2026, 11, 30),
        id="normal-window-opens-sun",
    ),
    pytest.param(
        Pace.normal,
        date(2026, 11, 27),
        date(2026, 12, 4),
        date(2026, 12, 7),
        date(2026, 12, 4),
        id="normal-fri",
    ),
    pytest.param(
        Pace.urgent,
        date(2026, 11, 25),
        date(2026, 11, 28),
        date(2026, 11, 30),
        date(2026, 11, 30),
        id="urgent-window-opens-sat",
    ),
    pytest.param(
        Pace.busy,
        date(2026, 11, 26),
        date(2026, 12, 6),
        date(2026, 12, 10),
        date(2026, 12, 7),
        id="busy-window-opens-sun",
    ),
    pytest.param(
        Pace.normal,
        date(2026, 12, 24),
        date(2026, 12, 31),
        date(2027, 1, 3),
        date(2026, 12, 31),
        id="normal-over-new-year",
    ),
]


@pytest.mark.parametrize(("pace", "sent", "start", "end", "recommended"), PACE_ROWS)
@pytest.mark.parametrize("was_sent", [True, False], ids=["from-history", "from-recommended"])
def test_status_check_from_thank_you(
    pace: Pace, sent: date, start: date, end: date, recommended: date, was_sent: bool
) -> None:
    plan = status_check_plan(
        zone=NY,
        now=local("2026-11-20T12:00", "America/New_York"),
        pace=pace,
        decision_by=None,
        thank_you_date=sent,
        thank_you_sent=was_sent,
    )
    assert (plan.window_start, plan.window_end) == (start, end)
    assert plan.recommended_at == datetime.combine(recommended, time(10, 0), tzinfo=NY)
    assert plan.final is False
    assert plan.deadline is None


# --- status check: 10:00 in the recipient's zone, across DST -----------------------------


@pytest.mark.parametrize(
    ("zone", "sent", "recommended"),
    [
        pytest.param("Asia/Tokyo", date(2026, 11, 24), "2026-12-01T10:00:00+09:00", id="tokyo"),
        pytest.param("America/Los_Angeles", date(2026, 11, 24), "2026-12-01T10:00:00-08:00", id="los-angeles"),
        pytest.param("America/New_York", date(2026, 10, 26), "2026-11-02T10:00:00-05:00", id="ny-after-fall-back"),
        pytest.param("America/New_York", date(2026, 3, 2), "2026-03-09T10:00:00-04:00", id="ny-after-spring-forward"),
        pytest.param("Europe/London", date(2026, 3, 23), "2026-03-30T10:00:00+01:00", id="london-after-spring"),
        pytest.param("Europe/London", date(2026, 10, 19), "2026-10-26T10:00:00+00:00", id="london-after-fall"),
    ],
)
def test_status_check_at_ten_local(zone: str, sent: date, recommended: str) -> None:
    plan = status_check_plan(
        zone=ZoneInfo(zone),
        now=datetime(2026, 1, 1, tzinfo=UTC),
        pace=Pace.normal,
        decision_by=None,
        thank_you_date=sent,
        thank_you_sent=True,
    )
    assert iso(plan.recommended_at) == recommended


# --- status check: state (window 1 Dec - 4 Dec, from a thank-you on Tue 24 Nov) -------------

STATUS_STATES = [
    pytest.param("America/New_York", "2026-11-30T23:59:00-05:00", "not_yet", id="day-before-window"),
    pytest.param("America/New_York", "2026-12-01T00:00:00-05:00", "due", id="window-opens-midnight"),
    pytest.param("America/New_York", "2026-12-01T09:00:00-05:00", "due", id="before-ten-on-first-day"),
    pytest.param("America/New_York", "2026-12-04T23:59:00-05:00", "due", id="last-day-of-window"),
    pytest.param("America/New_York", "2026-12-05T00:00:00-05:00", "late", id="day-after-window"),
    pytest.param("America/New_York", "2027-01-15T10:00:00-05:00", "late", id="weeks-late"),
    pytest.param("America/New_York", "2026-12-05T03:00:00+00:00", "due", id="utc-now-still-the-4th-in-ny"),
    pytest.param("Europe/London", "2026-12-05T03:00:00+00:00", "late", id="same-instant-the-5th-in-london"),
    pytest.param("Asia/Tokyo", "2026-11-30T16:00:00+00:00", "due", id="tokyo-already-the-1st"),
]


@pytest.mark.parametrize(("zone", "now", "state"), STATUS_STATES)
def test_status_check_state(zone: str, now: str, state: str) -> None:
    plan = status_check_plan(
        zone=ZoneInfo(zone),
        now=datetime.fromisoformat(now),
        pace=Pace.normal,
        decision_by=None,
        thank_you_date=date(2026, 11, 24),
        thank_you_sent=True,
    )
    assert (plan.window_start, plan.window_end) == (date(2026, 12, 1), date(2026, 12, 4))
    assert plan.state == state


@pytest.mark.parametrize(
    ("now", "state"),
    [
        pytest.param("2026-12-04T12:00", "not_yet", id="on-decision-day"),
        pytest.param("2026-12-06T12:00", "not_yet", id="weekend-after-decision"),
        pytest.param("2026-12-07T08:00", "due", id="window-start-monday"),
        pytest.param("2026-12-10T18:00", "due", id="window-end-thursday"),
        pytest.param("2026-12-11T08:00", "late", id="after-window"),
    ],
)
def test_status_check_state_with_decision_date(now: str, state: str) -> None:
    plan = status_check_plan(
        zone=NY,
        now=local(now, "America/New_York"),
        pace=Pace.normal,
        decision_by=date(2026, 12, 4),
        thank_you_date=date(2026, 11, 24),
        thank_you_sent=True,
    )
    assert plan.state == state


# --- second (final) status check -------------------------------------------------------------

# (first status check sent on, window start, window end, recommended date)
SECOND_ROWS = [
    pytest.param(date(2026, 12, 1), date(2026, 12, 8), date(2026, 12, 11), date(2026, 12, 8), id="first-on-tue"),
    pytest.param(date(2026, 12, 4), date(2026, 12, 11), date(2026, 12, 14), date(2026, 12, 11), id="first-on-fri"),
    pytest.param(date(2026, 11, 29), date(2026, 12, 6), date(2026, 12, 9), date(2026, 12, 7), id="first-on-sun"),
    pytest.param(date(2026, 11, 28), date(2026, 12, 5), date(2026, 12, 8), date(2026, 12, 7), id="first-on-sat"),
]


@pytest.mark.parametrize(("first", "start", "end", "recommended"), SECOND_ROWS)
@pytest.mark.parametrize(
    ("pace", "decision_by"),
    [
        pytest.param(Pace.normal, None, id="normal"),
        pytest.param(Pace.busy, None, id="busy"),
        pytest.param(Pace.urgent, None, id="urgent"),
        pytest.param(Pace.normal, date(2026, 11, 27), id="with-decision-date"),
        pytest.param(Pace.busy, date(2026, 11, 27), id="busy-with-decision-date"),
    ],
)
def test_second_status_check(
    first: date, start: date, end: date, recommended: date, pace: Pace, decision_by: date | None
) -> None:
    plan = status_check_plan(
        zone=NY,
        now=local("2026-12-02T12:00", "America/New_York"),
        pace=pace,
        decision_by=decision_by,
        thank_you_date=date(2026, 11, 24),
        thank_you_sent=True,
        first_check_sent=first,
    )
    assert (plan.window_start, plan.window_end) == (start, end)
    assert plan.recommended_at == datetime.combine(recommended, time(10, 0), tzinfo=NY)
    assert plan.final is True


def test_second_status_check_state() -> None:
    kwargs = dict(
        zone=NY,
        pace=Pace.normal,
        decision_by=None,
        thank_you_date=date(2026, 11, 24),
        thank_you_sent=True,
        first_check_sent=date(2026, 12, 1),
    )
    assert status_check_plan(now=local("2026-12-07T12:00", "America/New_York"), **kwargs).state == "not_yet"  # type: ignore[arg-type]
    assert status_check_plan(now=local("2026-12-08T00:00", "America/New_York"), **kwargs).state == "due"  # type: ignore[arg-type]
    assert status_check_plan(now=local("2026-12-12T00:00", "America/New_York"), **kwargs).state == "late"  # type: ignore[arg-type]


# --- invariants -----------------------------------------------------------------------------

ZONES = [
    "America/New_York",
    "Europe/London",
    "Asia/Tokyo",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/St_Johns",
    "UTC",
    "Pacific/Kiritimati",
    "America/Santiago",
    "Asia/Tehran",
]

instants = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC))


@SETTINGS
@given(
    start=instants,
    minutes=st.integers(1, 24 * 60),
    zone=st.sampled_from(ZONES),
    recipient=st.sampled_from(ZONES),
    now=instants,
)
# the deadline falls in London's repeated hour (fold=1) when the clocks go back
@example(
    datetime(2028, 10, 28, 1, 0, tzinfo=UTC), 30, "Europe/London", "Europe/London", datetime(2028, 10, 28, tzinfo=UTC)
)
def test_thank_you_invariants(start: datetime, minutes: int, zone: str, recipient: str, now: datetime) -> None:
    begin = start.astimezone(ZoneInfo(zone))
    to = ZoneInfo(recipient)
    plan = thank_you_plan(begin, minutes, to, now=now)
    end = start + timedelta(minutes=minutes)
    assert plan.deadline is not None
    # instants compared in UTC: Python's inter-zone `==` is False for a time in a repeated hour (PEP 495)
    assert plan.deadline.astimezone(UTC) == (end + timedelta(hours=24)).astimezone(UTC)
    assert end <= plan.recommended_at <= plan.deadline
    assert (
        plan.recommended_at.tzinfo is not None
        and plan.recommended_at.utcoffset() == plan.recommended_at.astimezone(to).utcoffset()
    )
    local_time = plan.recommended_at.astimezone(to).time()
    if time(8) <= (end + timedelta(hours=2)).astimezone(to).time() <= time(20):
        assert plan.recommended_at.astimezone(UTC) == (end + timedelta(hours=2)).astimezone(UTC)
    else:
        assert local_time == time(8, 0)
    assert plan.state == ("not_yet" if now < end else "due" if now <= plan.deadline else "overdue")


@SETTINGS
@given(
    zone=st.sampled_from(ZONES),
    pace=st.sampled_from(list(Pace)),
    decision_by=st.one_of(st.none(), st.dates(date(2025, 1, 1), date(2028, 12, 31))),
    thank_you_date=st.dates(date(2025, 1, 1), date(2028, 12, 31)),
    first=st.one_of(st.none(), st.dates(date(2025, 1, 1), date(2028, 12, 31))),
    now=instants,
)
def test_status_check_invariants(
    zone: str, pace: Pace, decision_by: date | None, thank_you_date: date, first: date | None, now: datetime
) -> None:
    to = ZoneInfo(zone)
    plan = status_check_plan(
        zone=to,
        now=now,
        pace=pace,
        decision_by=decision_by,
        thank_you_date=thank_you_date,
        thank_you_sent=True,
        first_check_sent=first,
    )
    when = plan.recommended_at.astimezone(to)
    assert when.weekday() < 5
    assert when.time() == time(10, 0)
    assert plan.window_start is not None and plan.window_end is not None
    assert plan.window_start <= when.date() <= plan.window_end
    assert plan.window_start < plan.window_end
    if first is not None:
        assert plan.final is True
        assert (plan.window_start - first, plan.window_end - first) == (timedelta(7), timedelta(10))
    elif decision_by is not None:
        assert when.date() > decision_by
        assert plan.window_start > decision_by
        assert timing.is_business_day(plan.window_start)
    else:
        lo, hi = {Pace.normal: (7, 10), Pace.busy: (10, 14), Pace.urgent: (3, 5)}[pace]
        assert (plan.window_start - thank_you_date, plan.window_end - thank_you_date) == (
            timedelta(lo),
            timedelta(hi),
        )
        assert when.date() > thank_you_date
    today = now.astimezone(to).date()
    expected = "not_yet" if today < plan.window_start else "due" if today <= plan.window_end else "late"
    assert plan.state == expected


# --- feedback request: the reason's wording follows the calendar ------------------------------------------------
# Calendar: Tue 24 Nov 2026 (a business day), Sat 28 Nov; the interview ended Mon 23 Nov 11:00 in New York.


@pytest.mark.parametrize(
    ("now", "expected_at", "said", "fresh"),
    [
        ("2026-11-24T08:30", "2026-11-24T10:00", "this morning", True),  # before 10:00 on a business day: today
        ("2026-11-24T10:30", "2026-11-25T10:00", "the next business morning", True),
        ("2026-11-28T09:00", "2026-11-30T10:00", "the next business morning", True),  # Saturday → Monday, day 7
        ("2026-12-07T09:00", "2026-12-07T10:00", "this morning", False),  # two weeks on: no longer "fresh"
    ],
)
def test_feedback_request_reason(now: str, expected_at: str, said: str, fresh: bool) -> None:
    end = local("2026-11-23T11:00", "America/New_York")
    plan = timing.feedback_request_plan(NY, local(now, "America/New_York"), end)
    assert iso(plan.recommended_at) == iso(local(expected_at, "America/New_York"))
    assert f": {said}, soon after the decision reached you" in plan.reason
    assert ("while the interview is fresh" in plan.reason) is fresh
