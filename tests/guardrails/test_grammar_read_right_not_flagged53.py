"""Three grammar false alarms on drafts their authors called clean (blind44), each a class: a relative clause
without 'that' before the verb ("The details you gave on the allowance were helpful": the subject is 'details',
not 'gave'); "it's" before a wh-clause ("it's what made the tastings work": it is); and 'worst' with a time after
it ("gets worst exactly when the crush peaks": the superlative of degree). Their faulty twins are still flagged."""

from __future__ import annotations

import pytest
from checks53_case import check, codes

from afterview.vocabulary import Kind


def _grammar(trade: str, line: str) -> set[str]:
    return codes(check(trade, Kind.thank_you, f"Thank you for meeting me last week. {line}"), "grammar")


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "The details you gave on the crew rota for the summer season were very helpful."),
        ("cocoa", "The figures we went through on the purchasing routes at Bekwai were a good start."),
        ("lifts", "The notes I took on the inspection plan for the winter were useful afterwards."),
        ("seeds", "The questions they asked about the drying room in the new wing were fair."),
    ],
)
def test_a_relative_clause_without_that_is_not_the_subject(trade: str, line: str) -> None:
    assert "agreement" not in _grammar(trade, line)


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "The list of sailings for the summer routes were long."),
        ("cocoa", "The record of payments to the village sheds were late."),
        ("lifts", "The plan for inspections on the old chairlifts were ready."),
        ("seeds", "The catalogue of seed lots in the vault were complete."),
    ],
)
def test_a_singular_head_with_a_plural_verb_is_still_flagged(trade: str, line: str) -> None:
    assert "agreement" in _grammar(trade, line)


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "I rebuilt the booking system, and it's what kept the ferries full."),
        ("cocoa", "Weighing at the sheds matters, and it's where most disputes start."),
        ("lifts", "Downtime is costly, and it's why I plan inspections early."),
        ("seeds", "Germination testing is slow, and it's how old lots are kept alive."),
    ],
)
def test_its_before_a_wh_clause_is_it_is(trade: str, line: str) -> None:
    assert "its_its" not in _grammar(trade, line)


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "Demand gets worst exactly when the island routes open."),
        ("cocoa", "Queues at the sheds are worst during the main crop."),
        ("lifts", "Downtime is worst in the first week of the season."),
        ("seeds", "Mould gets worst when the drying room is full."),
    ],
)
def test_worst_with_a_time_after_it_is_the_superlative(trade: str, line: str) -> None:
    assert _grammar(trade, line) == set()
