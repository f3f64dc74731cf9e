"""A headline jotted with an ordinal before its noun ('4th bakery opened in Leeds') takes its article in a
sentence; a name after the ordinal keeps the words as they are. Notes invented for this test."""

from __future__ import annotations

import pytest

from afterview.writer.items import news_shape


@pytest.mark.parametrize(
    ("item", "clause"),
    [
        ("4th bakery opened in Leeds (Oct)", "the 4th bakery opened in Leeds"),
        ("21st store opened in Porto", "the 21st store opened in Porto"),
        ("opened a 3rd kiln in May", "Kilnworks opened a 3rd kiln in May"),
    ],
)
def test_an_ordinal_subject_takes_its_article(item: str, clause: str) -> None:
    assert news_shape(item, "Kilnworks")["clause"] == clause


def test_a_name_after_the_ordinal_is_left_alone() -> None:
    assert news_shape("5th Avenue store opened in May", "Kilnworks")["clause"] in (
        None,
        "5th Avenue store opened in May",
    )
