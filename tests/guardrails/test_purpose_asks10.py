"""Asks said plainly (blind12's tune half, issue 15), on phrasings written here (orchard_case.py): "Any word on the
role?" asks about the decision; "tell me what I did wrong" and "anything you could share" ask for feedback. A status
check about something else, and a feedback request that asks for nothing, still miss their purpose."""

from __future__ import annotations

import pytest
from orchard_case import feedback, fired, load, run

from afterview.vocabulary import Kind


def _status(middle: str) -> str:
    return f"Hi Sophie,\n\nI hope the cold store opening went well.\n\n{middle}\n\nCheers,\nAna"


@pytest.mark.parametrize(
    ("middle", "missed"),
    [
        ("Any word on the Packhouse Operations Manager role?", False),
        ("Any news about my application yet?", False),
        ("I would love to hear how the grower meetings went.", True),
    ],
)
def test_a_status_check_asking_for_word_on_the_role(tmp_path, middle, missed) -> None:
    draft = run(load(tmp_path), _status(middle), kind=Kind.status_check, to="Sophie Tran")
    assert ("error:no_status_question" in fired(draft, "purpose")) is missed, fired(draft, "purpose")


@pytest.mark.parametrize(
    ("middle", "missed"),
    [
        ("Please tell me what I did wrong, so I can do better next season.", False),
        ("Anything you could share about my interview would help me a great deal.", False),
        ("I wish the co-op every success with the grading line upgrade.", True),
    ],
)
def test_a_feedback_request_asking_plainly(tmp_path, middle, missed) -> None:
    draft = run(load(tmp_path, outcome="rejected"), feedback(middle), kind=Kind.feedback_request)
    assert ("error:no_feedback_question" in fired(draft, "purpose")) is missed, fired(draft, "purpose")
