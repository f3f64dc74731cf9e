"""A season, month or quarter with its year jotted straight after its deed is said with 'in' ('the new training
centre opening spring 2027' → 'opening in spring 2027'), a clipped month written out; after a preposition or a
determiner it stays."""

from __future__ import annotations

import pytest

from afterview.writer.season_year import dated


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "All the best with the new training centre opening spring 2027.",
            "All the best with the new training centre opening in spring 2027.",
        ),
        (
            "Congratulations on launching the okidatami line Oct 2026.",
            "Congratulations on launching the okidatami line in October 2026.",
        ),
        ("The new ward opens Q2 2027 and takes 40 beds.", "The new ward opens in Q2 2027 and takes 40 beds."),
        ("Good luck with the depot move late summer 2027.", "Good luck with the depot move in late summer 2027."),
    ],
)
def test_a_time_after_its_deed_takes_in(sentence: str, said: str) -> None:
    assert dated(sentence) == said


@pytest.mark.parametrize(
    "sentence",
    [
        "We plan to open by spring 2027.",
        "The spring 2027 intake is full.",
        "It opened in March 2026.",
        "The trial runs from May 2026.",
        "It opens next spring.",
    ],
)
def test_a_time_with_its_preposition_stays(sentence: str) -> None:
    assert dated(sentence) == sentence
