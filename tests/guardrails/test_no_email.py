"""A status check goes by email (SPEC 2); when the notes reach the point of contact only by a handwritten card and
give no address, the check says so as info rather than leave an email nobody can send unremarked."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

ZONE = ZoneInfo("Europe/Lisbon")
BODY = (
    "Dear Inês,\n\nI wanted to ask whether there is any news on the Harbour Operations Lead role. Since we met I "
    "have drafted the berth rota we talked about, and I would be glad to share it.\n\nBest regards,\nTomás Reis"
)


def notes_file(tmp_path, contact: str) -> Notes:
    path = tmp_path / "notes.yaml"
    path.write_text(
        f"""candidate:
  name: Tomás Reis
  highlights:
    - rebuilt the berth rota at Portline
  since_interview:
    - drafted a berth rota for winter
position: Harbour Operations Lead
company:
  name: Tagus Marinas
interview:
  at: 2026-11-10T10:00
  timezone: Europe/Lisbon
interviewers:
  - name: Inês Duarte
    title: Harbour Master
    role: hiring_manager
{contact}    topics:
      - berth rota for winter
history:
  - kind: thank_you
    to: Inês Duarte
    at: 2026-11-10T16:00
""",
        encoding="utf-8",
    )
    return load_notes(path)


@pytest.mark.parametrize(
    ("contact", "told"),
    [
        ("    channel: handwritten\n", True),
        ("    channel: handwritten\n    email: ines@tagus.example\n", False),
        ("", False),  # email is the default channel; the address is the user's to fill in
    ],
)
def test_a_card_only_contact_gets_a_no_email_note(tmp_path, contact: str, told: bool) -> None:
    when = datetime(2026, 11, 19, 10, 0, tzinfo=ZONE)
    draft = check_hand_written(
        notes_file(tmp_path, contact),
        "Harbour Operations Lead",
        BODY,
        kind=Kind.status_check,
        to="Inês Duarte",
        now=when,
        send_at=when,
    )
    found = [f for f in draft.findings if f.code == "no_email"]
    assert bool(found) is told
    if told:
        assert found[0].severity == "info" and "Inês Duarte" in found[0].message
        assert draft.ready  # info never holds a draft back
