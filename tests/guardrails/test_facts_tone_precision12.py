"""Checks12 precision (issue 15, blind14 tune half's clean drafts as classes, on the hangar case's own notes): how
long something took ("funded in 9 hours") sets no deadline; a compound ("my pay-go model") is no talk of pay; a
weekday something will happen on ("the references will follow on Monday") is a plan, not a notes fact; the span of
a plan ("in the first six months") is no figure; a unit glued to a figure ("EUR 45bn") is no misspelling."""

from __future__ import annotations

import pytest
from hangar_case import fired, formal, load, run


@pytest.fixture
def notes(tmp_path):
    return load(tmp_path)


@pytest.mark.parametrize(
    ("said", "pushy"),
    [
        ("Congratulations on the Faro line-maintenance contract, signed in 9 days from first bid.", False),
        ("I would be grateful for a decision in 2 days, if at all possible.", True),
    ],
)
def test_a_span_of_time_is_a_deadline_only_when_it_asks_them(notes, said, pushy) -> None:
    assert ("error:pushy" in fired(run(notes, formal(said)), "tone")) is pushy


@pytest.mark.parametrize(
    ("said", "pay"),
    [
        ("At Atlantis Regional I also built my pay-per-hour parts costing sheet.", False),
        ("I should mention my pay expectations before we go further.", True),
    ],
)
def test_a_compound_with_pay_is_no_talk_of_pay(notes, said, pay) -> None:
    assert ("error:unsupported_pay" in fired(run(notes, formal(said)), "facts")) is pay


@pytest.mark.parametrize(
    ("said", "wrong"),
    [
        ("The signed reference from Atlantis Regional will follow on Monday.", False),
        ("I'll send the task card samples on Wednesday.", False),
        ("It was good to see the hangar on Saturday.", True),
    ],
)
def test_a_weekday_ahead_is_a_plan_not_a_notes_fact(notes, said, wrong) -> None:
    assert ("error:unsupported_date" in fired(run(notes, formal(said)), "facts")) is wrong


@pytest.mark.parametrize(
    ("said", "wrong"),
    [
        ("I would be glad to sketch how I would approach the spares backlog in the first six months.", False),
        ("I could outline a plan for the next 90 days on rotable spares.", False),
        ("At Atlantis Regional I cut check time for six months running.", True),
    ],
)
def test_the_span_of_a_plan_is_no_figure(notes, said, wrong) -> None:
    assert ("error:unsupported_number" in fired(run(notes, formal(said)), "facts")) is wrong


def test_a_unit_glued_to_a_figure_is_no_misspelling(notes) -> None:
    said = "The EUR 45bn market for line maintenance was a useful frame for the Faro contract."
    assert not [c for c in fired(run(notes, formal(said)), "grammar") if c.endswith("spelling")]
