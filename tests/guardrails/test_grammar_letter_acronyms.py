"""'an' before an acronym said letter by letter ('an FAA-qualified biologist', 'an MBA') is right as written; Harper
reads the letters as a word and asks for 'a' (blind38: eight drafts of one author, all fine, given an error)."""

from __future__ import annotations

import pytest

from afterview.guardrails.grammar.harper_engine import HarperEngine


@pytest.mark.parametrize(
    "sentence",
    [
        "As an FAA-qualified airport wildlife biologist, I would be glad to help.",
        "I hold an MBA from the University of Leeds.",
        "She is an HR officer at the plant.",
        "I spent four years at an NHS trust.",
    ],
)
def test_an_before_an_acronym_said_as_letters_is_no_error(sentence: str) -> None:
    assert not [f for f in HarperEngine().check(sentence, []) if f.code == "a_an"]


@pytest.mark.parametrize("sentence", ["I bought an car last week.", "It was an useful talk."])
def test_a_wrong_article_before_a_word_is_still_an_error(sentence: str) -> None:
    assert [f.severity for f in HarperEngine().check(sentence, []) if f.code == "a_an"] == ["error"]
