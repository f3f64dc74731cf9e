"""In a feedback request, keeping in touch or later roles put as a question of its own beside the feedback ask
("Could you share any feedback? And would you keep me in mind for other openings?") is a second thing to answer:
every corpus author who wrote it that way (blind25 … blind44) labelled it two asks. Said as a wish ("Please keep me
in mind"), or pleaded with "reconsider" (the tone's), it is no second ask."""

from __future__ import annotations

import pytest
from checks53_case import check, codes

from afterview.vocabulary import Kind

LEAD = "Thank you for letting me know your decision. Could you share any feedback on my interview?"


@pytest.mark.parametrize(
    "trade, courtesy",
    [
        ("ferry", "And would you keep me in mind for any other opening at Jadran Lines, perhaps on the Vis route?"),
        ("cocoa", "And could you let me know if any other roles open up at the union, perhaps in the Tema office?"),
        ("lifts", "Also, could you keep my résumé on file and let me know if a planner role opens up next winter?"),
        ("seeds", "And could you also tell me whether there are other openings at the vault that might suit me?"),
    ],
)
def test_later_roles_asked_as_a_question_beside_the_feedback_is_two_asks(trade: str, courtesy: str) -> None:
    assert "two_asks" in codes(check(trade, Kind.feedback_request, f"{LEAD} {courtesy}"), "fluency")


@pytest.mark.parametrize(
    "trade, courtesy",
    [
        ("ferry", "Please keep me in mind for any other opening at Jadran Lines."),
        ("cocoa", "I would be glad to stay in touch if other roles open up at the union."),
        ("lifts", "I hope we cross paths again if a planner role opens up next winter."),
        ("seeds", "Either way, I would love to hear about future openings at the vault."),
    ],
)
def test_later_roles_said_as_a_wish_is_one_ask(trade: str, courtesy: str) -> None:
    assert "two_asks" not in codes(check(trade, Kind.feedback_request, f"{LEAD} {courtesy}"), "fluency")


@pytest.mark.parametrize("trade", ["ferry", "cocoa", "lifts", "seeds"])
def test_a_plea_to_reconsider_is_not_counted_as_a_second_ask(trade: str) -> None:
    plea = "Is there any chance you would reconsider, or keep me in mind if your first choice falls through?"
    assert "two_asks" not in codes(check(trade, Kind.feedback_request, f"{LEAD} {plea}"), "fluency")
