"""Negativity said by the shape of a sentence, not by a harsh word (blind11's held-out misses, issue 15): a
comparison with a former employer's leadership, a diagnosis of the team's failing, blame for their past, their
people called unable to do their job, the interview said to have kept the candidate from showing themselves, the
chosen candidate set below the writer. Every phrasing is written here, on notes of their own (orchard_case.py); each
class has a neutral counterpart that must stay clean."""

from __future__ import annotations

import pytest
from orchard_case import feedback, fired, load, run, thanks

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    "middle",
    [
        "Unlike the management at Riverbend Fruit, which saw the grader as somebody else's job, you plan the upgrade "
        "with the crew.",
        "Your plan for the upgrade was a real contrast to my years at Riverbend Fruit, where the owners let the lines "
        "run down.",
        "Five weeks for grader parts suggests rather poor maintenance planning, and I would sort that out early.",
        "A grader that waits five weeks for parts should never have gone into service without spares on the shelf.",
        "Ordering optical grader parts one at a time from Italy seems a little behind the times.",
        "It sounds like your night crew can't even keep the grader running between deliveries.",
    ],
)
def test_a_verdict_said_by_its_shape_is_negative(tmp_path, middle) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert any(f.startswith("error:") for f in fired(draft, "negativity")), middle


@pytest.mark.parametrize(
    "middle",
    [
        "Unlike manual grading, the optical grader sorts every piece of fruit as it passes.",
        "Compared with my years at Riverbend Fruit, the lines here run longer hours in March.",
        "Five weeks for grader parts points to a single supplier in Italy, and a local stock of spares could help.",
        "Your crew can't run a second grading shift until the spare parts arrive, and I would like to help plan it.",
        "We also talked about growers wanting a grade range rather than a simple yes or no.",
    ],
)
def test_the_same_subjects_said_plainly_stay_clean(tmp_path, middle) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert fired(draft, "negativity") == [], middle


@pytest.mark.parametrize(
    ("middle", "negative"),
    [
        ("Honestly, the panel format did not give me enough room to show what I can do.", True),
        ("I am sure the person you chose will do well, even if they might not have led a crew of 40 as I did.", True),
        ("I am sure the person you chose will do well, and I wish them every success with the upgrade.", False),
        ("I would value any feedback on how I could show my crew experience more clearly.", False),
    ],
)
def test_a_feedback_request_that_grumbles_about_the_panel_or_the_rival(tmp_path, middle, negative) -> None:
    draft = run(load(tmp_path, outcome="rejected"), feedback(middle), kind=Kind.feedback_request)
    found = fired(draft, "negativity")
    assert bool(found) is negative, (middle, found)


@pytest.mark.parametrize(
    ("middle", "negative"),
    [
        ("Honestly, I probably wasn't ready for a packhouse manager role yet.", True),
        ("I don't think my answer about the night shift was much good.", True),
        ("Five-week waits for grader parts are frankly not where a modern packhouse should be.", True),
        ("I am ready to start in January, and I was glad to answer your questions about the night shift.", False),
    ],
)
def test_not_ready_and_below_standard(tmp_path, middle, negative) -> None:
    draft = run(load(tmp_path, outcome="rejected"), feedback(middle), kind=Kind.feedback_request)
    assert bool(fired(draft, "negativity")) is negative, (middle, fired(draft, "negativity"))


@pytest.mark.parametrize(
    "middle",
    [
        "With growers waiting forty minutes at the gate in March, I would love to help plan the intake.",
        "You're right that grower reports get messy once there are more than a few dozen of them.",
    ],
)
def test_their_customers_wait_and_their_own_verdict_agreed_with_are_no_complaint(tmp_path, middle) -> None:
    draft = run(load(tmp_path), thanks(middle))
    assert fired(draft, "negativity") == [], middle
