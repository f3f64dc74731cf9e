"""A contrast jotted with a bare 'not' is said with a comma, and an adjective left without its noun gets it back
('the regulator wants explainable scores, not black-box' → '…, not black-box ones'); other uses of 'not' stay."""

from __future__ import annotations

import pytest

from afterview.writer.contrast import said_contrast


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "how the regulator wants explainable scores, not black-box.",
            "how the regulator wants explainable scores, not black-box ones.",
        ),
        ("how you want weekly KPIs not end-of-month reports.", "how you want weekly KPIs, not end-of-month reports."),
        ("why they need paper forms not digital.", "why they need paper forms, not digital."),
        ("she wants detailed estimates, not rough.", "she wants detailed estimates, not rough ones."),
    ],
)
def test_a_jotted_contrast_is_said_whole(sentence: str, said: str) -> None:
    assert said_contrast(sentence) == said


@pytest.mark.parametrize(
    "sentence",
    [
        "records not updated after two dry summers.",
        "too many trainee pilots, not enough experienced supervisors.",
        "technical drawings, not renders.",
        "day-pass users not converting to monthly.",
        "growing US sales, not only EU.",
        "the doors do not close.",
    ],
)
def test_other_nots_stay(sentence: str) -> None:
    assert said_contrast(sentence) == sentence
