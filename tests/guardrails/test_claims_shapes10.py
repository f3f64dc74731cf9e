"""Claims the checks missed on blind11's held-out half (issue 15), each as a class on phrasings written here on notes
of their own (orchard_case.py: Hemi Walker's topics are the grading line, the growers' cold-chain data and a night
shift; Sophie Tran's the hiring timeline): credit moved from one interviewer to another, their problem claimed as
already solved in a cleft sentence, 'our' for their spare parts, and the two false alarms (a highlight's own result
followed by a second highlight; a dated relative clause)."""

from __future__ import annotations

import pytest
from orchard_case import fired, load, run, thanks


@pytest.mark.parametrize(
    ("middle", "moved"),
    [
        ("I keep thinking about Sophie's point on cold-chain data from the growers.", True),
        ("The grading line upgrade Sophie described sounds like a big step for the co-op.", True),
        ("Sophie's outline of the hiring timeline was very clear, thank you.", False),
        ("I keep thinking about your point on cold-chain data from the growers.", False),
    ],
)
def test_a_point_is_credited_to_the_interviewer_who_raised_it(tmp_path, middle, moved) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:misattributed_credit" in fired(draft, "claims")) is moved, middle


@pytest.mark.parametrize(
    ("middle", "claimed"),
    [
        ("Getting grader spare parts from Italy on time is something I have already solved at Riverbend Fruit.", True),
        ("Cutting packhouse rejects is something I have already done at Riverbend Fruit.", False),
    ],
)
def test_their_challenge_claimed_as_done_in_a_cleft(tmp_path, middle, claimed) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:unsupported_claim" in fired(draft, "claims")) is claimed, middle


def test_our_for_their_parts_named_with_a_preposition(tmp_path) -> None:
    middle = "I would love to help get our parts for the optical grader from Italy faster."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:not_our_team" in fired(draft, "claims")


def test_a_highlight_with_its_own_result_then_a_second_highlight_is_no_causal_link(tmp_path) -> None:
    middle = (
        "At Riverbend Fruit I ran the grading review that cut packhouse rejects from 7% to 4% and led a packing "
        "crew of 40 through the season."
    )
    draft = run(load(tmp_path), thanks(middle))
    assert "error:causal_link" not in fired(draft, "claims")


def test_two_highlights_fused_into_cause_and_effect_still_are(tmp_path) -> None:
    middle = "At Riverbend Fruit I led a packing crew of 40, which cut packhouse rejects from 7% to 4%."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:causal_link" in fired(draft, "claims")


def test_work_named_before_i_with_a_date_between_is_that_work(tmp_path) -> None:
    middle = "The packing crew I led in my Riverbend years was good training for running a night shift."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:unsupported_claim" not in fired(draft, "claims")


@pytest.mark.parametrize(
    ("middle", "linked"),
    [
        ("The long wait for grader spare parts from Italy probably stems from the grading line upgrade.", True),
        ("The cold-chain data from the growers is a symptom of the spare parts for the grader arriving late.", True),
        ("The long wait for grader spare parts stems from them having to arrive from Italy.", False),
    ],
)
def test_a_cause_told_after_its_effect_between_two_of_their_items(tmp_path, middle, linked) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:causal_link" in fired(draft, "claims")) is linked, middle


@pytest.mark.parametrize(
    ("middle", "added"),
    [
        ("At Riverbend Fruit I led a packing crew of 40, many of them on the optical grader night shift.", True),
        ("At Riverbend Fruit I led a packing crew of 40, most of them on the packing floor at Riverbend Fruit.", False),
        ("I enjoyed meeting the growers, many of them on the co-op board.", False),
    ],
)
def test_a_detail_singled_out_of_own_work_must_be_in_the_notes(tmp_path, middle, added) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert ("error:unsupported_claim" in fired(draft, "claims")) is added, middle


def test_a_credential_with_a_clipped_word_is_the_one_the_notes_name(tmp_path) -> None:
    """since_interview: 'finished the Cold Chain Admin course'; the draft says it the same way, clipped word and all."""
    notes = load(tmp_path)
    notes = notes.model_copy(
        update={
            "candidate": notes.candidate.model_copy(
                update={"since_interview": ["finished the Cold Chain Admin course"]}
            )
        }
    )
    said = "Since we spoke I've finished the Cold Chain Admin course, which gave me ideas for the grower data."
    draft = run(notes, thanks(said))
    assert fired(draft, "claims") == []


@pytest.mark.parametrize(
    ("middle", "code"),
    [
        # the night shift is Hemi's idea; the candidate's own items hold rejects, an exam, rugby and a crew
        (
            "My dissertation modelled a second grading shift at night, so I know where it would pinch.",
            "unsupported_claim",
        ),
        (
            "The five-week wait for grader parts is clearly what pushed the grading line upgrade back to 2027.",
            "causal_link",
        ),
    ],
)
def test_own_work_as_the_doer_and_a_hedged_cause(tmp_path, middle, code) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert f"error:{code}" in fired(draft, "claims"), middle


def test_own_work_as_the_doer_of_its_own_subject_is_fine(tmp_path) -> None:
    middle = "My project at Riverbend Fruit tracked packhouse rejects by lane, and cut them from 7% to 4%."
    draft = run(load(tmp_path), thanks(middle))
    assert "error:unsupported_claim" not in fired(draft, "claims")


@pytest.mark.parametrize(
    "middle",
    [
        "Since we spoke I wrote up a one-page note on how I would cut spare-part waits for the optical grader.",
        "During my studies at Lincoln University the optical grader was my favourite machine to take apart.",
    ],
)
def test_a_note_written_for_them_or_where_one_studied_is_no_claim_of_their_work(tmp_path, middle) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert "error:unsupported_claim" not in fired(draft, "claims"), middle
