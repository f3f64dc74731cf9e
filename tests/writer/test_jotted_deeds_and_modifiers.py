"""Two jotting shapes blind judges quoted as garbled (run59, spent), fixed as classes:
- a second deed jotted with its own change ('trained 45 annotators, cut new-hire ramp from 3 wks to 10 days') is said
  as the candidate's deed, never 'and cut new-hire ramp went from three weeks to ten days';
- an adjective before an -ing word is its modifier ('Listeria environmental monitoring around the blast freezers'), so
  no verb is put between the noun and it ('Listeria is environmental monitoring …'), unless the adjective takes a
  gerund ('ward staff busy covering nights')."""

from __future__ import annotations

import pytest

from afterview.writer import adapt
from afterview.writer.items import tie_clause


@pytest.mark.parametrize(
    ("highlight", "said"),
    [
        ("trained 45 annotators, cut new-hire ramp from 3 wks to 10 days", "and cut new-hire ramp from 3 weeks to 10"),
        ("set up a triage desk, reduced wait times from 40 min to 12 min", "and reduced wait times from 40 minutes"),
        ("rebuilt the bakery rota, lowered overtime from 22% to 9%", "and lowered overtime from 22% to 9%"),
        ("ran the pilot, brought scrap from 6% to 2%", "and brought scrap from 6% to 2%"),
    ],
)
def test_a_second_deed_with_its_change_stays_a_deed(highlight: str, said: str) -> None:
    clause = tie_clause(highlight) or ""
    assert clause.startswith("I "), clause
    assert said in clause, clause
    assert " went from " not in clause, clause


@pytest.mark.parametrize(
    "highlight",
    ["rebuilt the roster, overtime from 22% to 9%", "led the switch to e-invoicing, close days from 9 to 5"],
)
def test_a_change_jotted_without_a_verb_still_went(highlight: str) -> None:
    assert " went from " in (tie_clause(highlight) or "")


@pytest.mark.parametrize(
    "item",
    [
        "Listeria environmental monitoring around the blast freezers",
        "pump station remote monitoring after storms",
        "donor digital fundraising since the merger",
        "line 2 manual packing on night shift",
    ],
)
def test_an_adjective_before_an_ing_noun_gets_no_verb(item: str) -> None:
    said = adapt.topic(item) or ""
    assert " is " not in said and " are " not in said, said
    assert adapt.clause_form(item) is None


def test_an_adjective_that_takes_a_gerund_still_gets_its_verb() -> None:
    assert adapt.clause_form("ward staff busy covering nights") == "the ward staff is busy covering nights"


@pytest.mark.parametrize(
    ("highlight", "said"),
    [
        ("co-authored chapter on double materiality in the handbook", "I co-authored a chapter on double materiality"),
        ("managed team of 12 welders", "I managed a team of 12 welders"),
        ("wrote guide for new drivers", "I wrote a guide for new drivers"),
        ("opened office in Lyon", "I opened an office in Lyon"),
    ],
)
def test_a_deeds_bare_object_gets_its_article(highlight: str, said: str) -> None:
    assert (adapt.highlight_clause(highlight) or "").startswith(said)


@pytest.mark.parametrize(
    "highlight",
    ["led research on soil carbon", "ran support for 3 clinics", "trained 45 annotators", "shipped offline sync for a"
     " field-service app", "led the Kafka migration at Northwind"],
)  # fmt: skip
def test_a_mass_plural_or_modified_object_is_left_as_jotted(highlight: str) -> None:
    assert adapt.highlight_clause(highlight) == "I " + highlight
