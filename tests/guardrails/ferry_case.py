"""Notes of the blind10 class tests' own (never a corpus file): a port operator in Busan with a hiring manager
whose family name comes first, a recruiter, and a candidate whose highlight is told in figures."""

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
# onsite at the Haeundae office, 3rd floor; the panel ran long
candidate:
  name: Tomás Herrera
  highlights:
    - cut berth idle time from 14% to 9% across 3 terminals at Puerto Austral Logistics
    - led the yard-planning team of 6 planners at Puerto Austral Logistics
  since_interview:
    - finished the IMO port-security course
position: Terminal Scheduling Lead
company:
  name: Haedong Terminals
  news: [opened a second automated quay]
  culture: CULTURE
interview:
  at: 2026-11-24T10:00
  timezone: Asia/Seoul
  duration_minutes: 60
  format: onsite
  outcome: OUTCOME
interviewers:
  - name: Choi Minseo
    GREET
    title: Head of Terminal Operations
    role: hiring_manager
    email: choi.minseo@haedong.example
    topics: ["vessel delays in the typhoon season -> about 5 days lost, goal 2"]
    challenges: [crane utilisation planning in spreadsheets]
    rapport: [both lived in Brisbane, both grew up in Tasmania]
  - name: Park Jisoo
    title: Talent Partner
    role: recruiter
    email: jisoo.park@haedong.example
    primary_contact: true
    topics: [the hiring timeline]
"""
ZONE = ZoneInfo("Asia/Seoul")


def load(folder: Path, *, culture: str = "formal", greet: str = "", outcome: str = "pending") -> Notes:
    path = folder / f"port-{culture}-{outcome}-{len(greet)}.yaml"
    text = NOTES.replace("CULTURE", culture).replace("OUTCOME", outcome)
    text = text.replace("    GREET\n", f"    greet_as: {greet}\n" if greet else "")
    path.write_text(text, encoding="utf-8")
    return load_notes(path)


def run(notes: Notes, body: str, kind: Kind = Kind.thank_you, to: str = "Choi Minseo") -> Draft:
    when = datetime(2026, 11, 24, 15, 0, tzinfo=ZONE)
    if kind is not Kind.thank_you:
        when = datetime(2026, 12, 8, 10, 0, tzinfo=ZONE)
    return check_hand_written(notes, "Thank you", body, kind=kind, to=to, now=when, send_at=when)
