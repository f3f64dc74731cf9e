"""Status asks said in other words (stop 54, lead; classes from blind40's one after-run, on the notes of
test_purpose_lead53): the role by its full title after "what is happening with", and the choice of candidate asked
about casually ("who you're going with"). Near misses beside each: what is happening with their project, and who
someone went with to a trade show, are no status ask."""

from __future__ import annotations

import pytest
from test_purpose_lead53 import _codes


@pytest.mark.parametrize(
    "ask",
    [
        "Could you please tell me what is happening with the Senior Chemist position?",
        "Would you let me know what's happening with the senior lab chemist role when you have a moment?",
        "Is there any word on who you're going with, or when?",
    ],
)
def test_the_role_or_the_choice_asked_about_in_other_words(ask: str) -> None:
    body = "Hi Maren,\n\nI hope the peak season is easing. " + ask + "\n\nThanks,\nAmara"
    assert "no_status_question" not in _codes("status_check", body)


@pytest.mark.parametrize(
    "aside",
    [
        "I'd love to know what is happening with the HPLC queue project.",
        "I heard who you went with to the trade show in Geelong.",
    ],
)
def test_their_project_or_a_trip_is_no_status_ask(aside: str) -> None:
    body = "Hi Maren,\n\nI hope the peak season is easing. " + aside + "\n\nThanks,\nAmara"
    assert "no_status_question" in _codes("status_check", body)
