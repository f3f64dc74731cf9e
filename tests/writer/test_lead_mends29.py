"""The lead's mends after blind run 16 (issue 17): three sentences the judge had to rewrite, each a class.

- a figure jotted after a clause's verb is that verb's object ('lab results take 48h'), never a size cut off the
  noun before it, which left the verb with nothing after it ('I was struck when you said that lab results take.');
- a problem jotted with its verb left out ('returns up since the price change') is said back with it ('returns are
  up since …'), never as the notes' fragment after "You mentioned that";
- a measure named by the state of its items ('failed payouts', 'missed pickups') is no deed of the candidate's: never
  'I failed payouts from 3.2% to 0.8%'; with the notes' "after we …" it is said as what changed, with that credit.
Cases invented here (a courier firm, a seed bank, a ferry line, an insurer's app)."""

from __future__ import annotations

import pytest

from afterview.writer import adapt
from afterview.writer.gated import said_result
from afterview.writer.head import head
from afterview.writer.shapes import highlight_clause
from afterview.writer.tie_pair import theirs


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("germination tests take 21d, batches sit in quarantine", "21d"),
        ("seed drying runs take 36h", "36h"),
    ],
)
def test_a_figure_after_a_verb_stays_its_object(item: str, kept: str) -> None:
    said = head(item)
    assert said.endswith(kept), said
    clause = adapt.clause_form(item)
    assert clause is None or not clause.rstrip(".").endswith(("take", "takes")), clause


@pytest.mark.parametrize("item", ["cold store 4,000 m2", "main kiln 3,200 t/day"])
def test_a_size_after_a_noun_is_still_cut(item: str) -> None:
    assert not any(ch.isdigit() for ch in head(item)), head(item)


@pytest.mark.parametrize(
    ("item", "said"),
    [
        (
            "missed pickups up since the depot move",
            "You mentioned that missed pickups are up since the depot move.",
        ),
        ("ferry delays up 20% since March", "You mentioned that ferry delays are up 20% since March."),
    ],
)
def test_a_problem_jotted_without_its_verb_is_said_with_it(item: str, said: str) -> None:
    assert theirs(item) == said


def test_a_problem_with_its_own_verb_is_said_as_jotted() -> None:
    assert theirs("support calls spike after every app release") == (
        "You mentioned that support calls spike after every app release."
    )


@pytest.mark.parametrize(
    "item",
    [
        "failed claims uploads 4.1% -> 1.2% (team of 3)",
        "missed pickups 9% -> 3%",
        "rejected invoices from 12% to 5%",
    ],
)
def test_a_measure_named_by_a_state_is_no_deed_of_mine(item: str) -> None:
    assert highlight_clause(item) is None
    said = said_result(item) or ""
    assert not said.startswith(("I failed", "I missed", "I rejected")), said


def test_the_notes_credit_after_we_is_kept() -> None:
    said = said_result("failed claims uploads 4.1% -> 1.2% after we added offline retries (team of 3)")
    assert said == "in a previous role, failed claims uploads went from 4.1% to 1.2% after we added offline retries"


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("reduced fuel costs 30% -> 22%", "I reduced fuel costs from 30% to 22%"),
        ("cut missed pickups 9% -> 3%", "I cut missed pickups from 9% to 3%"),
    ],
)
def test_a_verb_of_change_is_still_my_deed(item: str, said: str) -> None:
    assert said_result(item) == said
