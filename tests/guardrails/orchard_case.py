"""Notes of the blind11 class tests' own (never a corpus file): a fruit-packing co-operative in Nelson, with a
hiring manager whose rapport item is about him alone, a candidate whose own items carry an abbreviated month,
and requested items that each carry a figure."""

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
  name: Ana Folau
  highlights:
    - cut packhouse rejects from 7% to 4% at Riverbend Fruit
    - passed the HACCP lead auditor exam, Mar 2026
    - coach a junior rugby team on Saturdays
    - led a packing crew of 40 at Riverbend Fruit
  since_interview:
    - drafted the 60-day plan they asked for (3 pages)
position: Packhouse Operations Manager
company:
  name: Tasman Orchard Co-op
  news: [opened a cold store in Motueka]
  culture: CULTURE
interview:
  at: 2026-11-17T10:00
  timezone: Pacific/Auckland
  duration_minutes: 90
  format: onsite
  outcome: OUTCOME
interviewers:
  - name: Hemi Walker
    greet_as: Mr. Walker
    title: General Manager, Packing
    role: hiring_manager
    email: hemi.walker@tasman-orchard.example
    topics:
      - grading line upgrade -> 12 lanes by 2027
      - cold-chain data from the growers
      - his night-shift idea (2nd grading shift?)
    challenges: [spare parts for the optical grader take 5 weeks to arrive from Italy]
    rapport: [he coached junior rugby in Motueka as a teenager]
  - name: Sophie Tran
    title: People Partner
    role: recruiter
    email: sophie.tran@tasman-orchard.example
    primary_contact: true
    topics: [the hiring timeline]
requested:
  - 60-day plan (max 3 pages)
  - two references from packhouse managers
"""
ZONE = ZoneInfo("Pacific/Auckland")


def load(folder: Path, *, outcome: str = "pending", culture: str = "neutral") -> Notes:
    path = folder / f"orchard-{outcome}-{culture}.yaml"
    path.write_text(NOTES.replace("OUTCOME", outcome).replace("CULTURE", culture), encoding="utf-8")
    return load_notes(path)


def run(notes: Notes, body: str, kind: Kind = Kind.thank_you, to: str = "Hemi Walker") -> Draft:
    when = datetime(2026, 11, 17, 15, 0, tzinfo=ZONE)
    if kind is not Kind.thank_you:
        when = datetime(2026, 12, 1, 10, 0, tzinfo=ZONE)
    return check_hand_written(notes, "Thank you", body, kind=kind, to=to, now=when, send_at=when)


def thanks(middle: str) -> str:
    """A thank-you to Mr. Walker with `middle` after its first paragraph."""
    return (
        "Dear Mr. Walker,\n\nThank you for showing me round the packhouse this morning and for the talk about the "
        f"grading line upgrade.\n\n{middle}\n\nKind regards,\nAna Folau"
    )


def feedback(middle: str) -> str:
    """A feedback request to Mr. Walker: the decision acknowledged, then `middle`."""
    return (
        "Dear Mr. Walker,\n\nThank you for letting me know your decision on the Packhouse Operations Manager role, "
        f"and for telling me yourself.\n\n{middle}\n\nKind regards,\nAna Folau"
    )
