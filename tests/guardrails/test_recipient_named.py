"""The recipient named in the third person in their own message ('Denise liked the idea', to Denise): a `fluency`
warning. Own notes and phrasings (a land trust with two people who share a first name), not any corpus's."""

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
candidate: {name: Jordan Ellery, highlights: [built a volunteer monitoring program of 40 volunteers]}
position: Stewardship Coordinator
company: {name: Okafor Ridge Trust}
interview: {at: 2026-11-24T14:00, timezone: America/New_York}
interviewers:
  - name: Denise Okafor
    topics: [a monitoring calendar for landowners]
  - name: Marcus Hale
    topics: [field data in ArcGIS Field Maps]
  - name: Marcus Bell
    topics: [donor visits]
  - name: Tran Thi Lan
    greet_as: Ms. Lan
    topics: [easement baselines]
  - name: I Wayan Darma
    greet_as: Wayan
    topics: [trail counters]
"""


def named(sentence: str, *, to: str, greet: str, kind: Kind = Kind.thank_you) -> list[str]:
    notes = notes_from_text(NOTES, "notes.yaml")
    now = datetime(2026, 11, 24, 17, tzinfo=notes.interview.zone)
    body = f"Dear {greet},\n\n{sentence}\n\nBest regards,\nJordan Ellery\n"
    draft = Draft(kind, to, Channel.email, "Thanks", body, "hand", "warm")
    found = check_fluency(draft, CheckContext(notes, now, make_plan(notes, now), None, ()))
    return [body[f.span[0] : f.span[1]] for f in found if f.code == "third_person_recipient" and f.span]


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("Denise liked the idea of a monitoring calendar, and I would be glad to build it.", "Denise"),
        ("I keep coming back to your point that Denise wants visits logged the same day.", "Denise"),
        ("Thank you for the tour. Denise's account of the landowner calendar stayed with me.", "Denise"),
        ("Denise Okafor explained how the calendar would work.", "Denise Okafor"),
    ],
)
def test_the_recipient_said_in_the_third_person_is_flagged(sentence: str, shown: str) -> None:
    assert named(sentence, to="Denise Okafor", greet="Denise") == [shown]


def test_a_family_name_first_recipient_is_read_by_the_name_they_are_greeted_by() -> None:
    sentence = "I enjoyed hearing how Ms. Lan keeps the easement baselines."
    assert named(sentence, to="Tran Thi Lan", greet="Ms. Lan") == ["Ms. Lan"]


def test_a_status_check_is_read_too() -> None:
    sentence = "Is there any news on the role? Denise mentioned a decision by the 20th."
    assert named(sentence, to="Denise Okafor", greet="Denise", kind=Kind.status_check) == ["Denise"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you, Denise, for walking me through the monitoring calendar.",
        "Denise, thank you again for the time you gave me today.",
        "I enjoyed our talk about the monitoring calendar. Thank you, Denise.",
        "Thank you, Denise for walking me through the calendar.",  # a vocative short of its comma
        "I enjoyed meeting Marcus and hearing about field data in ArcGIS Field Maps.",
        "I was glad to see the Okafor Ridge Trust plans for next year.",  # the company carries her family name
        "I volunteered at Camp Denise last summer and led the trail crew.",  # her name inside a longer one
    ],
)
def test_a_vocative_another_person_or_the_company_is_not_flagged(sentence: str) -> None:
    assert named(sentence, to="Denise Okafor", greet="Denise") == []


def test_a_first_name_two_people_share_is_not_read() -> None:
    sentence = "Marcus wants field data in ArcGIS Field Maps, and I have done that before."
    assert named(sentence, to="Marcus Hale", greet="Marcus") == []


def test_the_sign_off_is_not_read() -> None:
    assert named("I enjoyed our talk about the calendar.", to="Denise Okafor", greet="Denise") == []


def test_a_one_letter_part_of_their_name_is_no_third_person() -> None:
    # the Balinese 'I' of I Wayan Darma is the candidate's own 'I' in every sentence of the letter
    said = "I enjoyed hearing about the trail counters, and I would be glad to help set them up."
    assert named(said, to="I Wayan Darma", greet="Wayan") == []
    assert named("Wayan showed me the trail counters.", to="I Wayan Darma", greet="Wayan") == ["Wayan"]
