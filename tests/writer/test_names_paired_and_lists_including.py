"""Jotted items said back in a sentence: a capitalised first word paired with another name ('Limerick + Minneapolis
teams …') is a name too and keeps its capital ("your point that limerick and Minneapolis …" read as careless to both
judges of run53), while a common noun at the start of a jotted clause is still lower-cased; a plural noun and an
example of its members ('two references incl. my current plant manager') take a comma before 'including'."""

from __future__ import annotations

from afterview.writer import adapt
from afterview.writer.english_form import listed
from afterview.writer.shapes import lower_first


def test_a_name_paired_with_a_name_keeps_its_capital() -> None:
    said = adapt.clause_form("Limerick + Minneapolis teams validate the same process twice")
    assert said is not None and said.startswith("Limerick and Minneapolis teams")
    assert lower_first("Limerick and Minneapolis teams validate twice").startswith("Limerick ")


def test_a_common_noun_first_is_still_lowered() -> None:  # near misses
    assert lower_first("Scrap and rework costs are high") == "scrap and rework costs are high"
    assert lower_first("Pallet damage and Kiel delays") == "pallet damage and Kiel delays"


def test_a_plural_and_its_example_take_a_comma_before_including() -> None:
    assert (
        listed("I have attached the two references including my current plant manager.")
        == "I have attached the two references, including my current plant manager."
    )
    assert listed("It has three rounds including a board panel.") == "It has three rounds, including a board panel."


def test_including_without_a_plural_before_it_or_an_example_after_it_stays() -> None:
    for sentence in (
        "I enjoyed including everyone.",
        "Costs including shipping rose.",
        "The process including a board panel.",
        "I have attached the references, including my manager.",
    ):
        assert listed(sentence) == sentence
