"""Stop 38's lead mends from the writer_blind31/32 after-run judges (read after scoring): the same verb of thanks
opening two sentences of one note ("I really appreciated the chance … I appreciated hearing …"); an afterthought
that ends as an earlier sentence ended ("… bring to the team. …, and I would be glad to bring that experience to the
team."); a time spent jotted before its work said without a verb ("3 years dispatch at a container depot …")."""

from __future__ import annotations

import pytest

from afterview.writer.items import tie_clause
from afterview.writer.template_writer import no_tail_twice, one_verb_once


def _body(middle: str) -> str:
    return f"Dear Ines,\n\n{middle}\n\nBest regards,\nOla\n"


def test_a_second_sentence_opening_with_the_same_verb_of_thanks_takes_another() -> None:
    said = one_verb_once(
        _body("I really appreciated the tour of the depot. I appreciated hearing about the night buses.")
    )
    assert said == _body("I really appreciated the tour of the depot. I valued hearing about the night buses.")


def test_the_verb_is_varied_across_paragraphs_and_left_when_none_is_left() -> None:
    middle = "I enjoyed the tour. I enjoyed the talk.\n\nI enjoyed the coffee. I enjoyed the walk."
    assert one_verb_once(_body(middle)) == _body(
        "I enjoyed the tour. I appreciated the talk.\n\nI valued the coffee. I enjoyed the walk."
    )


def test_different_verbs_and_other_openings_are_left_alone() -> None:
    middle = "I appreciated the tour. I enjoyed meeting Bo. Thank you for your time. I appreciate your help."
    assert one_verb_once(_body(middle)) == _body(middle)  # 'appreciate' (present) opens no second sentence alike


def test_an_afterthought_that_ends_as_an_earlier_sentence_ended_is_left_off() -> None:
    middle = (
        "I ran dispatch for a tram depot for four years, and that is the work I would bring to the team. "
        "I also cut late departures by a third, and I would be glad to bring that experience to the team."
    )
    assert no_tail_twice(_body(middle)) == _body(
        "I ran dispatch for a tram depot for four years, and that is the work I would bring to the team. "
        "I also cut late departures by a third."
    )


def test_sentences_that_end_differently_or_have_no_afterthought_stay_whole() -> None:
    middle = (
        "I ran dispatch for a tram depot, and I enjoyed the work. I also cut late departures, and that helped the "
        "drivers. The night buses matter to the team. Your depot is close to the team."
    )
    assert no_tail_twice(_body(middle)) == _body(middle)  # the last has no ', and …' to leave off


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("3 yrs dispatch at a ferry terminal in Split", "I spent three years in dispatch at a ferry terminal in Split"),
        ("4 yrs as deck hand on river barges", "I spent four years as a deck hand on river barges"),
        ("5 yrs stage managing touring shows", "I spent five years stage managing touring shows"),
        ("2 yrs teaching maths in Lyon", "I spent two years teaching maths in Lyon"),
        ("6 yrs charge nurse", "I spent six years as a charge nurse"),  # a role jotted bare, as before
    ],
)
def test_a_time_spent_jotted_before_its_work_is_said_with_its_verb(jotted: str, said: str) -> None:
    # writer_blind32: "3 years dispatch at a container depot in Gdańsk, and that is the kind of work …"
    assert tie_clause(jotted) == said


@pytest.mark.parametrize(
    "jotted", ["10 years of Go", "3 yrs string quartet at the opera", "2 yrs QA at Acme", "3 harvests ran the lab"]
)
def test_what_is_no_time_spent_in_a_field_is_not_made_one(jotted: str) -> None:
    said = tie_clause(jotted) or ""
    assert not said.startswith("I spent"), said
