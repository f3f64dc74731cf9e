"""Asks stacked on one another: in a feedback request, the closing courtesy ("keep me in mind for future roles")
with a coffee, an introduction or a recommendation joined on by ", and …"; in any message, a second ask put
after "I would also be grateful to know" or opened with "Also, could you …". Invented drafts to a fruit-packing
co-operative (orchard_case): each says a second or third thing the reader must answer."""

from __future__ import annotations

import pytest
from orchard_case import feedback, fired, load, run

from afterview.vocabulary import Kind

_FEEDBACK = "Would you be willing to share any feedback on my interview?"


@pytest.mark.parametrize(
    "stacked",
    [
        "Could you also keep me in mind for future roles, and would you have time for a coffee in Motueka?",
        "Please keep my CV on file, and let me know whether the cold store team could use a shift lead.",
        "Could you also let me know if other positions open in grading, and whether you could introduce me to "
        "the Motueka manager?",
    ],
)
def test_a_request_joined_onto_the_courtesy_is_a_further_ask(tmp_path, stacked) -> None:
    draft = run(load(tmp_path, outcome="rejected"), feedback(f"{_FEEDBACK} {stacked}"), kind=Kind.feedback_request)
    assert "warning:two_asks" in fired(draft, "fluency")


@pytest.mark.parametrize(
    "courtesy",
    [
        "Please keep me in mind for future roles at the co-op.",
        "I would be glad to stay in touch, and I hope the cold store opening goes well.",
        # the parts of the one ask, after a colon
        "Any feedback would help: whether my answers on the grader were clear, and whether I should have asked more.",
    ],
)
def test_the_courtesy_alone_or_one_asks_parts_is_no_further_ask(tmp_path, courtesy) -> None:
    draft = run(load(tmp_path, outcome="rejected"), feedback(f"{_FEEDBACK} {courtesy}"), kind=Kind.feedback_request)
    assert "warning:two_asks" not in fired(draft, "fluency")


def _status(middle: str) -> str:
    return (
        "Dear Sophie,\n\nI hope the cold store opening in Motueka went well. Is there any news on the Packhouse "
        f"Operations Manager role? {middle}\n\nSince we met I have drafted the 60-day plan.\n\nKind regards,\nAna Folau"
    )


@pytest.mark.parametrize(
    "added",
    [
        "I would also be grateful to know the salary band for the role.",
        "Also, could you tell me whether the night shift is part of it?",
        "Also, would it be possible to see the grading line again before a decision?",
    ],
)
def test_a_second_ask_after_the_status_question_is_flagged(tmp_path, added) -> None:
    draft = run(load(tmp_path), _status(added), kind=Kind.status_check, to="Sophie Tran")
    assert "warning:two_asks" in fired(draft, "fluency")


@pytest.mark.parametrize(
    "closing",
    [
        "I would also be glad to send the plan over if it helps.",
        "Thank you again for arranging the tour.",
    ],
)
def test_an_offer_or_thanks_after_the_status_question_is_one_ask(tmp_path, closing) -> None:
    draft = run(load(tmp_path), _status(closing), kind=Kind.status_check, to="Sophie Tran")
    assert "warning:two_asks" not in fired(draft, "fluency")
