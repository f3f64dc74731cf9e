"""The literal gate keeps a long alternation as its alternatives and finds the match the whole pattern finds
(issue 15 speed, checks44): the leftmost start, and at that start the first alternative in order."""

from __future__ import annotations

import re

import pytest

from afterview.guardrails.gate import gated, top_branches


def test_top_branches_read_past_groups_classes_and_escapes() -> None:
    assert top_branches(r"a|b(c|d)|[|x]e|f\|g") == ["a", "b(c|d)", "[|x]e", r"f\|g"]
    assert top_branches(r"[]|]x|y|z") == ["[]|]x", "y", "z"]
    assert top_branches(r"no alternation") == ["no alternation"]


PATTERN = (
    r"\bcame and went\b|\bshould have (?:heard|arrived)\b|\bcame and\b|(?<!not )\bslow(?:er)?\b|\bwent\b"
    r"|\d+ weeks\b"
)
TEXTS = [
    "It came and went without a word.",  # two alternatives start at 'came': the first in order wins
    "The boxes were slow, and it came and went.",  # the leftmost start wins, whatever its order
    "It is not slow, but I should have heard by now.",  # a lookbehind keeps its meaning
    "It has been 3 weeks.",  # an alternative with no literal text is always tried
    "Nothing here matches at all.",
    "WENT in capitals",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("flags", [0, re.I])
def test_split_alternation_finds_what_the_whole_pattern_finds(text: str, flags: int) -> None:
    whole = re.compile(PATTERN, flags)
    split = gated(PATTERN, flags)
    for pos in (0, 5):
        a, b = whole.search(text, pos), split.search(text, pos)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group()))
        a, b = whole.match(text, pos), split.match(text, pos)
        assert (a and a.span()) == (b and b.span())
    assert split._branches  # the pattern was split, so the comparison tested the split path
