"""checks49: a capitalised word that is general knowledge is no unsupported name (a clipped form or demonym of a
notes word, a clipped common noun, an eponymous method, a numbered designation, a place as geography or in a
pleasantry), while an invented person or organisation, a misspelt interviewer and a place the company is said to
act in are still reported. Drafts invented here, on four trades' notes (trades_case.py)."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        # a clipped form or a demonym of a capitalised notes word
        ("bakery", "I would love to help grow the Insta following for the croissants."),
        ("wind", "It was good to meet a fellow Esbjerger on the rope access crews."),
        ("pharmacy", "It was lovely to meet a fellow Nagpurkar on the panel."),
        ("freight", "I would be glad to help plan the Guatemalan and Hondurian routes."),
        # a clipped common noun
        ("wind", "I learnt blade repair at Uni before going offshore."),
        # an eponymous method or law
        ("freight", "For slow depots I would try Croston's method before anything fancier."),
        ("wind", "Betz's law sets the ceiling, but blade condition decides how close we get."),
        ("pharmacy", "Little's law helped me size the dispensing queue on the oncology ward."),
        ("bakery", "The Maillard reaction on the laminated dough was fascinating to discuss."),
        # a common noun capitalised before its number
        ("wind", "I hold Level 3 rope access and would be glad to lead the crews."),
        ("bakery", "I completed Part 2 of the pastry diploma last spring."),
        ("freight", "I played in Division II football while studying logistics."),
        ("pharmacy", "I passed Paper 4 of the pharmacology exam on the first try."),
        # a place as general geography
        ("bakery", "Cafés across the Rhône region would love those croissants."),
        ("wind", "I have worked in Baltic waters as well as on the 40 offshore turbines."),
        ("pharmacy", "Slow-moving drugs are a problem across the Vidarbha region too."),
        ("freight", "Demand forecasting is hard in the Bajío area as well."),
    ],
)
def test_general_knowledge_is_no_unsupported_name(trade: str, line: str) -> None:
    body = f"Thank you for the interview on Tuesday. {line}"
    assert "unsupported_name" not in codes(check(trade, Kind.thank_you, body), "facts")


@pytest.mark.parametrize(
    ("trade", "place"),
    [("bakery", "Villeurbanne"), ("wind", "Ribe"), ("pharmacy", "Hadapsar"), ("freight", "Apodaca")],
)
def test_a_pleasantry_about_their_town_is_no_unsupported_name(trade: str, place: str) -> None:
    body = f"I hope all is well in {place}. Is there any update on the timeline for the role?"
    assert "unsupported_name" not in codes(check(trade, Kind.status_check, body), "facts")


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        # an invented colleague or organisation
        ("bakery", "I also enjoyed meeting Sophie Marchand from the pastry team."),
        ("wind", "Congratulations on the new contract with Vattenfall."),
        # a place the company is said to act in, which the notes never give
        ("pharmacy", "Congratulations on the new satellite pharmacy in Aurangabad."),
        ("freight", "It was exciting to hear about the new depot in Saltillo."),
        # a method credited to someone invented is still a person's name when no method follows
        ("freight", "I also spoke with Croston about the routes."),
    ],
)
def test_invented_people_and_their_places_are_still_reported(trade: str, line: str) -> None:
    body = f"Thank you for the interview on Tuesday. {line}"
    assert "unsupported_name" in codes(check(trade, Kind.thank_you, body), "facts")


@pytest.mark.parametrize(
    ("trade", "greeting"), [("bakery", "Lucc"), ("wind", "Mete"), ("pharmacy", "Rahull"), ("freight", "Lucoa")]
)
def test_a_misspelt_interviewer_is_still_reported(trade: str, greeting: str) -> None:
    found = check(trade, Kind.thank_you, "Thank you for the interview on Tuesday.", greet=greeting)
    assert "misspelled_name" in codes(found, "facts")
