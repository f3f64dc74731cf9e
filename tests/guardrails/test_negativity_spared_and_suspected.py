"""Negativity false alarms of the spent blind sets 36-41 (checks46), written here in other words: a rushed day
named only as what the interviewer spared everyone ("without making anyone feel hurried", "could easily have felt
rushed, and it did not"), and a guess about one's own answer with no verdict on it ("I suspect my answer leaned on
X", "I suspect my interview helped"). Near misses keep their finding."""

from __future__ import annotations

import pytest
from dispatch_case import negativity_codes as negativity


@pytest.mark.parametrize(
    "line",
    [
        "Three site visits in one afternoon could easily have felt rushed, and it never did.",
        "You kept a packed yard tour on time without making anyone feel hurried.",
        "The panel ran to the minute without letting it feel rushed.",
    ],
)
def test_a_rushed_day_that_was_spared_is_praise(line: str) -> None:
    assert negativity(line) == set()


@pytest.mark.parametrize(
    "line",
    [
        "I suspect my answer on the cross-dock leaned more on routing than on staffing.",
        "I suspect my interview helped a little with the night-shift question.",
    ],
)
def test_a_guess_about_my_answer_with_no_verdict_runs_nobody_down(line: str) -> None:
    assert negativity(line) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Honestly, the whole afternoon felt rushed.",
        "The yard tour seemed a bit hurried to me.",
        "I suspect my answer on the cross-dock was weak.",
        "I fear my answers on staffing were not what you needed.",
    ],
)
def test_a_rushed_day_or_an_answer_run_down_is_still_flagged(line: str) -> None:
    assert negativity(line)
