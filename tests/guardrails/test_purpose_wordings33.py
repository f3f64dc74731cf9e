"""Purpose in other words (blind19's held-out half, spent, issue 15; cases invented here): a follow-up that goes on
to ask about the decision asks; a feedback request acknowledges by thanking them for telling you, or by being
sorry not to join; their impression, or the gaps to work on, is feedback asked for."""

from __future__ import annotations

import pytest

from afterview.draft import Draft
from afterview.guardrails.purpose import check_purpose
from afterview.vocabulary import Channel, Kind


def codes(kind: Kind, body: str) -> set[str]:
    draft = Draft(
        kind=kind, to="Noor Haddad", channel=Channel.email, subject="x", body=body, provider="hand", tone="warm"
    )
    return {f.code for f in check_purpose(draft, None)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("I am following up on the Harbour Pilot position, to ask whether a choice has been made yet.", True),
        ("I am checking in on my application to learn when you expect to reach a decision.", True),
        # a follow-up on the role asks about it when nothing else is asked (checks42)
        ("I am following up on the Harbour Pilot position.", True),
        ("I am following up on the Harbour Pilot position, and I hope the new tugs arrived safely.", True),
        ("I am following up on the Harbour Pilot position. Have the new tugs arrived?", False),
    ],
)
def test_a_follow_up_that_goes_on_to_ask(sentence: str, asks: bool) -> None:
    body = f"Dear Noor,\n\n{sentence} Since we spoke I have renewed my radar ticket.\n\nBest regards,\nSami"
    assert ("no_status_question" not in codes(Kind.status_check, body)) is asks


@pytest.mark.parametrize(
    ("opening", "acknowledged"),
    [
        ("Thank you for taking the time to call me yourself.", True),
        ("I am sorry not to be joining the pilot station, but I enjoyed meeting the crew.", True),
        ("I hope the winter season is going well.", False),
    ],
)
def test_acknowledged_in_other_words(opening: str, acknowledged: bool) -> None:
    body = f"Dear Noor,\n\n{opening} I would welcome any feedback on my interview.\n\nKind regards,\nSami"
    assert ("no_acknowledgement" not in codes(Kind.feedback_request, body)) is acknowledged


@pytest.mark.parametrize(
    ("ask", "asked"),
    [
        ("I would be glad to know whether the panel's impression matched mine.", True),
        ("If you have a moment, I would value hearing which gaps I could close before the next season.", True),
        ("I hope our paths cross again at the harbour.", False),
    ],
)
def test_feedback_asked_without_the_word(ask: str, asked: bool) -> None:
    body = f"Dear Noor,\n\nThank you for letting me know about the decision. {ask}\n\nKind regards,\nSami"
    assert ("no_feedback_question" not in codes(Kind.feedback_request, body)) is asked
