"""Issue 17: the gate (writer/gate.py, writer/verbless.py) said no to items that read as written English in their
frame, so a decider's thank-you fell back to stock lines. A gerund is the verb of its phrase, a preposition with a
number is no predicate, a verb's base form before a noun may name it ('the reload turnaround'); a predicate jotted
without its verb is still no phrase. Phrases written for this test (breweries, ferries, kilns, orchards)."""

from __future__ import annotations

import pytest

from afterview.writer.gate import problem

READS = [
    ("expanding from 3 to 7 taprooms by 2029", "noun"),
    ("scaling from 2 to 6 kilns by 2030", "noun"),
    ("my experience cutting ferry turnaround from 40 to 25 minutes", "noun"),
    ("my experience planting 40 hectares of cider apples", "noun"),
    ("the crew rotation after 3 long winters", "noun"),
    ("the refill schedule at your Tromsø depot", "noun"),
    ("the edit queue at your Leeds studio", "noun"),
    ("keeping the sourdough starter healthy", "noun"),
    ("my Barcelona half marathon 2023", "noun"),
    ("my Wine Spirit Level 2", "noun"),
    ("onboarding drivers for their first 3 night runs", "noun"),
    ("how your vans wait about 3 days for parts", "noun"),
    ("how the bottling line takes about 2 shifts", "noun"),
    ("how tickets take about 4 days to close", "noun"),
    # a plural noun first, which the tagger reads as a verb before the verb that agrees with it
    ("pallets wait up to two hours at the dock", "clause"),
]

STILL_NOTES = [
    ("the kiln crew short 2 firers", "noun", "a predicate without its verb"),
    ("taproom sales about 30% of revenue", "noun", "a predicate without its verb"),
    ("callbacks up about 15% since May", "noun", "a predicate without its verb"),
    ("canning rate stuck about 20 cans", "noun", "a predicate without its verb"),
    ("weekend shifts first 2 months", "noun", "a predicate without its verb"),
    ("my experience cutting bottle returns about 1 per 500 cases", "noun", "a predicate without its verb"),
    ("bottle breakage from 4% to 1%", "noun", "a result without its verb"),
    ("your setup takes take about 2 hours", "clause", "two verbs in a row"),
    ("the wants someone to run the taproom", "noun", "article before a verb"),
]


@pytest.mark.parametrize(("text", "form"), READS, ids=[r[0][:30] for r in READS])
def test_written_english_in_its_frame_passes_the_gate(text: str, form: str) -> None:
    assert problem(text, form) is None


@pytest.mark.parametrize(("text", "form", "why"), STILL_NOTES, ids=[s[0][:30] for s in STILL_NOTES])
def test_a_predicate_jotted_without_its_verb_is_still_rejected(text: str, form: str, why: str) -> None:
    assert problem(text, form) == why


@pytest.mark.parametrize(
    "item", ["how the night rota for the two wards works", "how the booking system for the two sites works"]
)
def test_a_how_clause_whose_verb_comes_after_its_subjects_phrase_has_a_verb(item: str) -> None:
    assert problem(item, "noun") is None


@pytest.mark.parametrize("item", ["how the cost of delays", "how the rota for nights"])
def test_a_how_clause_that_ends_on_its_phrases_noun_still_has_none(item: str) -> None:
    assert problem(item, "noun") == "no verb"


@pytest.mark.parametrize(
    "item", ["how the kitchen wants prep cooks on knives, not dishes", "how the shop is mostly walk-ins, not bookings"]
)
def test_a_short_contrast_closing_the_clause_is_no_aside(item: str) -> None:
    assert problem(item, "noun") != "aside after a comma"


def test_an_aside_after_a_comma_is_still_one() -> None:
    assert problem("how the shop is mostly walk-ins, Saturdays busiest", "noun") == "aside after a comma"
