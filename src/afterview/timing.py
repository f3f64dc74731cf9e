"""Send-timing rules (SPEC 3) as pure functions of the notes' facts and `now`.

All times come back in the recipient's timezone. Durations ("+ 2 h", "+ 24 h") are
elapsed time, so they stay right across daylight-saving changes; "at 10:00" and
"08:00" are wall-clock times on a local date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from afterview.vocabulary import Pace

MORNING = time(8, 0)
EVENING = time(20, 0)
STATUS_HOUR = time(10, 0)
THANK_YOU_DELAY = timedelta(hours=2)
THANK_YOU_DEADLINE = timedelta(hours=24)

# Status-check windows without a decision date: days after the thank-you (SPEC 3.2).
PACE_WINDOWS: dict[Pace, tuple[int, int]] = {
    Pace.normal: (7, 10),
    Pace.busy: (10, 14),
    Pace.urgent: (3, 5),
}
SECOND_CHECK_WINDOW = (7, 10)
DECISION_WINDOW_BUSINESS_DAYS = 3
BUSY_DELAY_BUSINESS_DAYS = 2


@dataclass(frozen=True)
class SendPlan:
    """When to send one message, and why, in the recipient's timezone."""

    state: str  # not_yet | due | overdue | sent | late
    recommended_at: datetime
    reason: str
    deadline: datetime | None = None
    interview_end: datetime | None = None  # a thank-you goes after it
    window_start: date | None = None
    window_end: date | None = None
    final: bool = False


# --- calendar helpers ---------------------------------------------------------------


def is_business_day(day: date) -> bool:
    return day.weekday() < 5


def next_business_day(day: date) -> date:
    """The first business day strictly after `day`."""
    return business_day_on_or_after(day + timedelta(days=1))


def business_day_on_or_after(day: date) -> date:
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def add_business_days(day: date, count: int) -> date:
    for _ in range(count):
        day = next_business_day(day)
    return day


def at_local(day: date, at: time, zone: ZoneInfo) -> datetime:
    """`at` on `day` in `zone`; a wall time skipped by a DST change moves forward."""
    naive = datetime.combine(day, at, tzinfo=zone)
    return naive.astimezone(UTC).astimezone(zone)


def add_elapsed(moment: datetime, delta: timedelta, zone: ZoneInfo) -> datetime:
    """`moment + delta` in real elapsed time, shown in `zone`."""
    return (moment.astimezone(UTC) + delta).astimezone(zone)


def stamp(moment: datetime) -> str:
    """'17:00 Tue 24 Nov', the way every reason line shows a time."""
    return f"{moment:%H:%M %a} {moment.day} {moment:%b}"


def long_date(day: date) -> str:
    """'December 5': how the drafts and the checks write a date."""
    return f"{day:%B} {day.day}"


def day_stamp(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


# --- thank-you (SPEC 3.1) -------------------------------------------------------------


def interview_end(start: datetime, duration_minutes: int, zone: ZoneInfo) -> datetime:
    """When the interview ended: its length is elapsed time (a DST change inside it is honoured)."""
    return add_elapsed(start, timedelta(minutes=duration_minutes), zone)


def thank_you_plan(
    start: datetime,
    duration_minutes: int,
    zone: ZoneInfo,
    now: datetime,
    sent_at: datetime | None = None,
) -> SendPlan:
    """Thank-you timing: two hours after the end, in waking hours, within 24 hours."""
    end = interview_end(start, duration_minutes, zone)
    deadline = add_elapsed(end, THANK_YOU_DEADLINE, zone)
    first_try = add_elapsed(end, THANK_YOU_DELAY, zone)
    if MORNING <= first_try.time() <= EVENING:
        recommended = first_try
        why = f"two hours after the interview ended ({end:%H:%M})"
    else:
        morning_day = first_try.date() if first_try.time() < MORNING else first_try.date() + timedelta(days=1)
        morning = at_local(morning_day, MORNING, zone)
        if morning <= deadline:
            recommended = morning
            why = f"the next morning: two hours after the interview would be {first_try:%H:%M} their time"
        else:
            recommended = deadline
            why = "the 24-hour deadline, which comes before the next 08:00"

    if sent_at is not None:
        sent_local = sent_at.astimezone(zone)
        return SendPlan("sent", recommended, f"sent {stamp(sent_local)}", deadline=deadline, interview_end=end)
    if now < end:
        state, note = "not_yet", "the interview has not ended yet"
    elif now <= deadline:
        state, note = "due", f"within 24 hours of the interview (by {stamp(deadline)})"
    else:
        state = "overdue"
        note = (
            f"past the 24-hour mark ({stamp(deadline)}); still worth sending now, without implying it is the same day"
        )
    return SendPlan(state, recommended, f"{stamp(recommended)}: {why}; {note}", deadline=deadline, interview_end=end)


# --- status check (SPEC 3.2) ---------------------------------------------------------


def off_holidays(day: date, last: date, holiday: Callable[[date], str | None]) -> tuple[date, str | None]:
    """The first business day on or after `day` that is no public holiday, and the holiday `day` was (None when
    `day` is none); `day` itself when every business day up to `last` is a holiday."""
    closed = holiday(day)
    if closed is None:
        return day, None
    later = next_business_day(day)
    while later <= last and holiday(later) is not None:
        later = next_business_day(later)
    return (later, closed) if later <= last else (day, None)


def window_state(today: date, start: date, end: date) -> str:
    if today < start:
        return "not_yet"
    if today <= end:
        return "due"
    return "late"


def thank_you_base(plan: SendPlan, sent: datetime | None, now: datetime, pace: Pace) -> datetime:
    """The moment a status check without a decision date counts from: the thank-you as sent (history); else its
    recommended time, unless it is overdue and the check's window has not opened yet: then the thank-you goes out
    now, a few days late, and the check counts from now. SPEC 3.2 names the recommended time only; counting from it
    would put a late thank-you and the check days apart, where the domain guide wants a week to ten days between
    them. Once the window has opened, the plan is SPEC's (the check is due or late; the thank-you may well have gone
    out unrecorded)."""
    if sent is not None:
        return sent
    base = plan.recommended_at
    opens = base.date() + timedelta(days=PACE_WINDOWS[pace][0])
    if plan.state == "overdue" and now.astimezone(base.tzinfo).date() < opens:
        return now
    return base


def status_check_plan(
    *,
    zone: ZoneInfo,
    now: datetime,
    pace: Pace,
    decision_by: date | None,
    thank_you_date: date,
    thank_you_sent: bool,
    thank_you_late: bool = False,
    first_check_sent: date | None = None,
    holiday: Callable[[date], str | None] = lambda _: None,
) -> SendPlan:
    """The one status check to the point of contact (or the final second one). `holiday` says why a day is closed
    in the recipient's country (public_holidays.closed_on: a public holiday, a Friday weekend): a recommended day
    that is one moves to the next business day that is none, inside the window (the window itself stays the spec's
    business days)."""
    if first_check_sent is not None:
        lo, hi = SECOND_CHECK_WINDOW
        start, end = first_check_sent + timedelta(days=lo), first_check_sent + timedelta(days=hi)
        recommended_day = business_day_on_or_after(start)
        why = (
            f"first business day {lo}–{hi} days after your unanswered status check "
            f"of {day_stamp(first_check_sent)}; this is the last one to send"
        )
        final = True
    elif decision_by is not None:
        start = next_business_day(decision_by)
        end = add_business_days(start, DECISION_WINDOW_BUSINESS_DAYS)
        if pace is Pace.busy:
            recommended_day = add_business_days(start, BUSY_DELAY_BUSINESS_DAYS)
            why = (
                f"two business days into the window after the decision date you were given "
                f"({day_stamp(decision_by)}), as they are busy"
            )
        else:
            recommended_day = start
            why = f"first business day after the decision date you were given ({day_stamp(decision_by)})"
        final = False
    else:
        lo, hi = PACE_WINDOWS[pace]
        start, end = thank_you_date + timedelta(days=lo), thank_you_date + timedelta(days=hi)
        recommended_day = business_day_on_or_after(start)
        base = "sent" if thank_you_sent else "are sending late," if thank_you_late else "planned for"
        pace_note = "" if pace is Pace.normal else f", as their pace is {pace.value}"
        why = (
            f"first business day {lo}–{hi} days after the thank-you you {base} "
            f"{day_stamp(thank_you_date)}{pace_note}; no decision date was given"
        )
        final = False
    off, closed = off_holidays(recommended_day, end, holiday)
    if closed:  # 'Fri 1 Jan is New Year's Day': the office is shut; the next open business day in the window
        why += f"; {day_stamp(recommended_day)} is {closed}, so the next business day"
        recommended_day = off
    recommended = at_local(recommended_day, STATUS_HOUR, zone)
    state = window_state(now.astimezone(zone).date(), start, end)
    suffix = {
        "not_yet": f"window {day_stamp(start)} – {day_stamp(end)}",
        "due": f"window open until {day_stamp(end)}",
        "late": f"the window closed {day_stamp(end)}; it is still fine to send, briefly",
    }[state]
    return SendPlan(
        state,
        recommended,
        f"{stamp(recommended)}: {why}; {suffix}",
        window_start=start,
        window_end=end,
        final=final,
    )


# --- feedback request (after a rejection) ---------------------------------------------


FRESH_DAYS = 7  # within a week of the interview, they still remember it well


def feedback_request_plan(zone: ZoneInfo, now: datetime, ended: datetime) -> SendPlan:
    """Soon after the news, at 10:00 on a business day; when the interview `ended` only words the reason."""
    local = now.astimezone(zone)
    today_at_ten = at_local(local.date(), STATUS_HOUR, zone)
    if is_business_day(local.date()) and local <= today_at_ten:
        recommended, when = today_at_ten, "this morning, soon after the decision reached you"
    else:
        recommended = at_local(next_business_day(local.date()), STATUS_HOUR, zone)
        when = "the next business morning, soon after the decision reached you"
    if (recommended - ended).days < FRESH_DAYS:
        when += ", while the interview is fresh in their mind"
    return SendPlan("due", recommended, f"{stamp(recommended)}: {when}")


def when_phrase(interview_day: date, send_day: date) -> str:
    """How a note refers to the interview day from the day it is sent ("today", "yesterday", "on Monday")."""
    days = (send_day - interview_day).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 6:
        return f"on {interview_day:%A}"
    return f"on {long_date(interview_day)}"


# --- when a message is assumed to go out: one rule for the checks and the writers' words -------


@dataclass(frozen=True)
class WhenDue:
    """The default for the drafts afterview plans: a message due at `now` is checked at `now`;
    one not due yet at its own recommended time, so a good plan shows no timing error."""

    now: datetime


# A moment; WhenDue; or None: each message at its own recommended time.
SendAt = datetime | WhenDue | None


def send_moment(send_at: SendAt, send: SendPlan) -> datetime:
    """When a planned message is assumed to go out (the timing check's moment, the day the draft's
    words count from): a moment as given; None its recommended time; WhenDue now if it is due (or
    past due), its recommended time if it is not due yet."""
    recommended = send.recommended_at
    if send_at is None:
        return recommended
    if isinstance(send_at, WhenDue):
        if send.state == "not_yet":
            return recommended
        return send_at.now.astimezone(recommended.tzinfo)
    return send_at


def resolve_send_at(send_at: SendAt, default: datetime) -> datetime:
    """The moment for a message outside the plan: as given, else `default`."""
    if isinstance(send_at, datetime):
        return send_at
    if isinstance(send_at, WhenDue):
        return send_at.now
    return default


def likely_send_day(send: SendPlan, now: datetime, zone: tzinfo, moment: datetime | None = None) -> date:
    """The local date a message goes out, for "yesterday"/"on Monday": `moment` (the pipeline's
    `send_moment`, the one the timing check uses); without one, the default rule at `now`."""
    if moment is None:
        moment = send_moment(WhenDue(now), send)
    return moment.astimezone(zone).date()
