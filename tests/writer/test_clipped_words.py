"""Clipped words a candidate jots ("rn", "cttee") written out by the writer (shorthand_words.CLIPPED_WORDS)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("grading incoming bales by hand rn", "grading incoming bales by hand right now"),
        ("CCO reporting line into board risk cttee", "CCO reporting line into board risk committee"),
        ("short-staffed atm", "short-staffed at the moment"),
        # capitals are an acronym, never the clipped word
        ("RN shortage on nights", "RN shortage on nights"),
        ("the ATM network", "the ATM network"),
    ],
)
def test_clipped_words_of_a_note_are_written_out(jotted: str, said: str) -> None:
    from afterview.writer.shorthand import prose

    assert prose(jotted) == said
