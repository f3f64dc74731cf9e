"""Classes read from blind17's tune half (issue 15, checks15), each tested on the made-up greenhouse interview of
test_checks15_classes.py with other names and wordings than the drafts they were read from."""

from __future__ import annotations

import pytest
from test_checks15_classes import _codes

from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts
from afterview.guardrails.fluency import check_fluency
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.purpose import check_purpose
from afterview.vocabulary import Kind


# After "'d", a verb whose past form is its base form reads as a wish; asked about with "how", no work is claimed.
@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        ("I could have said more about how I'd cut the rejections at the Miami hub.", False),
        ("I'd run the cold-room loading checks differently, given the chance.", False),
        ("At Verdeluz Farms I'd already fixed the cold-room doors left open during loading.", True),
    ],
)
def test_a_wish_after_would_is_no_claim(said: str, claimed: bool) -> None:
    assert ("unsupported_claim" in _codes(check_claims, said)) is claimed


# A document drafted for them, whatever its adjectives, is preparation, not past work.
def test_a_checklist_sketched_for_them_is_no_claim() -> None:
    said = "Since we spoke I sketched out a simple one-page loading checklist for the cold-room doors."
    assert "unsupported_claim" not in _codes(check_claims, said, Kind.status_check)


# A feedback request may ask for their view on what weighed, without the word 'feedback'.
@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("I would be grateful for your view on whether my answers on water use were the gap.", True),
        ("I would welcome your thoughts on what held my application back.", True),
        ("I enjoyed our talk about water use and wish the team well.", False),
    ],
)
def test_their_view_on_what_weighed_asks_for_feedback(said: str, asks: bool) -> None:
    assert ("no_feedback_question" not in _codes(check_purpose, said, Kind.feedback_request)) is asks


# A status check that presses for an answer still asks about the decision (pushy is the tone check's).
@pytest.mark.parametrize(
    "said",
    ["I hope you can give me an answer by Friday.", "It would be great to hear something soon about the role!"],
)
def test_pressing_for_an_answer_still_asks_about_the_decision(said: str) -> None:
    opening = "I wanted to follow up on the Greenhouse Operations Lead role."
    assert "no_status_question" not in _codes(check_purpose, said, Kind.status_check, opening=opening)


# A figure with thousands separators is one number, not its groups of digits.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Hortalia must ship around 18,000 boxes a week.", True),
        ("Moving from 4 to 7 sites is a big step.", False),
    ],
)
def test_a_figure_with_thousands_separators_is_read_whole(said: str, flagged: bool) -> None:
    assert ("unsupported_number" in _codes(check_facts, said)) is flagged


# A span's worth of records asked for is no figure from the notes.
def test_a_spans_worth_of_records_is_no_fact() -> None:
    said = "Paper logs work until an auditor asks for eight months of readings at once."
    assert "unsupported_number" not in _codes(check_facts, said)


# Patience told as spent, and their way of working called a recipe for failure.
@pytest.mark.parametrize(
    ("said", "negative"),
    [
        ("I have been very patient since the interview, so I hope to hear soon.", True),
        ("Tracking loading by memory sounds like a recipe for errors.", True),
        ("I am patient by nature, which helps with slow-growing crops.", False),
    ],
)
def test_spent_patience_and_a_recipe_for_failure_are_negative(said: str, negative: bool) -> None:
    assert bool(_codes(check_negativity, said)) is negative


# One of their items said to be the reason for another, the effect taken back with a pronoun.
@pytest.mark.parametrize(
    ("said", "linked"),
    [
        (
            "It was striking that about 6% of boxes are rejected at the Miami hub, and I suspect cold-room doors left"
            " open during loading are the main reason they fail.",
            True,
        ),
        ("The rejections at the Miami hub and the cold-room doors both sound hard to solve.", False),
    ],
)
def test_their_item_told_as_the_reason_for_another_is_a_causal_link(said: str, linked: bool) -> None:
    assert ("causal_link" in _codes(check_claims, said)) is linked


# A team's result said alone after a light verb and an adverb: "and I also got ...".
@pytest.mark.parametrize(
    ("said", "claimed"),
    [
        ("I wrote an R script for yield charts, and I also got water use down by 18% at Verdeluz Farms.", True),
        ("I wrote an R script for yield charts, and with the agronomy team we cut water use by 18%.", False),
    ],
)
def test_a_team_result_after_and_i_also_got_is_credit_taken_alone(said: str, claimed: bool) -> None:
    assert ("unsupported_claim" in _codes(check_claims, said)) is claimed


# A result added to their news that the news item does not give.
@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Congratulations on the new Latacunga site - I read it has already doubled your rose exports.", True),
        ("Congratulations on opening the 4th site in Latacunga; it must have been a big effort.", False),
        ("Congratulations on the Latacunga site, which I am sure will boost exports.", False),
        # the news told again with its own verb and figure; the candidate's own result beside it
        ("Congratulations again: you opened the fourth site in Latacunga, a milestone.", False),
        ("With the Latacunga site open, I recall how our agronomy team cut water use by 18% at Verdeluz.", False),
    ],
)
def test_a_result_added_to_their_news_is_unsupported(said: str, flagged: bool) -> None:
    assert ("unsupported_result" in _codes(check_facts, said)) is flagged


# The same first-person verb three times in one sentence is a repeated phrase.
@pytest.mark.parametrize(
    ("said", "repeated"),
    [
        ("I know the season is busy, and I know the team is small, so I know it may take time.", True),
        ("I know the season is busy, and I know it may take time.", False),
    ],
)
def test_a_first_person_verb_thrice_in_one_sentence_is_repeated(said: str, repeated: bool) -> None:
    assert ("repeated_phrase" in _codes(check_fluency, said, Kind.status_check)) is repeated
