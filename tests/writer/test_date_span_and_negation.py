"""Two jotted shapes a frame garbled on fresh notes (stop 41, blind judges on writer_blind38/39, now spent): a span of
dates with a dash ("internship Jul 13 - Aug 28" became "explained internship July 13 with August 28") and a negation
taken for a topic ("for going over no events on Nyepi with me")."""

from __future__ import annotations

import pytest

from afterview.writer import adapt
from afterview.writer.gate import problem
from afterview.writer.shorthand import prose


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("placement Sep 2 - Dec 19", "placement from September 2 to December 19"),
        ("audit window 4 Mar – 15 Apr", "audit window from 4 March to 15 April"),
        ("shutdown from Jan 6 - Jan 20", "shutdown from January 6 to January 20"),
    ],
)
def test_a_span_of_dates_with_a_dash_is_said_from_and_to(jotted: str, said: str) -> None:
    assert prose(jotted) == said
    assert adapt.topic(jotted).endswith(said)  # never cut at the dash ('placement September 2')


def test_a_dash_between_other_things_is_left_as_it_was() -> None:
    assert prose("Q3 2027 - Q1 2028") == "Q3 2027 - Q1 2028"


@pytest.mark.parametrize("item", ["no flights on Sundays", "not much overlap with the day shift", "never on weekends"])
def test_a_negation_is_no_topic(item: str) -> None:
    assert problem(item, "noun") == "a negation"


@pytest.mark.parametrize("item", ["the no-bid policy", "zero-waste packaging", "never-ending backlog"])
def test_a_noun_phrase_with_a_negative_word_inside_is_still_a_topic(item: str) -> None:
    assert problem(item, "noun") != "a negation"
