"""The hangar case checks12's class tests share: an aircraft maintenance planner in Porto, notes of the tests' own
(never a corpus file), and the check run on a hand-written draft."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Inês Carvalho
  highlights:
    - rebuilt the A-check task cards at Atlantis Regional, cutting check time from 9 to 7 hours
    - ran the night-shift planning desk for a fleet of 14 turboprops
  since_interview:
    - passed the EASA Part-66 human factors module
position: Maintenance Planning Lead
company:
  name: Douro Aero Services
  news: [signed a line-maintenance contract at Faro]
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Lisbon
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Rui Tavares
    title: Head of Maintenance
    role: hiring_manager
    email: rui@douroaero.example
    topics: [moving the spare-parts inventory onto barcode scanning]
    challenges: [aircraft on ground for days waiting on rotable spares]
  - name: Marta Sousa
    title: Base Engineer
    role: peer
    email: marta@douroaero.example
    topics: [hangar slot planning for heavy checks]
  - name: Sofia Lima
    title: Talent Partner
    role: recruiter
    email: sofia@douroaero.example
    primary_contact: true
    topics: [the hiring timeline]
"""
ZONE = ZoneInfo("Europe/Lisbon")


def load(folder: Path) -> Notes:
    path = folder / "hangar.yaml"
    path.write_text(NOTES, encoding="utf-8")
    return load_notes(path)


def run(notes: Notes, body: str, kind: Kind = Kind.thank_you, to: str = "Rui Tavares") -> Draft:
    when = (
        datetime(2026, 11, 24, 15, 0, tzinfo=ZONE)
        if kind is Kind.thank_you
        else datetime(2026, 12, 3, 10, 0, tzinfo=ZONE)
    )
    return check_hand_written(notes, "Following up", body, kind=kind, to=to, now=when, send_at=when)


def fired(draft: Draft, check: str) -> list[str]:
    """Each finding of `check` as 'severity:code', at the severity its rule gave it (a hand-written draft's error
    from a rule the severity policy distrusts shows as the error it was; test_checks23_classes.py tests the policy)."""
    return [
        f"{f.lowered_from or f.severity}:{f.code}"
        for f in draft.findings
        if f.check == check and (f.severity != "info" or f.lowered_from)
    ]


def formal(middle: str, greeting: str = "Dear Mr Tavares,") -> str:
    return (
        f"{greeting}\n\nThank you for meeting me today about the Maintenance Planning Lead role. {middle}\n\n"
        "Kind regards,\nInês Carvalho"
    )


def casual(middle: str, greeting: str = "Hi Rui,") -> str:
    return f"{greeting}\n\n{middle}\n\nCheers,\nInês"
