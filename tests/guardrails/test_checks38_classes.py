"""Checks38: three classes from blind25 … blind35 (spent), written here in other words, with near misses.

- Their topic told as the candidate's past work inside a clause of time: "When I led the cold-chain audit at X, we
  …" was read as a question about the interview ("how I presented …") and let through; the candidate's own highlight
  told the same way ("When I ran night dispatch at X, we …") stays clean.
- A verdict word that is part of the notes' own term, said back ("the pallet labels being months out of date" where
  the challenge says so, "the damaged-carton rate" from her own highlight), names the thing as the notes do; the same
  word said of something else of theirs is still a verdict.
- Her own rejection called disappointing, with grace ("While the news is disappointing, …") judges no one; a
  rejection called disappointing and then disputed keeps its finding."""

from __future__ import annotations

from datetime import datetime

from dispatch_case import HIGHLIGHT, LATER, dispatch_notes

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind

SAME_DAY = datetime(2026, 9, 8, 17, 0).astimezone()
OPEN = "Dear Rui,\n\nThank you for meeting me this morning about the Dispatch Supervisor role at Ribeira Logistics.\n\n"
CLOSE = "\n\nThank you again for your time.\n\nKind regards,\nInes Baptista"


def check(body: str, *, kind: Kind = Kind.thank_you, outcome: str = "pending", when: datetime = SAME_DAY) -> Draft:
    notes = dispatch_notes(
        outcome,
        highlights=(HIGHLIGHT, "cut the damaged-carton rate by a quarter at Tejo Freight"),
        topics=("the cold-chain audit of the Alverca cross-dock",),
        challenges=("the pallet labels are months out of date",),
    )
    return check_hand_written(notes, None, OPEN + body + CLOSE, kind=kind, to="Rui Moreira", now=when, send_at=when)


def codes(found: Draft, family: str) -> set[str]:
    return {f.code for f in found.findings if f.check == family and f.severity in ("error", "warning")}


def test_their_topic_told_as_past_work_in_a_clause_of_time_is_a_claim() -> None:
    for body in (
        "When I led the audit of cold-chain records on the upper floors of the Alverca depot, I learned how much "
        "one missed reading costs.",
        "Back when I led the audit of cold-chain records at a depot in Porto, I learned how much one missed reading "
        "costs.",
    ):
        assert "unsupported_claim" in codes(check(body), "claims"), body


def test_own_highlight_told_in_a_clause_of_time_stays_clean() -> None:
    for body in (
        "When I ran night-shift dispatch for 40 drivers at Tejo Freight, I learned how much a clear handover "
        "matters, and I would bring that to your team.",
        "When I cut the damaged-carton rate by a quarter at Tejo Freight, the drivers were the ones who made it "
        "work, and I enjoyed hearing how your team works at Alverca.",
    ):
        assert not codes(check(body), "claims"), body


def test_verdict_word_of_the_notes_own_term_said_back_is_no_verdict() -> None:
    for body in (
        "I appreciated how frankly you described the pallet labels being months out of date, and I would be glad "
        "to help bring them up to date.",
        "At Tejo Freight I cut the damaged-carton rate by a quarter, and your cold-chain audit at Alverca sounds "
        "like a good place to use that.",
    ):
        assert not codes(check(body), "negativity"), body


def test_the_same_verdict_word_said_of_something_else_of_theirs_still_fires() -> None:
    body = (
        "To be honest, your dispatch software felt months out of date when you showed it to me, and I would "
        "replace it quickly."
    )
    assert codes(check(body), "negativity")


def test_own_rejection_called_disappointing_with_grace_is_no_criticism() -> None:
    for body in (
        "Thank you for letting me know your decision. While the news is disappointing, I enjoyed meeting your "
        "team, and I would be grateful for any feedback on my interview.",
        "I was disappointed to hear I wasn't selected. Would you be able to share any feedback on my interview?",
    ):
        found = check(body, kind=Kind.feedback_request, outcome="rejected", when=LATER)
        assert not codes(found, "negativity"), body


def test_rejection_called_disappointing_and_disputed_still_fires() -> None:
    body = (
        "I was disappointed to hear I wasn't selected, and honestly it feels unfair given how well the interview "
        "went. Could you share any feedback on my interview?"
    )
    found = check(body, kind=Kind.feedback_request, outcome="rejected", when=LATER)
    assert codes(found, "negativity")


def test_a_wait_for_the_decision_called_disappointing_still_fires() -> None:
    status = (
        "I was told the decision would be made by 15 September, but I have not received any message from Ribeira "
        "Logistics, which is quite disappointing after I travelled from Porto for the interview. Could you tell me "
        "where things stand?"
    )
    assert codes(check(status, kind=Kind.status_check, when=LATER), "negativity")
    feedback = (
        "I only heard the decision from Ribeira Logistics three weeks after the interview, which is quite "
        "disappointing after I travelled from Porto. Could you share any feedback on my interview?"
    )
    assert codes(check(feedback, kind=Kind.feedback_request, outcome="rejected", when=LATER), "negativity")


def test_their_words_made_a_mainstay_of_her_career_is_a_claim() -> None:
    for body in (
        "I enjoyed hearing about your experience with the cold-chain audit, which has been a key aspect of my career.",
        "Thank you for sharing how you approach pallet labelling, something that has been a central part of my work.",
    ):
        assert "unsupported_claim" in codes(check(body), "claims"), body


def test_her_own_highlight_called_a_mainstay_of_her_career_stays_clean() -> None:
    body = (
        "I enjoyed comparing notes on night-shift dispatch for drivers, which has been a big part of my work at "
        "Tejo Freight."
    )
    assert not codes(check(body), "claims")
