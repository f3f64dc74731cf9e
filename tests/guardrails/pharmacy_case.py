"""The pharmacy case the blind7 class tests share: its drafts' frames and the check run on them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

# A hospital pharmacy in Cardiff: notes of the tests' own, never a corpus file.
NOTES = """\
candidate:
  name: Noor Haddad
  highlights:
    - introduced barcode checks that cut dispensing errors from 12 to 3 a month at St Aidan's
    - trained 20 technicians on the new robot dispenser at St Aidan's
  since_interview:
    - finished the dangerous drugs and toxic spills handling course
position: Pharmacy Operations Lead
company:
  name: Harbourside Health
  news: [opened a second outpatient pharmacy]
interview:
  at: 2026-11-24T10:00
  timezone: Europe/London
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Owen Price
    title: Chief Pharmacist
    role: hiring_manager
    email: owen@harbourside.example
    topics: [moving ward stock to automated cabinets]
    challenges: [expired stock found on four recently audited wards]
  - name: Beth Morgan
    title: Talent Partner
    role: recruiter
    email: beth@harbourside.example
    primary_contact: true
    topics: [the hiring timeline]
"""
ZONE = ZoneInfo("Europe/London")


def load(text: str, folder: Path) -> Notes:
    path = folder / "pharmacy.yaml"
    path.write_text(text, encoding="utf-8")
    return load_notes(path)


def thanks(middle: str) -> str:
    return (
        "Dear Owen,\n\nThank you for meeting me today about the Pharmacy Operations Lead role. I enjoyed our "
        f"talk about moving ward stock to automated cabinets. {middle}\n\nThank you again for your time.\n\n"
        "Kind regards,\nNoor Haddad"
    )


def status(middle: str) -> str:
    return (
        f"Dear Beth,\n\n{middle} Is there any news on the Pharmacy Operations Lead role, or a timeline I "
        "should keep in mind? Since we spoke I finished a handling course.\n\n"
        "Kind regards,\nNoor Haddad"
    )


def run(notes, body: str, kind: Kind = Kind.thank_you) -> Draft:
    when = (
        datetime(2026, 11, 24, 13, 0, tzinfo=ZONE)
        if kind is Kind.thank_you
        else datetime(2026, 12, 3, 10, 0, tzinfo=ZONE)
    )
    to = "Owen Price" if kind is Kind.thank_you else "Beth Morgan"
    return check_hand_written(notes, "Thank you", body, kind=kind, to=to, now=when, send_at=when)


def fired(draft: Draft, check: str) -> list[str]:
    """Each finding of `check` as 'severity:code', at the severity its rule gave it (a hand-written draft's error
    from a rule the severity policy distrusts shows as the error it was; test_checks23_classes.py tests the policy)."""
    return [
        f"{f.lowered_from or f.severity}:{f.code}"
        for f in draft.findings
        if f.check == check and (f.severity != "info" or f.lowered_from)
    ]
