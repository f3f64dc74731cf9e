"""checks49: the purpose check reads a feedback ask, an acknowledgement and a status ask said in other words, and
no longer takes a closing hope to hear ("I hope to hear back from you soon") for a status question. Drafts invented
here, on four trades' notes (trades_case.py)."""

from __future__ import annotations

import pytest
from trades_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    ("trade", "body"),
    [
        (
            "bakery",
            "Thank you for letting me know about the decision. Any actionable insights you could share on how I can"
            " enhance my candidacy would be invaluable.",
        ),
        ("wind", "Thank you for letting me know. I would like to know exactly why I was not selected."),
        ("pharmacy", "Thank you for letting me know. If you could tell me everything I did wrong, I'd appreciate it."),
        (
            "freight",
            "Thank you for your decision. If possible, I would appreciate a few words on how my route plan and depot"
            " forecast compared with what you hoped to see.",
        ),
        ("bakery", "Thank you for your decision. Would you tell me which parts of my profile or interview were weak?"),
        (
            "wind",
            "Thank you for your message. If the panel left any notes they'd be willing to share, I'd love to hear"
            " them. I'm particularly interested in how my answers on blade inspections came across.",
        ),
        (
            "pharmacy",
            "Thank you for your decision. If you could share anything from the panel about where I came up short,"
            " I'd use it.",
        ),
        ("freight", "I was sorry the role went elsewhere. If you have a moment, what could I have done differently?"),
    ],
)
def test_a_feedback_ask_in_other_words_is_read(trade: str, body: str) -> None:
    assert codes(check(trade, Kind.feedback_request, body, outcome="rejected"), "purpose") == set()


@pytest.mark.parametrize(
    ("trade", "body"),
    [
        ("bakery", "I accept the panel's choice. Any feedback on my tasting plate would be welcome."),
        ("wind", "Fair enough, and congratulations to whoever got it. Any pointers on my interview would help."),
        ("pharmacy", "The role went to someone else, I know. Could you tell me what I could improve?"),
        ("freight", "thanks for letting me no about the analyst role, bummer but i get it. any feedback on my test?"),
    ],
)
def test_an_acknowledgement_in_other_words_is_read(trade: str, body: str) -> None:
    assert "no_acknowledgement" not in codes(check(trade, Kind.feedback_request, body, outcome="rejected"), "purpose")


@pytest.mark.parametrize(
    ("trade", "body"),
    [
        ("bakery", "Thank you for letting me know. I wish the team well with the croissants."),
        ("wind", "Thank you for letting me know. I will keep working on my rope access skills."),
    ],
)
def test_a_feedback_request_that_asks_nothing_is_still_reported(trade: str, body: str) -> None:
    assert "no_feedback_question" in codes(check(trade, Kind.feedback_request, body, outcome="rejected"), "purpose")


@pytest.mark.parametrize(
    ("trade", "ask"),
    [
        ("bakery", "I would appreciate the courtesy of a reply."),
        ("wind", "Please, even a quick no would help me plan."),
        ("pharmacy", "Any word yet on the Senior Clinical Pharmacist (Oncology) position?"),
        ("freight", "Please let me know about the Logistics Analyst role."),
        ("bakery", "I've been hoping so much to hear back about the Production Lead (Viennoiserie) role."),
        ("wind", "I'd be glad to know where things stand."),
    ],
)
def test_a_status_ask_in_other_words_is_read(trade: str, ask: str) -> None:
    body = f"I hope you are well. {ask}"
    assert "no_status_question" not in codes(check(trade, Kind.status_check, body), "purpose")


@pytest.mark.parametrize(
    ("trade", "close"),
    [
        ("bakery", "I hope to hear back from you soon."),
        ("wind", "I look forward to hearing from you."),
        ("pharmacy", "I'm hoping to hear back soon."),
        ("freight", "Looking forward to hearing from you shortly."),
    ],
)
def test_a_closing_hope_to_hear_is_no_status_question(trade: str, close: str) -> None:
    body = f"I hope you are well. Since we spoke I have finished a short course on forecasting. {close}"
    assert "no_status_question" in codes(check(trade, Kind.status_check, body), "purpose")
