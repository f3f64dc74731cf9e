"""writer61 (issue 17): a search firm's partner or an agency recruiter who runs the process is a working contact,
greeted by first name even where the company's culture is formal ("Dear Mr. Gallagher" to the partner who arranged
the day read stiff to writer_blind54's judges); the company's own people, executives included, keep the formal
register. Notes invented here (a port authority, a mining house)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import draft_json

PORT = """
candidate:
  name: Lena Brandt
  highlights:
    - ran berth planning for a 4-crane container terminal
position: Head of Terminal Operations
company:
  name: Weser Port Authority
  culture: formal
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Berlin
  format: onsite
interviewers:
  - name: Matthias Vogel
    title: {title}
    role: recruiter
    email: {email}
    primary_contact: true
    topics:
      - he explained the board's timetable
  - name: Sabine Krause
    title: Chief Executive Officer
    role: executive
    email: skrause@weserport.example
    topics:
      - the crane electrification programme (she leads it)
"""


def _greetings(tmp_path: Path, title: str, email: str) -> dict[str, str]:
    run = draft_json(tmp_path, PORT.format(title=title, email=email), "--now", "2026-11-16T16:00")
    return {m["to"]: m["body"].split("\n", 1)[0] for m in run["messages"] if m["kind"] == "thank_you"}


@pytest.mark.parametrize(
    ("title", "email"),
    [
        ("Partner, Nordlicht Executive Search", "mv@nordlicht.example"),
        ("Senior Consultant", "matthias@talentbridge.example"),  # an agency: the title and another domain say so
        ("Recruiter", "matthias@harbourtalent.example"),  # only the address says it: another firm's domain
    ],
    ids=["search-partner", "agency-consultant", "other-domain"],
)
def test_a_recruiter_from_another_firm_is_greeted_by_first_name(tmp_path: Path, title: str, email: str) -> None:
    said = _greetings(tmp_path, title, email)
    assert said["Matthias Vogel"] == "Dear Matthias,", said
    assert said["Sabine Krause"] == "Dear Ms. Krause,", said  # the company's executive keeps the formal register


def test_the_companys_own_recruiter_keeps_the_formal_register(tmp_path: Path) -> None:
    said = _greetings(tmp_path, "Head of Talent Acquisition", "mvogel@weserport.example")
    assert said["Matthias Vogel"] == "Dear Mr. Vogel,", said
