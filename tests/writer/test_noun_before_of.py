"""A word that is both a noun and the past of another verb, followed by 'of', is the noun: 'crew of 14' is a
crew, never 'crowing of 14' (issue 17: a garbled topic judged in a blind pair). Own items."""

from __future__ import annotations

import pytest

from afterview.writer.adapt import topic
from afterview.writer.shapes import classify


@pytest.mark.parametrize("item", ["crew of 9 on the night line", "bore of the old intake pipes"])
def test_a_noun_before_of_is_kept_as_a_noun(item: str) -> None:
    said = topic(item)
    assert said.split()[-3:] == item.split()[-3:]
    assert "ing " not in said.split(" of ")[0], said
    assert classify(item) == "noun"


def test_a_past_verb_with_its_object_still_reads_as_done() -> None:
    assert topic("lost 3 cellar hands this year").startswith("losing 3 cellar hands")
