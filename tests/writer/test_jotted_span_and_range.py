"""Jotted items said back with the grammar they lack (writer_blind52's judges: "I spent nine years hydraulic
modelling including …", "the boarding fee revision for from 2027 to 2028"). A time spent on a field named by its
-ing word ('hydraulic modelling') takes 'in'; a time spent doing something with an object after it ('stage managing
touring shows') is said as it is. A year range after a preposition is said as jotted, never with a second
preposition before it."""

from __future__ import annotations

import pytest

from afterview.writer.items import tie_clause
from afterview.writer.notes_traces import mended_sentence


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        (
            "9 yrs hydraulic modelling (MIKE 11/21, HEC-RAS) incl. the Magdalena delta flood maps",
            "I spent nine years in hydraulic modelling including the Magdalena delta flood maps",
        ),
        ("4 yrs financial modelling for banks", "I spent four years in financial modelling for banks"),
        ("6 yrs event planning for weddings", "I spent six years in event planning for weddings"),
        # near misses: the -ing word first, or with an object after it, is what the time was spent doing
        ("5 yrs stage managing touring shows", "I spent five years stage managing touring shows"),
        ("3 yrs project managing builds in Leeds", "I spent three years project managing builds in Leeds"),
        ("2 yrs teaching maths in Lyon", "I spent two years teaching maths in Lyon"),
    ],
)
def test_a_time_spent_on_a_field_named_by_its_ing_word_takes_in(jotted: str, said: str) -> None:
    assert tie_clause(jotted) == said


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("We talked about the fee revision for 2027-28.", "We talked about the fee revision for 2027-28."),
        ("It covers the audit calendar over 2025-26.", "It covers the audit calendar over 2025-26."),
        # near misses: a range after no preposition still gets its own, and 'from 2027 to 2028' stays
        ("I worked there 2019-2023 on pumps.", "I worked there from 2019 to 2023 on pumps."),
        ("The revision runs from 2027 to 2028.", "The revision runs from 2027 to 2028."),
    ],
)
def test_a_year_range_after_a_preposition_gets_no_second_one(sentence: str, said: str) -> None:
    assert mended_sentence(sentence) == said
