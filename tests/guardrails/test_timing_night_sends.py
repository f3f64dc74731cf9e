"""Night sends (our extension of SPEC 3): a message planned after 22:00 or before 06:00 recipient-local, of any
kind, gets a `timing` warning that suggests the next morning. Invented notes: a ferry-terminal software firm in
Lisbon with one interviewer working from Vancouver, so 'night' must be read in the recipient's own zone."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

NOTES = """\
candidate:
  name: Inês Carvalho
  highlights: [cut boarding-gate queue times by 30% at Porto Marina Systems]
position: Terminal Systems Engineer
company:
  name: Tejo Crossings
  culture: neutral
interview:
  at: 2026-11-17T10:00
  timezone: Europe/Lisbon
  duration_minutes: 60
  format: video
  outcome: OUTCOME
interviewers:
  - name: Rui Matos
    greet_as: Mr. Matos
    title: Head of Terminal Systems
    role: hiring_manager
    email: rui.matos@tejo-crossings.example
    primary_contact: true
    topics: [ticket gates that freeze when the 07:40 boat docks]
  - name: Dana Whitfield
    title: Platform Lead
    role: peer
    email: dana.whitfield@tejo-crossings.example
    timezone: America/Vancouver
    topics: [moving the gate firmware updates to overnight windows]
  - name: Marta Sousa
    title: Station Operations Analyst
    role: peer
    channel: linkedin
    topics: [turnstile audit logs]
"""
LISBON = ZoneInfo("Europe/Lisbon")
VANCOUVER = ZoneInfo("America/Vancouver")


def _notes(folder: Path, outcome: str = "pending") -> Notes:
    path = folder / f"ferry-night-{outcome}.yaml"
    path.write_text(NOTES.replace("OUTCOME", outcome), encoding="utf-8")
    return load_notes(path)


def _check(notes: Notes, when: datetime, *, kind: Kind = Kind.thank_you, to: str = "Rui Matos") -> Draft:
    body = (
        "Dear Mr. Matos,\n\nThank you for our conversation about the ticket gates that freeze when the 07:40 boat "
        "docks. At Porto Marina Systems I cut boarding-gate queue times by 30%, and I would enjoy working on "
        "the same problem with your team.\n\nKind regards,\nInês Carvalho"
    )
    return check_hand_written(notes, "Thank you", body, kind=kind, to=to, now=when, send_at=when)


def _night(draft: Draft) -> list[str]:
    return [f.message for f in draft.findings if f.check == "timing" and f.code == "night"]


@pytest.mark.parametrize(
    ("hour", "minute", "night"),
    [(23, 20, True), (22, 1, True), (22, 0, False), (21, 45, False), (20, 30, False)],
)
def test_a_late_evening_thank_you_is_a_night_send_only_after_22(tmp_path, hour, minute, night) -> None:
    draft = _check(_notes(tmp_path), datetime(2026, 11, 17, hour, minute, tzinfo=LISBON))
    assert bool(_night(draft)) is night
    if night:
        assert all(f.severity == "warning" for f in draft.findings if f.code == "night")
        assert "08:00 Wed 18 Nov" in _night(draft)[0]  # the next morning


@pytest.mark.parametrize(("hour", "minute", "night"), [(5, 59, True), (2, 15, True), (6, 0, False), (8, 0, False)])
def test_a_small_hours_send_suggests_eight_the_same_date(tmp_path, hour, minute, night) -> None:
    when = datetime(2026, 11, 18, hour, minute, tzinfo=LISBON)
    messages = _night(_check(_notes(tmp_path), when))
    assert bool(messages) is night
    if night:
        assert "08:00 Wed 18 Nov" in messages[0]


def test_night_is_read_in_the_recipients_own_zone(tmp_path) -> None:
    notes = _notes(tmp_path)
    when = datetime(2026, 11, 17, 11, 30, tzinfo=LISBON)  # 03:30 in Vancouver
    assert _night(_check(notes, when, to="Dana Whitfield"))
    assert "03:30 Tue 17 Nov" in _night(_check(notes, when, to="Dana Whitfield"))[0]
    evening = datetime(2026, 11, 17, 23, 30, tzinfo=LISBON)  # 15:30 in Vancouver
    assert not _night(_check(notes, evening, to="Dana Whitfield"))


def test_a_status_check_in_its_window_is_still_a_night_send_at_night(tmp_path) -> None:
    notes = _notes(tmp_path)
    day = next(m for m in _plan(notes) if m[0] is Kind.status_check)[1]
    late = datetime.combine(day, datetime.min.time(), tzinfo=LISBON).replace(hour=23, minute=10)
    draft = _check(notes, late, kind=Kind.status_check)
    assert _night(draft)
    assert not [f for f in draft.findings if f.check == "timing" and f.severity == "error"]
    morning = late.replace(hour=10, minute=0)
    assert not _night(_check(notes, morning, kind=Kind.status_check))


def test_a_feedback_request_at_3am_is_a_night_send(tmp_path) -> None:
    notes = _notes(tmp_path, outcome="rejected")
    when = datetime(2026, 11, 30, 3, 0, tzinfo=LISBON)
    assert _night(_check(notes, when, kind=Kind.feedback_request))
    assert not _night(_check(notes, when.replace(hour=10), kind=Kind.feedback_request))


def _plan(notes: Notes) -> list[tuple[Kind, object]]:
    planned = make_plan(notes, datetime(2026, 11, 17, 12, 0, tzinfo=LISBON))
    return [(m.kind, m.send.window_start) for m in planned.messages]


def test_a_linkedin_message_at_1am_is_a_night_send_too(tmp_path) -> None:
    notes = _notes(tmp_path)
    when = datetime(2026, 11, 18, 1, 0, tzinfo=LISBON)
    body = "Hi Marta, thanks for the chat about the turnstile audit logs yesterday.\n\nIn\u00eas"
    draft = check_hand_written(notes, None, body, kind=Kind.thank_you, to="Marta Sousa", now=when, send_at=when)
    assert draft.channel is Channel.linkedin
    assert _night(draft)
    noon = when.replace(hour=12)
    assert not _night(
        check_hand_written(notes, None, body, kind=Kind.thank_you, to="Marta Sousa", now=noon, send_at=noon)
    )
