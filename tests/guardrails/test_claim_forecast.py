"""Claims the notes cannot back (issue 15, classes of blind9's claims misses), on phrasings written here and the
water utility's notes (water_case.py): a confident diagnosis or promise about their challenge, their work told as
shared, work claimed in a relative clause ("the X that I proposed"), and the claims that must stay clean."""

from __future__ import annotations

import pytest
from water_case import fired, letter, load, run

from afterview.notes.model import Notes


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    return load("neutral", tmp_path_factory.mktemp("notes"))


def claims(notes: Notes, said: str) -> list[str]:
    return fired(run(notes, letter("Dear Ms. Campbell,", said, "Best,")), "claims")


@pytest.mark.parametrize(
    "said",
    [
        "I am quite sure the leak backlog in the east of the city stems from ageing valves.",
        "Acoustic sensors would have prevented much of the east-end leak backlog.",
    ],
)
def test_a_cause_for_their_problem_the_notes_never_give_is_a_causal_link(notes, said) -> None:
    assert "error:causal_link" in claims(notes, said)


@pytest.mark.parametrize(
    "said",
    [
        "I am certain I can clear the backlog of unrepaired leaks in the east.",
        "My approach could halve the east-end leak backlog within six months.",
    ],
)
def test_a_promised_result_on_their_problem_is_a_claim(notes, said) -> None:
    assert "error:promised_result" in claims(notes, said)


@pytest.mark.parametrize(
    "said",
    [
        "I am confident my sensor dashboard experience would help with the leak backlog in the east.",
        "I would love to help with the backlog of unrepaired leaks in the east of the city.",
    ],
)
def test_confidence_in_helping_without_a_promised_result_is_clean(notes, said) -> None:
    assert claims(notes, said) == []


@pytest.mark.parametrize(
    "said",
    [
        "I hope the smart-meter rollout we kicked off together goes well.",
        "The leaks we are facing in the east of the city are a good test for sensors.",
    ],
)
def test_their_work_told_as_shared_is_not_our_team(notes, said) -> None:
    assert "error:not_our_team" in claims(notes, said)


def test_their_topic_claimed_in_a_relative_clause_is_unsupported(notes) -> None:
    said = "I was glad to talk through the condition surveys of the trunk mains that I planned."
    assert "error:unsupported_claim" in claims(notes, said)


def test_my_own_work_in_a_relative_clause_is_supported(notes) -> None:
    said = "The sensor dashboard that I built at Forth Water tracked 400 pressure sensors."
    assert claims(notes, said) == []


def test_a_skill_drawn_from_my_own_item_is_no_borrowed_claim(notes) -> None:
    said = "I trained 15 field crews on the new asset-management app, so I have handled new app rollouts before."
    assert claims(notes, said) == []


def test_a_negative_contraction_is_no_verb_of_work(notes) -> None:
    assert claims(notes, "I won't keep you long, and I look forward to hearing from you.") == []


def test_preparing_what_they_asked_for_is_no_claim_of_work(tmp_path) -> None:
    from water_case import NOTES

    from afterview.notes.loader import load_notes

    path = tmp_path / "water-requested.yaml"
    path.write_text(NOTES.replace("CULTURE", "neutral") + "requested: [an anonymised survey report]\n", "utf-8")
    notes = load_notes(path)
    said = "I attach the anonymised survey report you asked for. I've removed street addresses and meter IDs."
    assert claims(notes, said) == []
    # without the request, the same words claim work the notes do not hold only if they borrow theirs: a past
    # consolidation of their topic is still claimed
    borrowed = "I attach the survey report you asked for. I have already surveyed the Victorian trunk mains once."
    assert "error:unsupported_claim" in claims(notes, borrowed)


@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("I'm sure my sensor dashboard could halve the east-end backlog.", "error:promised_result"),
        (
            "I will get the unrepaired leaks in the east sorted out and under control by spring.",
            "error:promised_result",
        ),
        ("The backlog of leaks in the east is clearly driven by old valves.", "error:causal_link"),
        ("Had you used acoustic sensors, the east-end leak backlog could never have piled up.", "error:causal_link"),
        ("The trunk main condition surveys we kicked off together are a good base.", "error:not_our_team"),
    ],
)
def test_promises_and_diagnoses_named_loosely_are_still_claims(notes, said, code) -> None:
    assert code in claims(notes, said)
