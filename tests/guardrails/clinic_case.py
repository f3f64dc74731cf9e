"""Notes of the checks11 class tests' own (never a corpus file): a group of veterinary clinics in Calgary. The
candidate's own items carry a reminder rebuild with its result and a team led; the hiring manager's topics are an
intake-form rebuild and after-hours phone cover, her challenge reminder emails landing in spam; a peer's topic is a
move from paper charts to new practice software."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from water_case import fired  # noqa: F401  (the class tests take it from here with the notes)

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Lena Okafor
  highlights:
    - rebuilt the appointment reminder flow at Bowvalley Animal Hospital, no-shows 14% -> 6%
    - led a team of 6 client-care coordinators at Bowvalley
    - cut invoice disputes by 30 % with itemised estimates
  since_interview:
    - wrote a one-page outline of a triage phone script
position: Client Operations Lead
company:
  name: Prairie Paws Veterinary Group
  news: [opened a 24-hour emergency hospital in Airdrie]
  culture: CULTURE
interview:
  at: 2026-11-17T10:00
  timezone: America/Edmonton
  duration_minutes: 60
  format: onsite
  outcome: OUTCOME
interviewers:
  - name: Margaret Thornton
    title: Director of Client Experience
    role: hiring_manager
    email: margaret.thornton@prairiepaws.example
    topics:
      - rebuilding the new-client intake form
      - after-hours phone coverage across the four clinics
    challenges: [vaccine reminder emails keep landing in spam folders]
    rapport: [we both foster rescue greyhounds]
  - name: Rafael Ortiz
    title: Practice Systems Analyst
    role: peer
    email: rafael.ortiz@prairiepaws.example
    topics: [moving medical records from paper charts to the new practice software]
  - name: Wendy Chu
    title: Talent Partner
    role: recruiter
    email: wendy.chu@prairiepaws.example
    primary_contact: true
    topics: [the hiring timeline]
"""
ZONE = ZoneInfo("America/Edmonton")


def load(folder: Path, *, outcome: str = "pending", culture: str = "neutral") -> Notes:
    path = folder / f"clinic-{outcome}-{culture}.yaml"
    path.write_text(NOTES.replace("OUTCOME", outcome).replace("CULTURE", culture), encoding="utf-8")
    return load_notes(path)


def run(notes: Notes, body: str, kind: Kind = Kind.thank_you, to: str = "Margaret Thornton") -> Draft:
    when = datetime(2026, 11, 17, 15, 0, tzinfo=ZONE)
    if kind is not Kind.thank_you:
        when = datetime(2026, 12, 1, 10, 0, tzinfo=ZONE)
    return check_hand_written(notes, "Thank you", body, kind=kind, to=to, now=when, send_at=when)


def thanks(middle: str) -> str:
    """A thank-you to Ms. Thornton with `middle` after its first paragraph."""
    return (
        "Dear Ms. Thornton,\n\nThank you for showing me round the clinic this morning and for the conversation "
        "about after-hours phone coverage. It was good to hear how the team thinks about what clients go through on "
        f"every visit, from the first call to the invoice.\n\n{middle}\n\nKind regards,\nLena Okafor"
    )
