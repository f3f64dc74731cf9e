"""A phrase cut from a notes item keeps the item's point, and a frame never takes a figure jotted after its
noun or a fact inside "how …" (writer/head_noun.keeps_point, writer/gate.problem)."""

from __future__ import annotations

import pytest

from afterview.writer.gate import problem
from afterview.writer.head_noun import keeps_point, short_noun


@pytest.mark.parametrize(
    ("item", "named"),
    [
        ("Tết = ~35% of annual sales", "the annual sales"),  # the figure is the point
        ("3,000+ retail points, mostly family-run electronics shops", "the retail points"),
        ("their own audit, about half the POSM sent to shops never gets displayed", "the own audit"),
        ("only sell-in data today, no sell-out from most dealers", "the only sell-in data today"),
        ("Dr Vogel: new line = scale-up from 2 t pilot batches to 20 t", "the Dr Vogel"),
        ("which DoE tools do I use?", "the DoE tools"),  # a jotted question
        ("the night team never sees the handover notes", "the handover notes"),
    ],
)
def test_a_noun_phrase_that_drops_the_point_is_not_said(item: str, named: str) -> None:
    assert not keeps_point(item, named)


@pytest.mark.parametrize(
    ("item", "named"),
    [
        ("manager wants someone to own the WMS cutover", "the WMS cutover"),
        ("council pushback on road diets", "the council pushback"),
        ("180 lift staff this season", "the 180 lift staff"),
        ("operators log deviations on paper, engineers find out next day", "operators log deviations on paper"),
        ("foaming in the letdown step -> ~1 in 12 batches held for QC", "foaming in the letdown step"),
        ("relocation to Esbjerg, Danish lessons paid", "the Danish lessons"),  # one part of a list
    ],
)
def test_a_noun_phrase_that_keeps_the_point_may_be_said(item: str, named: str) -> None:
    assert keeps_point(item, named)


@pytest.mark.parametrize(
    "item",
    [
        "Tết = ~35% of annual sales",
        "their own audit, about half the POSM sent to shops never gets displayed",
        "only sell-in data today, no sell-out from most dealers",
    ],
)
def test_short_noun_gives_nothing_rather_than_a_stripped_head(item: str) -> None:
    assert short_noun(item) is None


@pytest.mark.parametrize(
    "text",
    [
        "partnership goal $6M in year 1 of the new stadium",
        "your fundraising target €2M by spring",
        "donor retention 38%",
        "front-of-kit sponsor not renewing after the 2026 season",
    ],
)
def test_a_figure_after_its_noun_is_not_put_in_a_frame(text: str) -> None:
    assert problem(text, "noun") is not None


@pytest.mark.parametrize(
    "text", ["how programme is 8 weeks", "how the team is 3 account execs", "how onboarding is about 6 weeks"]
)
def test_a_fact_is_not_said_as_a_how_clause(text: str) -> None:
    assert problem(text, "noun") is not None


@pytest.mark.parametrize(
    "text",
    [
        "how the rota is built",
        "how the unit is changing",
        "the $6M goal for year 1",
        "how you raised $6M in year 1",
        "relocation of up to £3,000",
        "my experience cutting batch cycle time 11% on line 2",
    ],
)
def test_manners_and_figures_with_their_words_still_read(text: str) -> None:
    assert problem(text, "noun") is None


def test_a_result_with_its_verb_keeps_its_figure() -> None:
    assert problem("I cut batch cycle time 11% on line 2 by changing the cooling ramp", "clause") is None


@pytest.mark.parametrize(
    "text", ["the field season Sept-March", "the busy season Jun-Aug", "the field season Sept–March"]
)
def test_a_month_range_jotted_with_a_clipped_month_is_not_said(text: str) -> None:
    assert problem(text, "noun") is not None


@pytest.mark.parametrize("text", ["the field season from September to March", "the Anglo-Saxon charters"])
def test_a_range_written_out_or_a_hyphenated_name_still_reads(text: str) -> None:
    assert problem(text, "noun") is None
