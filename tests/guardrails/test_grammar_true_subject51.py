"""Grammar false alarms of blind43 said in other words (checks51): our agreement rule read a singular noun and its
verb as one plural subject ("the company helps with … makes", "while the company grows matters"); Harper called
"every one of them" a closed compound, a gerund's plural ("strandings") a mass noun pluralised, and "discussed about"
a warning. A real plural subject before a singular verb is still flagged."""

from __future__ import annotations

import pytest
from trades_case import check

from afterview.vocabulary import Kind


def _grammar(trade: str, line: str) -> set[str]:
    found = check(trade, Kind.thank_you, f"Thank you for the interview on Tuesday. {line}")
    return {f.code for f in found.findings if f.check == "grammar" and f.severity in ("error", "warning")}


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("bakery", "Knowing that the company helps with the first months of rent makes the move much easier."),
        ("wind", "Keeping the crews safe while the company grows matters to me too."),
        ("pharmacy", "Seeing how the hospital handles the night orders gives me a clear picture."),
        ("freight", "Knowing that the team expects growth in Honduras makes the role exciting."),
        ("bakery", "We talked about the orders, and every one of them is a café waiting for its croissants."),
        ("wind", "The turbine strandings in winter storms were a good example of the planning involved."),
        ("freight", "The two van breakdowns and the late landings at the hub were the puzzles we discussed about."),
    ],
)
def test_no_agreement_or_harper_false_alarm(trade: str, line: str) -> None:
    assert _grammar(trade, line) == set()


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("pharmacy", "The problems you described with the night orders is something I have solved before."),
        ("wind", "The inspections on the offshore turbines was the part I enjoyed most."),
    ],
)
def test_a_plural_subject_before_a_singular_verb_is_still_flagged(trade: str, line: str) -> None:
    assert "agreement" in _grammar(trade, line)
