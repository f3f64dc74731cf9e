"""A month named one way in the notes and another in the draft is the same month ('Jan' / 'January'), and a status
check that asks for news on the internship, the placement or when they expect to decide asks about the decision
(issue 15: clean drafts marked not ready). Own notes and phrasings."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.personalization import check_personalization
from afterview.guardrails.purpose import check_purpose
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

NOTES = """
candidate: {name: Ana Lucero}
position: Field Research Intern
company: {name: Tidewater Survey}
interview: {at: 2026-11-24T14:00, timezone: America/Chicago}
interviewers:
  - name: Chen Mei Lin
    greet_as: Mei Lin
    role: recruiter
    primary_contact: true
    topics: [start date Feb 2027, 4-month placement]
"""


def findings(body: str, kind: Kind) -> list[tuple[str, str]]:
    notes = notes_from_text(NOTES, "notes.yaml")
    now = datetime(2026, 12, 9, 10, tzinfo=notes.interview.zone)
    draft = Draft(kind, "Chen Mei Lin", Channel.email, "Hello", body, "hand", "warm")
    ctx = CheckContext(notes, now, make_plan(notes, now), None, ())
    found = check_personalization(draft, ctx) + check_purpose(draft, ctx)
    return [(f.severity, f.code) for f in found if f.severity != "info"]


def test_a_month_spelt_out_names_the_notes_abbreviation() -> None:
    body = "Hi Mei Lin,\n\nThank you for walking me through the February start today.\n\nBest,\nAna Lucero\n"
    assert findings(body, Kind.thank_you) == []


def test_a_thank_you_naming_nothing_is_still_generic_and_says_the_name_they_go_by() -> None:
    notes = notes_from_text(NOTES, "notes.yaml")
    now = datetime(2026, 11, 24, 17, tzinfo=notes.interview.zone)
    body = "Hi Mei Lin,\n\nThank you for your time today.\n\nBest,\nAna Lucero\n"
    draft = Draft(Kind.thank_you, "Chen Mei Lin", Channel.email, "Hello", body, "hand", "warm")
    found = check_personalization(draft, CheckContext(notes, now, make_plan(notes, now), None, ()))
    assert [f.code for f in found] == ["generic"]
    assert "discussed with Mei Lin;" in found[0].message


@pytest.mark.parametrize(
    "ask",
    [
        "Is there any news on the internship yet?",
        "I wanted to ask whether there is any news on the placement, or when you expect to decide.",
        "Could you let me know if there is an update on the traineeship?",
    ],
)
def test_news_of_the_internship_or_when_they_decide_is_the_status_question(ask: str) -> None:
    body = f"Hi Mei Lin,\n\n{ask} I am still keen on the February start.\n\nBest,\nAna Lucero\n"
    assert ("error", "no_status_question") not in findings(body, Kind.status_check)


def test_news_of_something_else_is_still_not_the_status_question() -> None:
    body = "Hi Mei Lin,\n\nIs there any news on the survey boat refit? I enjoyed hearing about it.\n\nAna Lucero\n"
    assert ("error", "no_status_question") in findings(body, Kind.status_check)
