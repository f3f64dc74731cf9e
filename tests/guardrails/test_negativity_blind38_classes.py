"""Negativity false alarms of blind38 (spent after its one run), each written here in other words with near misses
that must keep their finding: a frustration of theirs the candidate says they know ("It is a frustration I know
well"), and a free relative after a verb ("the count matches who actually shows up"), which runs no one down."""

from __future__ import annotations

import pytest
from dispatch_case import negativity_codes as negativity


@pytest.mark.parametrize(
    "line",
    [
        "Late trailers are a frustration I understand well from my own depot.",
        "Missed slots are a headache we know well at Setúbal.",
        "I kept the roster for a 40-driver yard, so I know how much smoother a night is when the plan matches who "
        "actually shows up.",
    ],
)
def test_their_problem_known_or_a_free_relative_is_no_complaint(line: str) -> None:
    assert negativity(line) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Honestly, the wait since our interview has been a real frustration.",
        "It was great to meet a manager who actually listens, unlike my last one.",
    ],
)
def test_a_complaint_or_a_backhanded_contrast_is_still_flagged(line: str) -> None:
    assert negativity(line)
