"""The water-utility case the blind7 held-out and blind8 class tests share: notes of the tests' own (never a
corpus file), the letter frame and the check run on them."""

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
  name: Priya Nair
  highlights:
    - supported the network team whose acoustic leak-detection pilot, led by Colin Reid, cut burst mains by a quarter
    - built a dashboard that tracked 400 pressure sensors at Forth Water
    - trained 15 field crews on the new asset-management app
  since_interview:
    - passed the NEBOSH general certificate
position: Network Operations Manager
company:
  name: Clyde Valley Water
  news: [opened a new treatment works at Milngavie]
  culture: CULTURE
interview:
  at: 2026-11-24T10:00
  timezone: Europe/London
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Fiona Campbell
    greet_as: Ms. Campbell
    title: Director of Operations
    role: executive
    email: fiona@clydevalley.example
    topics: [the smart-meter rollout across Glasgow, condition surveys of the Victorian trunk mains]
    challenges: [a backlog of 300 unrepaired leaks in the east of the city]
    rapport: [both studied civil engineering at the University of Strathclyde]
  - name: Aileen Stewart
    title: Talent Partner
    role: recruiter
    email: aileen@clydevalley.example
    primary_contact: true
    topics: [the hiring timeline, a March start date]
"""
ZONE = ZoneInfo("Europe/London")


def load(culture: str, folder: Path) -> Notes:
    path = folder / f"water-{culture}.yaml"
    path.write_text(NOTES.replace("CULTURE", culture), encoding="utf-8")
    return load_notes(path)


def run(notes: Notes, body: str, kind: Kind = Kind.thank_you, to: str = "Fiona Campbell") -> Draft:
    when = datetime(2026, 11, 24, 14, 0, tzinfo=ZONE)
    if kind is not Kind.thank_you:
        when = datetime(2026, 12, 4, 10, 0, tzinfo=ZONE)
    return check_hand_written(notes, "Thank you", body, kind=kind, to=to, now=when, send_at=when)


def fired(draft: Draft, check: str) -> list[str]:
    """Each finding of `check` as 'severity:code', at the severity its rule gave it (a hand-written draft's error
    from a rule the severity policy distrusts shows as the error it was; test_checks23_classes.py tests the policy)."""
    return [
        f"{f.lowered_from or f.severity}:{f.code}"
        for f in draft.findings
        if f.check == check and (f.severity != "info" or f.lowered_from)
    ]


def letter(greeting: str, middle: str, signoff: str) -> str:
    return (
        f"{greeting}\n\nThank you for meeting me today about the Network Operations Manager role. I enjoyed "
        f"hearing about the smart-meter rollout across Glasgow. {middle}\n\n{signoff}\nPriya"
    )


def status(middle: str) -> str:
    """A status check to the recruiter around `middle`."""
    return (
        "Dear Aileen,\n\nI hope you are well. Is there any news on the Network Operations Manager role, or a "
        f"timeline I should keep in mind? {middle}\n\nKind regards,\nPriya Nair"
    )


FEEDBACK_ASK = "I would welcome any feedback on my interview."


def feedback(middle: str, lead: str = FEEDBACK_ASK) -> str:
    """A feedback request to the hiring manager: the decision acknowledged, `lead`, then `middle`."""
    return (
        "Dear Ms. Campbell,\n\nThank you for letting me know your decision on the Network Operations Manager "
        f"role. I understand, and {lead} {middle}\n\nKind regards,\n"
        "Priya Nair"
    )


def thanks(notes: Notes, said: str, check: str = "negativity") -> list[str]:
    """`check`'s findings on a thank-you to the hiring manager around `said`."""
    return fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), check)


def chased(notes: Notes, said: str, check: str = "negativity") -> list[str]:
    """`check`'s findings on a status check to the recruiter around `said`."""
    return fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), check)


def answered(notes: Notes, said: str, check: str = "negativity") -> list[str]:
    """`check`'s findings on a feedback request to the hiring manager around `said`."""
    return fired(run(notes, feedback(said), Kind.feedback_request), check)
