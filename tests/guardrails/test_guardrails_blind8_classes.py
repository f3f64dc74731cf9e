"""Classes of fault found on blind8's tune half, each tested on phrasings written here (never a corpus
sentence) and on notes of their own: the water utility in Glasgow (water_case.py)."""

from __future__ import annotations

import pytest
from water_case import fired, load, run

from afterview.notes.model import Notes
from afterview.vocabulary import Kind


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("neutral", tmp_path_factory.mktemp("notes"))


def status(middle: str) -> str:
    return (
        "Dear Aileen,\n\nI hope you are well. Is there any news on the Network Operations Manager role, or a "
        f"timeline I should keep in mind? {middle}\n\nKind regards,\nPriya Nair"
    )


def feedback(middle: str) -> str:
    return (
        "Dear Ms. Campbell,\n\nThank you for letting me know your decision on the Network Operations Manager "
        f"role. I understand, and I enjoyed our talk about the trunk main surveys. {middle}\n\nKind regards,\n"
        "Priya Nair"
    )


# --- facts: a month the notes name in any form ("a March start date", "mid-March") ---------------------------
@pytest.mark.parametrize(
    "said",
    [
        "I can still start in March, as we discussed.",
        "A start in early March still suits me well.",
        "I remain available from March.",
    ],
)
def test_a_month_the_notes_name_without_a_preposition_is_supported(notes, said) -> None:
    assert fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "facts") == []


def test_a_month_the_notes_never_name_is_still_unsupported(notes) -> None:
    said = "I can still start in July, as we discussed."
    assert fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "facts")


# --- purpose: asking for what to work on is asking for feedback, without the word -----------------------
@pytest.mark.parametrize(
    "said",
    [
        "Would you be willing to name one or two things I could strengthen before my next interview?",
        "Could you share a couple of points I might work on?",
        "If you have a moment, I'd welcome any comments on my answers about the surveys.",
        "Is there anything I could have done differently in the technical round?",
    ],
)
def test_asking_what_to_work_on_is_a_feedback_question(notes, said) -> None:
    draft = run(notes, feedback(said), Kind.feedback_request)
    assert "error:no_feedback_question" not in fired(draft, "purpose")


@pytest.mark.parametrize(
    "said",
    [
        "I will keep working on my answers for next time.",
        "I wish you and the team every success with the surveys.",
    ],
)
def test_a_feedback_request_that_asks_nothing_still_fails(notes, said) -> None:
    draft = run(notes, feedback(said), Kind.feedback_request)
    assert "error:no_feedback_question" in fired(draft, "purpose")


# --- claims: what made me think of something is no claim of cause and effect -------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "Since we spoke I passed the NEBOSH certificate, which made me think again about the leak backlog.",
        "I passed the NEBOSH general certificate, and it reminded me of the survey work you described.",
        "The NEBOSH exam covered confined spaces, which brought the trunk main surveys to mind.",
    ],
)
def test_a_thought_prompted_is_no_causal_claim(notes, said) -> None:
    assert fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "claims") == []


def test_an_invented_effect_is_still_a_causal_claim(notes) -> None:
    said = "My dashboard at Forth Water, which cut burst mains by half, is the approach I would bring."
    assert fired(run(notes, status(said), Kind.status_check, to="Aileen Stewart"), "claims")
