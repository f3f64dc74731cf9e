"""A claim of expertise with their problem ("it is familiar ground for me", "an area I know well") is a claim
like any other: the candidate's own fields must hold what it is claimed about (issue 15, claims; the real model's
kept drafts carried it from a template sentence, labelled a claim by a blind reader)."""

from __future__ import annotations

from pathlib import Path

import pytest
from water_case import fired, letter, load, run

UNSUPPORTED = [
    # their backlog of leaks; the highlights hold sensors, training and a pilot someone else led
    "The backlog of unrepaired leaks in the east is familiar ground for me, as I trained field crews.",
    "You mentioned the backlog of 300 unrepaired leaks; that is an area I know well.",
    "I kept thinking about the leak backlog in the east of the city, which is well-trodden territory for me.",
    "Condition surveys of Victorian trunk mains are close to my own experience.",
    "I have a lot of experience with condition surveys of Victorian trunk mains.",
    "Clearing a backlog of leak repairs is a problem I have solved before.",
]
SUPPORTED = [
    # the claim is about what the highlights hold
    "Tracking pressure sensors is familiar ground for me, since I built a dashboard for 400 of them at Forth Water.",
    "Training field crews on a new asset-management app is an area I know well.",
    "I have a lot of experience with training field crews on new apps.",
    # not a claim of expertise
    "The backlog of unrepaired leaks sounds like familiar ground for the whole team by now, and I admire the plan.",
    "I would love to get to know the trunk mains well.",
    "The condition surveys of the trunk mains sound right up my alley!",  # liking, not a claim of experience
]


@pytest.mark.parametrize("middle", UNSUPPORTED)
def test_expertise_claimed_about_their_problem_is_an_unsupported_claim(middle: str, tmp_path: Path) -> None:
    draft = run(load("neutral", tmp_path), letter("Dear Ms. Campbell,", middle, "Kind regards,"))
    assert "error:unsupported_claim" in fired(draft, "claims"), middle


@pytest.mark.parametrize("middle", SUPPORTED)
def test_expertise_the_highlights_hold_is_no_claim_finding(middle: str, tmp_path: Path) -> None:
    draft = run(load("neutral", tmp_path), letter("Dear Ms. Campbell,", middle, "Kind regards,"))
    assert fired(draft, "claims") == [], middle
