"""Purpose asks and acknowledgements said in other words (stop 53, lead; classes from blind39's one after-run, on
notes invented here): a feedback request that asks what to work on or for the comments the panel made, without the
word 'feedback'; one that acknowledges the decision after "our call" or as "devastated to hear I didn't get the
Senior Chemist role"; a status check asking "how things stand". Near misses beside each: the same words with no ask,
or about something else, still get their finding (and a bare "thank you for considering me" acknowledges nothing:
test_lead36_clean_classes)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from afterview.draft import Draft
from afterview.guardrails import CheckContext
from afterview.guardrails.purpose import check_purpose
from afterview.notes.loader import notes_from_text
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

LAB = """
candidate:
  name: Amara Okafor
  highlights:
    - supervised 7 technicians at a soil lab in Toowoomba
position: Senior Chemist
company:
  name: Corio Analytical
  culture: neutral
interview:
  at: 2026-11-16T10:00
  timezone: Australia/Melbourne
  format: onsite
interviewers:
  - name: Maren Holt
    role: hiring_manager
    email: maren@corio.example
    primary_contact: true
    topics:
      - the HPLC queue in peak season
"""

FEEDBACK_ACKED = "Thank you for letting me know about the decision on the Senior Chemist role.\n\n"


def _codes(kind: str, body: str) -> set[str]:
    n = notes_from_text(LAB, "lab.yaml")
    send = n.interview.start + timedelta(days=10)
    draft = Draft(Kind(kind), "Maren Holt", Channel.email, "Follow-up", body, "test", "neutral")
    return {f.code for f in check_purpose(draft, CheckContext(n, send, make_plan(n, send), None))}


@pytest.mark.parametrize(
    "ask",
    [
        "Is there anything from my interview that you think I should work on?",
        "Any comments the panel made about my case study would be really helpful to me.",
        "If the panel noted anything I could improve, I would be very glad to hear it.",
    ],
)
def test_a_feedback_ask_without_the_word_feedback_is_an_ask(ask: str) -> None:
    assert "no_feedback_question" not in _codes("feedback_request", FEEDBACK_ACKED + ask + "\n\nBest,\nAmara")


def test_what_the_candidate_will_work_on_is_no_ask() -> None:
    body = FEEDBACK_ACKED + "I should work on my presentation skills this winter.\n\nBest,\nAmara"
    assert "no_feedback_question" in _codes("feedback_request", body)


@pytest.mark.parametrize(
    "ack",
    [
        "Following our call about the Senior Chemist role, I wanted to thank you and the panel for considering me.",
        "I was devastated to hear I didn't get the Senior Chemist role.",
    ],
)
def test_the_decision_acknowledged_in_other_words(ack: str) -> None:
    body = ack + "\n\nCould you share any feedback on my interview?\n\nBest,\nAmara"
    assert "no_acknowledgement" not in _codes("feedback_request", body)


def test_no_word_of_the_decision_is_still_no_acknowledgement() -> None:
    body = "Thank you for considering me. I enjoyed the lab tour.\n\nCould you share any feedback on my interview?"
    assert "no_acknowledgement" in _codes("feedback_request", body)


def test_how_things_stand_asks_about_the_decision() -> None:
    body = "Hi Maren,\n\nThis is my last check on the Senior Chemist role. Could you let me know how things stand?"
    assert "no_status_question" not in _codes("status_check", body)


def test_how_things_stand_in_their_lab_is_no_status_ask() -> None:
    body = (
        "Hi Maren,\n\nHow things stand in the new lab must be busy. I enjoyed our talk about the HPLC queue.\n\nAmara"
    )
    assert "no_status_question" in _codes("status_check", body)
