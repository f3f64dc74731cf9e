"""Notes shorthand written with signs and clipped words ('#', '+', ' / ', 'exp', 'abt', a dropped article),
and 'she'/'he' in a thank-you meaning its recipient: `fluency` warnings. Own phrasings, not any corpus's."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.fluency import check_fluency
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

NOTES = """
candidate: {name: Sam Rivera, highlights: [led the Kafka migration at Northwind]}
position: Staff Accountant
company: {name: Lakeside Partners}
interview: {at: 2026-11-24T14:00, timezone: America/New_York}
interviewers:
  - name: Rosa Delgado
    topics: [grant audits]
    rapport: [both keep bees]
  - name: Omar Haddad
    topics: [month-end close]
"""


def fluency(sentence: str, *, to: str = "Rosa Delgado", kind: Kind = Kind.thank_you) -> list[tuple[str, str]]:
    notes = notes_from_text(NOTES, "notes.yaml")
    now = datetime(2026, 11, 24, 17, tzinfo=notes.interview.zone)
    plan = make_plan(notes, now)
    body = f"Dear {to.split()[0]},\n\nThank you for your time today. {sentence}\n\nBest regards,\nSam Rivera\n"
    draft = Draft(kind, to, Channel.email, "Thanks", body, "hand", "warm")
    found = check_fluency(draft, CheckContext(notes, now, plan, None, ()))
    return [(f.code, body[f.span[0] : f.span[1]] if f.span else "") for f in found if f.severity == "warning"]


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("I have included my audit certificate # + two of my reconciliation schedules.", "#"),
        ("I have included my audit certificate # and two of my reconciliation schedules.", "#"),
        ("I have included my certificate + two of my reconciliation schedules.", "+"),
        ("I liked hearing about grant audits / the month-end close.", "/"),
        ("I enjoyed our talk about grant audits and my nonprofit exp at the food bank.", "exp"),
        ("I enjoyed our talk abt grant audits.", "abt"),
        ("I understood how team is stretched during the close.", "how team is"),
        ("It was good to hear because department has grown so quickly.", "because department has"),
    ],
)
def test_notes_signs_and_clipped_words_are_shorthand(sentence: str, shown: str) -> None:
    found = [text for code, text in fluency(sentence) if code == "notes_shorthand"]
    assert [t.strip() for t in found] == [shown]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have written C# services and kept a team of five on call 24/7.",
        "Call me on +44 20 7946 0958 if that is easier.",
        "I earned an A+ in the audit seminar and reconciled 1/3 of the ledgers myself.",
        "I can send my certificate and/or two of my reconciliation schedules.",
        "My portfolio is at https://example.com/sam/audits and my email is sam+jobs@example.com.",
        "I understood how the team is stretched during the close.",
        "I enjoyed hearing about the expansion and the extra exposure to grant audits.",
        "That role is exactly the kind of work I want to do.",
        "The bee story still makes me smile lol.",  # the tone check's (over_familiar): not said twice
    ],
)
def test_real_uses_of_the_signs_are_not_shorthand(sentence: str) -> None:
    assert fluency(sentence) == []


def test_she_in_a_thank_you_to_her_is_flagged() -> None:
    found = fluency("We both keep bees, and she has three hives too.")
    assert found == [("third_person_recipient", "she")]


def test_he_in_a_thank_you_to_him_is_flagged() -> None:
    found = fluency("I enjoyed hearing how he runs the month-end close.", to="Omar Haddad")
    assert found == [("third_person_recipient", "he")]


@pytest.mark.parametrize(
    "sentence",
    [
        "You mentioned your daughter; she keeps bees too.",
        "Please thank Omar for his time as well.",
        "I enjoyed meeting Priya, and she made the close sound far less daunting.",
        "We both keep bees, and you have three hives too.",
    ],
)
def test_a_pronoun_for_someone_else_is_not_flagged(sentence: str) -> None:
    assert fluency(sentence) == []


def test_only_a_thank_you_is_read_for_the_recipients_pronoun() -> None:
    found = fluency("She has three hives too.", kind=Kind.status_check)
    assert "third_person_recipient" not in {code for code, _ in found}


def test_a_sign_inside_a_placeholder_is_left_to_the_placeholders_check() -> None:
    assert fluency("My referees are [REF 1 name + phone] and [REF 2 name / email].") == []
