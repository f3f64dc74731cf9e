"""The plan (SPEC 3): which messages, to whom, when; what is skipped and why. Expected values by hand."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from afterview.notes.loader import load_notes
from afterview.notes.model import Channel, Kind, Notes
from afterview.planning import Plan, make_plan, point_of_contact

NY = ZoneInfo("America/New_York")
CHICAGO = ZoneInfo("America/Chicago")

# Interview Tue 2026-11-24 14:00-15:00 New York. Dana (hiring manager), Marcus (peer), Priya (recruiter).
BASE: dict[str, Any] = {
    "candidate": {"name": "Sam Rivera"},
    "position": "Senior Backend Engineer",
    "company": {"name": "Acme"},
    "interview": {"at": "2026-11-24T14:00", "timezone": "America/New_York"},
    "interviewers": [
        {"name": "Dana Lee", "role": "hiring_manager", "topics": ["event sourcing"]},
        {"name": "Marcus Chen", "role": "peer", "channel": "handwritten"},
        {"name": "Priya Shah", "role": "recruiter"},
    ],
}

NOW = datetime(2026, 11, 24, 16, 0, tzinfo=NY)


def notes(**changes: Any) -> Notes:
    """BASE with changes: `interview={...}` merges, `company={...}` merges, others replace."""
    data = json.loads(json.dumps(BASE))
    for key, value in changes.items():
        if key in ("interview", "company") and isinstance(value, dict):
            data[key].update(value)
        else:
            data[key] = value
    return Notes.model_validate(data)


def people(*specs: dict[str, Any]) -> list[dict[str, Any]]:
    return list(specs)


def of_kind(plan: Plan, kind: Kind) -> list[Any]:
    return [m for m in plan.messages if m.kind is kind]


def skipped_of(plan: Plan, kind: Kind) -> list[Any]:
    return [s for s in plan.skipped if s.kind is kind]


def at_ten(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(10, 0), tzinfo=zone)


# --- the example file ----------------------------------------------------------------------


def test_panel_example(examples: Path) -> None:
    # 14:00-15:30 New York. Priya (recruiter, Chicago) is the point of contact.
    plan = make_plan(load_notes(examples / "panel.yaml"), NOW)
    thanks = of_kind(plan, Kind.thank_you)
    assert [(m.to.name, m.channel) for m in thanks] == [
        ("Dana Lee", Channel.email),
        ("Marcus Chen", Channel.handwritten),
        ("Priya Shah", Channel.email),
    ]
    dana, marcus, priya = (m.send for m in thanks)
    assert dana.recommended_at.isoformat() == "2026-11-24T17:30:00-05:00"
    assert dana.deadline.isoformat() == "2026-11-25T15:30:00-05:00"  # type: ignore[union-attr]
    assert priya.recommended_at.isoformat() == "2026-11-24T16:30:00-06:00"
    assert priya.deadline.isoformat() == "2026-11-25T14:30:00-06:00"  # type: ignore[union-attr]
    assert {dana.state, marcus.state, priya.state} == {"due"}
    (check,) = of_kind(plan, Kind.status_check)
    assert check.to.name == "Priya Shah"
    assert check.channel is Channel.email
    # base = the recommended date of Priya's thank-you, Tue 24 Nov (Chicago) -> 1-4 Dec
    assert (check.send.window_start, check.send.window_end) == (date(2026, 12, 1), date(2026, 12, 4))
    assert check.send.recommended_at.isoformat() == "2026-12-01T10:00:00-06:00"
    assert check.send.state == "not_yet"
    assert plan.contact.name == "Priya Shah"
    assert plan.skipped == ()
    assert plan.reflection is False
    assert of_kind(plan, Kind.feedback_request) == []


def test_one_thank_you_per_interviewer_and_one_status_check() -> None:
    plan = make_plan(notes(), NOW)
    assert [m.to.name for m in of_kind(plan, Kind.thank_you)] == ["Dana Lee", "Marcus Chen", "Priya Shah"]
    assert len(of_kind(plan, Kind.status_check)) == 1


@pytest.mark.parametrize(
    ("now", "state"),
    [
        pytest.param(datetime(2026, 11, 24, 14, 30, tzinfo=NY), "not_yet", id="during"),
        pytest.param(datetime(2026, 11, 24, 16, 0, tzinfo=NY), "due", id="after"),
        pytest.param(datetime(2026, 11, 26, 9, 0, tzinfo=NY), "overdue", id="two-days-later"),
    ],
)
def test_thank_you_state_flows_through(now: datetime, state: str) -> None:
    plan = make_plan(notes(), now)
    assert {m.send.state for m in of_kind(plan, Kind.thank_you)} == {state}


def test_thank_you_uses_each_recipients_timezone() -> None:
    plan = make_plan(
        notes(
            interviewers=people(
                {"name": "Dana Lee", "role": "hiring_manager", "timezone": "Europe/London"},
                {"name": "Kenji Sato", "role": "peer", "timezone": "Asia/Tokyo"},
                {"name": "Lee Park", "role": "peer", "timezone": "America/Los_Angeles"},
            )
        ),
        NOW,
    )
    got = {m.to.name: m.send.recommended_at.isoformat() for m in of_kind(plan, Kind.thank_you)}
    assert got == {
        "Dana Lee": "2026-11-25T08:00:00+00:00",
        "Kenji Sato": "2026-11-25T08:00:00+09:00",
        "Lee Park": "2026-11-24T14:00:00-08:00",
    }


def test_channel_comes_from_the_interviewer() -> None:
    plan = make_plan(
        notes(
            interviewers=people(
                {"name": "Dana Lee", "channel": "linkedin"},
                {"name": "Marcus Chen", "channel": "handwritten"},
            )
        ),
        NOW,
    )
    assert [m.channel for m in of_kind(plan, Kind.thank_you)] == [Channel.linkedin, Channel.handwritten]
    (check,) = of_kind(plan, Kind.status_check)
    # SPEC 2: a contact with no email who is reached on LinkedIn gets the status check there.
    assert check.channel is Channel.linkedin


def test_status_check_is_email_when_the_contact_has_an_email_whatever_the_thank_you_channel() -> None:
    for channel in ("linkedin", "handwritten"):
        plan = make_plan(
            notes(interviewers=people({"name": "Dana Lee", "channel": channel, "email": "dana@acme.example"})), NOW
        )
        (check,) = of_kind(plan, Kind.status_check)
        assert check.channel is Channel.email
    plan = make_plan(notes(interviewers=people({"name": "Dana Lee", "channel": "handwritten"})), NOW)
    (check,) = of_kind(plan, Kind.status_check)
    assert check.channel is Channel.email  # no email, but a card is no way to ask about a decision


# --- point of contact -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("interviewers", "contact"),
    [
        pytest.param(
            people(
                {"name": "A", "role": "peer", "primary_contact": True},
                {"name": "B", "role": "recruiter"},
                {"name": "C", "role": "hiring_manager"},
            ),
            "A",
            id="primary-beats-recruiter",
        ),
        pytest.param(
            people(
                {"name": "A", "role": "hiring_manager"},
                {"name": "B", "role": "peer"},
                {"name": "C", "role": "recruiter"},
            ),
            "C",
            id="recruiter-beats-hiring-manager",
        ),
        pytest.param(
            people(
                {"name": "A", "role": "peer"},
                {"name": "B", "role": "hiring_manager"},
                {"name": "C", "role": "executive"},
            ),
            "B",
            id="hiring-manager-beats-others",
        ),
        pytest.param(
            people({"name": "A", "role": "executive"}, {"name": "B", "role": "peer"}),
            "A",
            id="else-the-first",
        ),
        pytest.param(people({"name": "A"}, {"name": "B"}), "A", id="default-roles-first"),
        pytest.param(
            people({"name": "A", "role": "recruiter"}, {"name": "B", "role": "recruiter"}),
            "A",
            id="first-of-two-recruiters",
        ),
        pytest.param(
            people(
                {"name": "A", "role": "recruiter"},
                {"name": "B", "role": "hiring_manager", "primary_contact": True},
            ),
            "B",
            id="primary-hiring-manager-beats-recruiter",
        ),
        pytest.param(
            people({"name": "A", "role": "peer"}, {"name": "B", "role": "peer", "primary_contact": True}),
            "B",
            id="primary-anywhere-in-list",
        ),
    ],
)
def test_point_of_contact(interviewers: list[dict[str, Any]], contact: str) -> None:
    n = notes(interviewers=interviewers)
    assert point_of_contact(n).name == contact
    plan = make_plan(n, NOW)
    assert plan.contact.name == contact
    assert [m.to.name for m in of_kind(plan, Kind.status_check)] == [contact]


# --- status check windows in the plan ---------------------------------------------------------


@pytest.mark.parametrize(
    ("interview", "company", "start", "end", "recommended"),
    [
        pytest.param({}, {}, date(2026, 12, 1), date(2026, 12, 4), date(2026, 12, 1), id="normal"),
        pytest.param({}, {"pace": "busy"}, date(2026, 12, 4), date(2026, 12, 8), date(2026, 12, 4), id="busy"),
        pytest.param({}, {"pace": "urgent"}, date(2026, 11, 27), date(2026, 11, 29), date(2026, 11, 27), id="urgent"),
        pytest.param(
            {"decision_by": "2026-12-04"},
            {},
            date(2026, 12, 7),
            date(2026, 12, 10),
            date(2026, 12, 7),
            id="decision-friday",
        ),
        pytest.param(
            {"decision_by": "2026-12-05"},
            {},
            date(2026, 12, 7),
            date(2026, 12, 10),
            date(2026, 12, 7),
            id="decision-saturday",
        ),
        pytest.param(
            {"decision_by": "2026-12-06"},
            {},
            date(2026, 12, 7),
            date(2026, 12, 10),
            date(2026, 12, 7),
            id="decision-sunday",
        ),
        pytest.param(
            {"decision_by": "2026-12-04"},
            {"pace": "busy"},
            date(2026, 12, 7),
            date(2026, 12, 10),
            date(2026, 12, 9),
            id="decision-friday-busy",
        ),
        # ends 20:00 New York; +2 h = 22:00 -> Wed 25 Nov 08:00 -> normal window 2-5 Dec
        pytest.param(
            {"at": "2026-11-24T19:00"},
            {},
            date(2026, 12, 2),
            date(2026, 12, 5),
            date(2026, 12, 2),
            id="evening-interview-moves-base-date",
        ),
    ],
)
def test_status_check_window(
    interview: dict[str, Any], company: dict[str, Any], start: date, end: date, recommended: date
) -> None:
    # Priya (recruiter) is the contact, in New York here
    plan = make_plan(notes(interview=interview, company=company), NOW)
    (check,) = of_kind(plan, Kind.status_check)
    assert (check.send.window_start, check.send.window_end) == (start, end)
    assert check.send.recommended_at == at_ten(recommended, NY)
    assert check.send.final is False


def test_status_check_base_is_the_thank_you_sent_to_the_contact() -> None:
    # Priya's thank-you went out Fri 27 Nov 09:00 New York time -> window 4-7 Dec, recommended Fri 4 Dec
    n = notes(history=[{"kind": "thank_you", "to": "Priya Shah", "at": "2026-11-27T09:00"}])
    (check,) = of_kind(make_plan(n, NOW), Kind.status_check)
    assert (check.send.window_start, check.send.window_end) == (date(2026, 12, 4), date(2026, 12, 7))
    assert check.send.recommended_at == at_ten(date(2026, 12, 4), NY)


def test_status_check_base_ignores_thank_yous_to_others() -> None:
    n = notes(history=[{"kind": "thank_you", "to": "Dana Lee", "at": "2026-11-27T09:00"}])
    (check,) = of_kind(make_plan(n, NOW), Kind.status_check)
    assert check.to.name == "Priya Shah"
    assert check.send.window_start == date(2026, 12, 1)  # Priya's recommended date, Tue 24 Nov


def test_history_times_are_in_the_interviews_timezone() -> None:
    # Contact in Tokyo. 2026-11-24T18:30 New York = Wed 25 Nov 08:30 Tokyo -> window 2-5 Dec (Tokyo dates).
    # Read as Tokyo wall time it would be Tue 24 Nov -> 1-4 Dec.
    n = notes(
        interviewers=people({"name": "Kenji Sato", "role": "recruiter", "timezone": "Asia/Tokyo"}),
        history=[{"kind": "thank_you", "to": "Kenji Sato", "at": "2026-11-24T18:30"}],
    )
    plan = make_plan(n, NOW)
    (check,) = of_kind(plan, Kind.status_check)
    assert (check.send.window_start, check.send.window_end) == (date(2026, 12, 2), date(2026, 12, 5))
    assert check.send.recommended_at.isoformat() == "2026-12-02T10:00:00+09:00"
    (skip,) = skipped_of(plan, Kind.thank_you)
    assert skip.sent_on == date(2026, 11, 25)  # the recipient's date


def test_history_time_with_an_offset_is_honoured() -> None:
    # 2026-11-27T23:30-08:00 = Sat 28 Nov 02:30 New York -> base Sat 28 Nov
    # -> window 5-8 Dec, recommended Mon 7 Dec
    n = notes(history=[{"kind": "thank_you", "to": "Priya Shah", "at": "2026-11-27T23:30-08:00"}])
    (check,) = of_kind(make_plan(n, NOW), Kind.status_check)
    assert (check.send.window_start, check.send.window_end) == (date(2026, 12, 5), date(2026, 12, 8))
    assert check.send.recommended_at == at_ten(date(2026, 12, 7), NY)


def test_contact_in_chicago_gets_chicago_dates_for_history() -> None:
    # 2026-11-25T00:30 New York = Tue 24 Nov 23:30 Chicago -> base 24 Nov -> window 1-4 Dec
    n = notes(
        interviewers=people({"name": "Priya Shah", "role": "recruiter", "timezone": "America/Chicago"}),
        history=[{"kind": "thank_you", "to": "Priya Shah", "at": "2026-11-25T00:30"}],
    )
    plan = make_plan(n, NOW)
    (check,) = of_kind(plan, Kind.status_check)
    assert check.send.window_start == date(2026, 12, 1)
    assert check.send.recommended_at == at_ten(date(2026, 12, 1), CHICAGO)


# --- history: not drafted again -----------------------------------------------------------------


def test_thank_you_in_history_is_skipped_with_its_date() -> None:
    n = notes(history=[{"kind": "thank_you", "to": "Dana Lee", "at": "2026-11-24T18:30"}])
    plan = make_plan(n, NOW)
    assert [m.to.name for m in of_kind(plan, Kind.thank_you)] == ["Marcus Chen", "Priya Shah"]
    (skip,) = skipped_of(plan, Kind.thank_you)
    assert skip.to == "Dana Lee"
    assert skip.sent_on == date(2026, 11, 24)
    assert "2026-11-24" in skip.reason


def test_all_thank_yous_sent() -> None:
    n = notes(
        history=[
            {"kind": "thank_you", "to": name, "at": "2026-11-24T18:30"}
            for name in ("Dana Lee", "Marcus Chen", "Priya Shah")
        ]
    )
    plan = make_plan(n, NOW)
    assert of_kind(plan, Kind.thank_you) == []
    assert sorted(s.to for s in skipped_of(plan, Kind.thank_you)) == ["Dana Lee", "Marcus Chen", "Priya Shah"]
    assert len(of_kind(plan, Kind.status_check)) == 1


def test_one_unanswered_status_check_allows_a_final_second() -> None:
    n = notes(
        history=[
            {"kind": "thank_you", "to": "Priya Shah", "at": "2026-11-24T18:30"},
            {"kind": "status_check", "to": "Priya Shah", "at": "2026-12-01T10:05"},
        ]
    )
    plan = make_plan(n, datetime(2026, 12, 8, 9, 0, tzinfo=NY))
    (check,) = of_kind(plan, Kind.status_check)
    assert check.to.name == "Priya Shah"
    assert check.send.final is True
    assert (check.send.window_start, check.send.window_end) == (date(2026, 12, 8), date(2026, 12, 11))
    assert check.send.recommended_at == at_ten(date(2026, 12, 8), NY)
    assert check.send.state == "due"
    (skip,) = skipped_of(plan, Kind.status_check)
    assert skip.sent_on == date(2026, 12, 1)
    assert "2026-12-01" in skip.reason


def test_second_status_check_ignores_the_decision_date() -> None:
    n = notes(
        interview={"decision_by": "2026-11-27"},
        history=[{"kind": "status_check", "to": "Priya Shah", "at": "2026-12-01T10:00"}],
    )
    (check,) = of_kind(make_plan(n, NOW), Kind.status_check)
    assert check.send.final is True
    assert check.send.window_start == date(2026, 12, 8)


def test_two_unanswered_status_checks_mean_no_further_follow_up() -> None:
    n = notes(
        history=[
            {"kind": "status_check", "to": "Priya Shah", "at": "2026-12-01T10:00"},
            {"kind": "status_check", "to": "Priya Shah", "at": "2026-12-08T10:00"},
        ]
    )
    plan = make_plan(n, datetime(2026, 12, 20, 9, 0, tzinfo=NY))
    assert of_kind(plan, Kind.status_check) == []
    skips = skipped_of(plan, Kind.status_check)
    assert sorted(s.sent_on for s in skips if s.sent_on) == [date(2026, 12, 1), date(2026, 12, 8)]
    (advice,) = [s for s in skips if s.sent_on is None]
    assert advice.to == "Priya Shah"
    assert "no further follow-up" in advice.reason.lower()
    # thank-yous are not follow-ups on the decision: still planned
    assert len(of_kind(plan, Kind.thank_you)) == 3


def test_three_unanswered_status_checks_still_no_more() -> None:
    n = notes(
        history=[{"kind": "status_check", "to": "Priya Shah", "at": f"2026-12-{day:02d}T10:00"} for day in (1, 8, 15)]
    )
    assert of_kind(make_plan(n, NOW), Kind.status_check) == []


def test_a_replied_status_check_is_not_followed_by_another() -> None:
    n = notes(history=[{"kind": "status_check", "to": "Priya Shah", "at": "2026-12-01T10:00", "replied": True}])
    plan = make_plan(n, datetime(2026, 12, 9, 9, 0, tzinfo=NY))
    assert of_kind(plan, Kind.status_check) == []
    skips = skipped_of(plan, Kind.status_check)
    assert any(s.sent_on == date(2026, 12, 1) for s in skips)
    assert all(s.reason for s in skips)


# --- when not to follow up ----------------------------------------------------------------------


def test_no_follow_up_skips_the_status_check_but_not_thank_yous() -> None:
    plan = make_plan(notes(interview={"no_follow_up": True}), NOW)
    assert [m.to.name for m in of_kind(plan, Kind.thank_you)] == ["Dana Lee", "Marcus Chen", "Priya Shah"]
    assert of_kind(plan, Kind.status_check) == []
    (skip,) = skipped_of(plan, Kind.status_check)
    assert skip.reason == "told not to follow up"  # SPEC 7's JSON example
    assert skip.to == "Priya Shah"


@pytest.mark.parametrize(
    ("outcome", "words", "reflection"),
    [
        pytest.param("offer", "offer", False, id="offer"),
        pytest.param("rejected", "not selected", True, id="rejected"),
        pytest.param("withdrawn", "withdr", False, id="withdrawn"),
    ],
)
def test_concluded_outcome_skips_everything(outcome: str, words: str, reflection: bool) -> None:
    plan = make_plan(notes(interview={"outcome": outcome}), NOW)
    assert plan.messages == ()
    thanks = skipped_of(plan, Kind.thank_you)
    assert sorted(s.to for s in thanks) == ["Dana Lee", "Marcus Chen", "Priya Shah"]
    (check,) = skipped_of(plan, Kind.status_check)
    assert check.to == "Priya Shah"
    for skip in (*thanks, check):
        assert "concluded" in skip.reason
        assert words in skip.reason
        assert skip.sent_on is None
    assert plan.reflection is reflection


def test_concluded_outcome_and_no_follow_up_still_skip_once() -> None:
    plan = make_plan(notes(interview={"outcome": "offer", "no_follow_up": True}), NOW)
    assert plan.messages == ()
    assert len(skipped_of(plan, Kind.status_check)) == 1


def test_concluded_outcome_keeps_sent_dates() -> None:
    n = notes(
        interview={"outcome": "offer"},
        history=[{"kind": "thank_you", "to": "Dana Lee", "at": "2026-11-24T18:30"}],
    )
    plan = make_plan(n, NOW)
    dana = [s for s in skipped_of(plan, Kind.thank_you) if s.to == "Dana Lee"]
    assert [s.sent_on for s in dana] == [date(2026, 11, 24)]


@pytest.mark.parametrize(
    ("outcome", "flag", "expected"),
    [
        pytest.param("rejected", True, 1, id="rejected-with-flag"),
        pytest.param("rejected", False, 0, id="rejected-without-flag"),
        pytest.param("pending", True, 0, id="pending-with-flag"),
        pytest.param("offer", True, 0, id="offer-with-flag"),
        pytest.param("withdrawn", True, 0, id="withdrawn-with-flag"),
    ],
)
def test_feedback_request_only_after_rejection_and_when_asked(outcome: str, flag: bool, expected: int) -> None:
    plan = make_plan(notes(interview={"outcome": outcome}), NOW, feedback_request=flag)
    requests = of_kind(plan, Kind.feedback_request)
    assert len(requests) == expected
    for request in requests:
        assert request.to.name == "Priya Shah"  # the point of contact
        assert request.channel is Channel.email
        assert request.send.deadline is None
        when = request.send.recommended_at.astimezone(NY)
        assert when.weekday() < 5 and when.time() == time(10, 0)
        assert when >= NOW
    if outcome == "rejected":
        assert of_kind(plan, Kind.thank_you) == [] and of_kind(plan, Kind.status_check) == []


def test_feedback_request_already_sent_is_not_drafted_again() -> None:
    n = notes(
        interview={"outcome": "rejected"},
        history=[{"kind": "feedback_request", "to": "Priya Shah", "at": "2026-12-02T10:00"}],
    )
    plan = make_plan(n, NOW, feedback_request=True)
    assert of_kind(plan, Kind.feedback_request) == []
    (skip,) = skipped_of(plan, Kind.feedback_request)
    assert skip.sent_on == date(2026, 12, 2)


@pytest.mark.parametrize(
    ("outcome", "reflect", "expected"),
    [
        pytest.param("pending", False, False, id="pending"),
        pytest.param("pending", True, True, id="pending-on-request"),
        pytest.param("rejected", False, True, id="rejected"),
        pytest.param("offer", False, False, id="offer"),
        pytest.param("offer", True, True, id="offer-on-request"),
    ],
)
def test_reflection(outcome: str, reflect: bool, expected: bool) -> None:
    assert make_plan(notes(interview={"outcome": outcome}), NOW, reflect=reflect).reflection is expected


def test_plan_is_deterministic() -> None:
    n = notes()
    assert make_plan(n, NOW) == make_plan(n, NOW)


def test_decision_date_before_the_interview_never_schedules_a_check_before_it() -> None:
    from afterview.errors import NotesError

    try:
        n = notes(interview={"decision_by": "2026-11-20"})
    except (NotesError, ValueError) as exc:  # rejecting the notes is a fine answer
        assert "is before the interview" in str(exc)
        return
    plan = make_plan(n, NOW)
    (thanks, *_) = of_kind(plan, Kind.thank_you)
    for check in of_kind(plan, Kind.status_check):
        assert check.send.recommended_at > thanks.send.recommended_at
