"""checks49: a sleepless night or thoughts held by their problem ("I couldn't sleep for thinking about your routing
puzzle") and a look back at a slip ("I hope the slip didn't count against me") are figures of speech, not desperate;
a night lost to the wait for their answer and a plea for the pending decision still are. Drafts invented here, on
four trades' notes (trades_case.py)."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    ("trade", "kind", "line"),
    [
        ("freight", Kind.thank_you, "I couldn't sleep for thinking about your routing puzzle."),
        ("wind", Kind.thank_you, "I honestly couldn't sleep after the interview, thinking about the blade data."),
        ("bakery", Kind.thank_you, "I have not been able to stop thinking about the lamination problem."),
        ("pharmacy", Kind.status_check, "I couldn't sleep, so I thought I'd write: is there any update on the role?"),
        ("bakery", Kind.feedback_request, "I hope the slip on the costing question didn't count against me."),
        ("wind", Kind.feedback_request, "I hope my nerves in the first round did not count against me."),
    ],
)
def test_figures_of_speech_are_not_desperate(trade: str, kind: Kind, line: str) -> None:
    opener = {
        Kind.thank_you: "Thank you for the interview on Tuesday.",
        Kind.status_check: "I hope you are well.",
        Kind.feedback_request: "Thank you for letting me know your decision. Could you share any feedback?",
    }[kind]
    found = check(trade, kind, f"{opener} {line}", outcome="rejected" if kind is Kind.feedback_request else "pending")
    assert "desperate" not in codes(found, "tone")


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("freight", "I can't sleep until I hear about the decision."),
        ("wind", "Waiting for your answer, I couldn't sleep at all."),
        ("bakery", "I was slow on the costing question, and I hope it won't count against me."),
        ("pharmacy", "I can't stop thinking about the job."),
    ],
)
def test_pleas_for_the_pending_decision_are_still_desperate(trade: str, line: str) -> None:
    found = check(trade, Kind.status_check, f"I hope you are well. Is there any update on the timeline? {line}")
    assert "desperate" in codes(found, "tone")
