"""Checks37: two purpose classes missed in three or more of blind25 … blind34 (spent), each written here in other
words with near misses that must keep their finding.

- A thank-you whose only thanks is its subject line ("Thank you for the interview" over a body that pitches, is only
  warm or asks for something) never thanks the reader who opens it; thanks said as a noun ("my sincere appreciation
  for organising the day") or in South African slang opening a sentence ("Shot for the chat") is thanks.
- A status or feedback ask said indirectly still asks: gratitude promised with a word of degree for the decision in
  a condition ("If there is a decision, I'd be very grateful to hear it"), the decision as a call made ("a chance to
  make a call on the role"), a learner's plural ("some feedbacks"), "what went worst", what they felt was missing,
  what influenced the decision."""

from __future__ import annotations

from datetime import datetime

import pytest
from dispatch_case import LATER, dispatch_notes

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind

SAME_DAY = datetime(2026, 9, 8, 17, 0).astimezone()
CLOSE = "\n\nKind regards,\nInes Baptista"


def draft(kind: Kind, outcome: str, subject: str | None, body: str, when: datetime = LATER) -> Draft:
    notes = dispatch_notes(outcome)
    return check_hand_written(notes, subject, body + CLOSE, kind=kind, to="Rui Moreira", now=when, send_at=when)


def purpose(found: Draft) -> set[str]:
    return {f.code for f in found.findings if f.check == "purpose"}


PITCH = (
    "Dear Rui,\n\nThe cross-dock at Alverca sounds like a big step for Ribeira Logistics. At Tejo Freight I ran "
    "night-shift dispatch for 40 drivers, and I would bring the same care for handovers to your team."
)


@pytest.mark.parametrize(
    ("body", "thanks"),
    [
        # the subject thanks, the body pitches: no thanks for the reader who opens it
        (PITCH, False),
        (PITCH + " I'd be grateful if you could confirm by Friday whether I reach the next stage.", False),
        # near misses: thanks said in the body, however put
        (PITCH.replace("Dear Rui,\n\n", "Dear Rui,\n\nThank you for the time this morning. "), True),
        (PITCH + " I also want to express my sincere appreciation for arranging the site walk.", True),
        (PITCH.replace("Dear Rui,\n\n", "Howzit Rui!\n\nShot for the chat today. "), True),
    ],
)
def test_subject_line_thanks_is_not_the_thanks(body: str, thanks: bool) -> None:
    found = purpose(draft(Kind.thank_you, "pending", "Thank you for the interview", body, SAME_DAY))
    assert ("no_thanks" not in found) is thanks


def test_shot_inside_a_sentence_is_no_thanks() -> None:
    body = PITCH + " I know it is a long shot for the role, but I hope we speak again."
    assert "no_thanks" in purpose(draft(Kind.thank_you, "pending", "Thank you", body, SAME_DAY))


STATUS = "Dear Rui,\n\nI hope the cross-dock at Alverca is coming along. {ask}"


@pytest.mark.parametrize(
    ("ask", "asks"),
    [
        ("If a decision has been reached, or there is a date for one, I would be most grateful to hear it.", True),
        ("I was wondering if you've had a chance to make the final call yet.", True),
        # near misses: a phone call to someone, gratitude for something else; a follow-up on the role asks (checks42)
        ("I was wondering if you could make a call to Tejo Freight about the night rota.", False),
        ("I would be very grateful to hear more about the cross-dock at Alverca.", False),
        ("I wanted to check in on the Dispatch Supervisor role.", True),
    ],
)
def test_status_asked_indirectly(ask: str, asks: bool) -> None:
    found = purpose(draft(Kind.status_check, "pending", None, STATUS.format(ask=ask)))
    assert ("no_status_question" not in found) is asks


FEEDBACK = "Dear Rui,\n\nThank you for letting me know your decision on the Dispatch Supervisor role. {ask}"


@pytest.mark.parametrize(
    ("ask", "asks"),
    [
        ("If the night-shift scenario, or anything else, weighed on the decision, I would be glad to hear it.", True),
        ("I'd be grateful to know if there was anything in my interview that the panel felt was lacking.", True),
        ("If you could say what went worst in my case study, I would appreciate it.", True),
        ("If possible I would like to receive some feedbacks on my interview.", True),
        # near misses: no ask of theirs; an offer to give feedback; a fact of theirs reported
        ("I know many things influenced the decision, and I accept it.", False),
        ("I'd be happy to share my own feedback on the interview process.", False),
        ("I wish the team well with whatever went wrong at the old depot.", False),
    ],
)
def test_feedback_asked_indirectly(ask: str, asks: bool) -> None:
    found = purpose(draft(Kind.feedback_request, "rejected", None, FEEDBACK.format(ask=ask)))
    assert ("no_feedback_question" not in found) is asks


@pytest.mark.parametrize(
    ("subject", "opening", "thanks"),
    [
        # a thanking subject line beside warmth about the meeting stands for the thanks, as a thanking sign-off does
        ("Thanks!!", "What a blast this morning! Loved talking dispatch with you. ", True),
        ("Thank you", "Meeting you was the highlight of my week. ", True),
        # near misses: warmth without a thanking subject, a subject that thanks nobody
        (None, "What a blast this morning! Loved talking dispatch with you. ", False),
        ("Dispatch Supervisor interview", "Meeting you was the highlight of my week. ", False),
    ],
)
def test_thanking_subject_beside_warmth(subject: str | None, opening: str, thanks: bool) -> None:
    body = PITCH.replace("Dear Rui,\n\n", f"Dear Rui,\n\n{opening}")
    found = purpose(draft(Kind.thank_you, "pending", subject, body, SAME_DAY))
    assert ("no_thanks" not in found) is thanks
