"""A placeholder left in a thank-you ("[specific project he mentioned]", "[insert example from Efua's part]") is the
placeholders check's fault; the 'he' or the name inside its brackets is the template's note to the writer, not the
letter speaking about its reader (blind41, blind44). Outside the brackets the same words are still flagged."""

from __future__ import annotations

import pytest
from checks53_case import TRADES, check, codes

from afterview.vocabulary import Kind

INSIDE = {
    "ferry": "I was also interested to hear about [the route change he mentioned] and the Vis timetable.",
    "cocoa": "I really appreciated hearing about [insert specific example from Efua's part of the interview].",
    "lifts": "I enjoyed hearing about {the project he is most proud of} and the winter inspections.",
    "seeds": "I was glad to hear about [name of the trial he described] and the drying room.",
}


@pytest.mark.parametrize("trade", sorted(TRADES))
def test_a_pronoun_or_name_inside_a_placeholder_is_not_the_letters(trade: str) -> None:
    body = f"Thank you for meeting me last week. {INSIDE[trade]} I would be glad to help."
    found = check(trade, Kind.thank_you, body)
    assert "third_person_recipient" not in codes(found, "fluency")
    assert codes(found, "placeholders")  # the fault is still reported, by its own check


OUTSIDE = {
    "ferry": "I was also interested to hear about the route change he mentioned and the Vis timetable.",
    "cocoa": "I really appreciated hearing about Efua's plans for the village sheds.",
    "lifts": "I enjoyed hearing about the project he is most proud of and the winter inspections.",
    "seeds": "I was glad to hear about the trial he described and the drying room.",
}


@pytest.mark.parametrize("trade", sorted(TRADES))
def test_the_same_words_outside_brackets_still_speak_about_the_reader(trade: str) -> None:
    body = f"Thank you for meeting me last week. {OUTSIDE[trade]} I would be glad to help."
    assert "third_person_recipient" in codes(check(trade, Kind.thank_you, body), "fluency")
