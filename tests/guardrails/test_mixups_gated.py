"""The homophone and word-form rules run behind their literal gates (stop 53, for speed): the gate only skips a
pattern where none of its words is in the text, so the findings must be those of the plain patterns, slip for slip.
(Measured on 11,019 corpus drafts when made: identical, 649 findings; 0.98 -> 0.52 ms a draft.)"""

from __future__ import annotations

import pytest

from afterview.guardrails.grammar import mixups

SLIPS = [
    "I hope their doing well after the audit.",
    "Your right that the backlog matters, and I would love to help you're team.",
    "The new line runs faster then the old one.",
    "I would hate to loose the momentum we built.",
    "Its clear that the rota needs work, and I appreciated you honesty about it.",
    "I enjoyed meeting the team and hearing about the new site.",  # no slip: both say nothing
]


@pytest.mark.parametrize("text", SLIPS)
def test_the_gated_rules_find_what_the_plain_ones_do(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [(f.code, f.span) for f in mixups.word_mixups(text)]
    monkeypatch.setattr(mixups, "_GATED", mixups._MIXUPS)
    plain = [(f.code, f.span) for f in mixups.word_mixups(text)]
    assert gated == plain


def test_the_slips_are_found_at_all() -> None:
    found = {f.code for text in SLIPS for f in mixups.word_mixups(text)}
    assert {"then_than", "lose_loose"} <= found, found
