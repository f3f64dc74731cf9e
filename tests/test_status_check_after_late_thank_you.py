"""A status check without a decision date counts from the thank-you as it really goes out: a late thank-you that is
not sent yet goes out now, so the week to ten days of the domain guide count from now (our reading of SPEC 3.2,
which names the thank-you's recommended time). Expected dates worked out by hand from the calendar."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from afterview.notes.model import Kind, Notes
from afterview.planning import make_plan

BRISBANE = ZoneInfo("Australia/Brisbane")

# Interview Fri 2026-11-27 09:00-10:00 Brisbane (no DST). One interviewer, the hiring manager.
NOTES: dict[str, Any] = {
    "candidate": {"name": "Tayla Moretti"},
    "position": "Trainee Driving Instructor",
    "company": {"name": "Harbour Lane Driving"},
    "interview": {"at": "2026-11-27T09:00", "timezone": "Australia/Brisbane"},
    "interviewers": [{"name": "Glen Arko", "role": "hiring_manager", "email": "glen@harbourlane.example"}],
}


def notes(pace: str = "normal", history: list[dict[str, Any]] | None = None) -> Notes:
    data = {**NOTES, "company": {**NOTES["company"], "pace": pace}}
    if history:
        data["history"] = history
    return Notes.model_validate(data)


def status_check(n: Notes, now: datetime) -> Any:
    (check,) = [m for m in make_plan(n, now).messages if m.kind is Kind.status_check]
    return check.send


def test_an_overdue_unsent_thank_you_moves_the_check_to_a_week_after_now() -> None:
    # Mon 30 Nov 19:10: the thank-you is three days late and still to send. A week on: Mon 7 Dec.
    now = datetime(2026, 11, 30, 19, 10, tzinfo=BRISBANE)
    send = status_check(notes(), now)
    assert send.window_start == date(2026, 12, 7)
    assert send.window_end == date(2026, 12, 10)
    assert send.recommended_at == datetime.combine(date(2026, 12, 7), time(10, 0), tzinfo=BRISBANE)
    assert "sending late" in send.reason


def test_a_thank_you_still_due_keeps_its_recommended_day_as_the_base() -> None:
    # Fri 27 Nov 11:00: the thank-you is due today (recommended 12:00), so the check counts from Fri 27 Nov.
    now = datetime(2026, 11, 27, 11, 0, tzinfo=BRISBANE)
    send = status_check(notes(), now)
    assert send.window_start == date(2026, 12, 4)
    assert "planned for" in send.reason


def test_a_thank_you_sent_late_counts_from_the_day_it_was_sent() -> None:
    history = [{"kind": "thank_you", "to": "Glen Arko", "at": "2026-11-29T08:30"}]
    now = datetime(2026, 11, 30, 19, 10, tzinfo=BRISBANE)
    send = status_check(notes(history=history), now)
    assert send.window_start == date(2026, 12, 6)  # Sun 6 Dec; the first business day on or after it is Mon 7 Dec
    assert send.recommended_at.date() == date(2026, 12, 7)


def test_the_urgent_pace_counts_its_shorter_window_from_the_late_send_too() -> None:
    # Sun 29 Nov: a day past the thank-you's deadline; the urgent window from Fri 27 Nov would open Mon 30 Nov,
    # a day after the thank-you goes out. Counted from now: 2–4 Dec.
    now = datetime(2026, 11, 29, 18, 0, tzinfo=BRISBANE)
    send = status_check(notes(pace="urgent"), now)
    assert send.window_start == date(2026, 12, 2)
    assert send.window_end == date(2026, 12, 4)


def test_once_the_window_has_opened_the_plan_is_the_specs_and_the_check_is_due() -> None:
    # Sat 5 Dec: the window counted from the thank-you's recommended day (Fri 27 Nov) is 4–7 Dec and open; the
    # thank-you may have gone out unrecorded, so the check is not pushed back.
    now = datetime(2026, 12, 5, 9, 0, tzinfo=BRISBANE)
    send = status_check(notes(), now)
    assert (send.window_start, send.window_end) == (date(2026, 12, 4), date(2026, 12, 7))
    assert send.state == "due"
    assert "planned for" in send.reason


def test_long_after_the_window_the_check_is_late_not_moved_a_week_on() -> None:
    now = datetime(2026, 12, 9, 10, 0, tzinfo=BRISBANE)
    send = status_check(notes(), now)
    assert send.state == "late"
    assert send.window_end == date(2026, 12, 7)
