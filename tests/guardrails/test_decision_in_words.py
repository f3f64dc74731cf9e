"""A decision date said in words in the topics, with `decision_by` empty, is pointed out on the status check with
the date the words read as (timing/decision_in_words, info); the field itself always wins."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.guardrails.decision_words import said_in_words
from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

ZONE = ZoneInfo("America/Halifax")


def notes_with(tmp_path, topic: str, decision: str = "") -> Notes:
    path = tmp_path / "notes.yaml"
    path.write_text(
        f"""candidate:
  name: Odile Marchand
  highlights:
    - cut dock turnaround from 50 to 35 minutes at Saltmarsh Freight
position: Yard Supervisor
company:
  name: Fundy Cold Storage
interview:
  at: 2026-12-02T09:00
  timezone: America/Halifax
{decision}interviewers:
  - name: Colm Brennan
    title: Site Manager
    role: hiring_manager
    email: colm@fundy.example
    topics:
      - reefer plug-in checks
      - "{topic}"
""",
        encoding="utf-8",
    )
    return load_notes(path)


@pytest.mark.parametrize(
    ("topic", "day"),
    [
        ("decision by end of next week", date(2026, 12, 11)),
        ("board meets mid-January to decide", date(2027, 1, 15)),
        ("they'll get back to candidates before xmas", date(2026, 12, 24)),
        ("hear back within 2 wks", date(2026, 12, 16)),
        ("decides on tooling every quarter", None),  # no day: a habit, not a date
        ("decision-making is flat here", None),
        ("night shift starts at 22:00", None),  # a time, but nothing about deciding
    ],
)
def test_words_read_as_a_day(tmp_path, topic: str, day: date | None) -> None:
    found = said_in_words(notes_with(tmp_path, topic))
    assert (found[1] if found else None) == day


def test_the_field_wins(tmp_path) -> None:
    notes = notes_with(tmp_path, "decision by end of next week", "  decision_by: 2026-12-18\n")
    assert said_in_words(notes) is None


def test_the_status_check_says_which_field_to_set(tmp_path) -> None:
    notes = notes_with(tmp_path, "decision by end of next week")
    when = datetime(2026, 12, 11, 10, 0, tzinfo=ZONE)
    body = (
        "Dear Colm,\n\nI wanted to ask whether there is any news on the Yard Supervisor role. I have been thinking "
        "about the reefer plug-in checks since we spoke, and I would be glad to talk them through.\n\n"
        "Best regards,\nOdile Marchand"
    )
    draft = check_hand_written(notes, None, body, kind=Kind.status_check, to="Colm Brennan", now=when, send_at=when)
    found = [f for f in draft.findings if f.code == "decision_in_words"]
    assert len(found) == 1 and found[0].severity == "info"
    assert found[0].suggestion == "decision_by: 2026-12-11"
