"""Classes the spent corpora (blind2 … blind29) showed the personalization, facts, purpose and grammar checks missing
or misreading, checks31: one test per class, on notes and sentences written here (never a corpus sentence), each
with a near miss of the same shape beside it."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.draft import Draft
from afterview.guardrails.grammar.harper_rules import rule_verdict
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Tove Lindgren
  highlights:
    - ran the UV disinfection upgrade at Norrvatten's east plant
    - cut chemical dosing costs by 12%
position: Water Treatment Operator
company:
  name: Clearbrook Utilities
  news: [won the regional contract for Lakeside township]
interview:
  at: 2026-10-08T09:00
  timezone: Europe/Stockholm
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Jonas Ek
    title: Plant Manager
    role: hiring_manager
    email: jonas@clearbrook.example
    topics:
      - how operators split shifts between plant rounds and lab sampling
      - total organic carbon limits for the new permit
    challenges:
      - our filter backwashes take 40 minutes at peak demand
      - the sludge thickener breaks down every winter
    rapport: [both follow Hammarby on weekends]
"""

WHEN = datetime(2026, 10, 8, 13, 0).astimezone()


@pytest.fixture(scope="module")
def notes() -> Notes:
    return notes_from_text(NOTES, "water.yaml")


def draft(notes: Notes, body: str, kind: Kind = Kind.thank_you) -> Draft:
    return check_hand_written(notes, "Thank you", body, kind=kind, to="Jonas Ek", now=WHEN, send_at=WHEN)


def codes(d: Draft, check: str) -> set[str]:
    return {f.code for f in d.findings if f.check == check and f.severity != "info"}


def thank(middle: str) -> str:
    return f"Dear Jonas,\n\nThank you for meeting me today. {middle}\n\nKind regards,\nTove"


def test_light_verbs_name_no_item(notes: Notes) -> None:
    # 'taking the time' shares only a light verb with "our filter backwashes take 40 minutes": with 'filter' it
    # names nothing specific
    generic = draft(
        notes, thank("Thanks for taking the time to show me round. My background in filter maintenance would fit.")
    )
    assert "generic" in codes(generic, "personalization")
    named = draft(notes, thank("The backwash times at peak demand are a problem I would enjoy working on."))
    assert "generic" not in codes(named, "personalization")


def test_acronym_of_an_item_names_it(notes: Notes) -> None:
    # 'TOC' spells the initials of 'total organic carbon': the item is named; an acronym of nothing is not
    named = draft(notes, thank("I enjoyed our chat about the TOC figures you expect under the new permit."))
    assert "generic" not in codes(named, "personalization")
    other = draft(notes, thank("I enjoyed our chat about the KPI figures you expect."))
    assert "generic" in codes(other, "personalization")


def test_item_words_far_apart_name_nothing(notes: Notes) -> None:
    # 'shifts' and 'sampling' two sentences apart, each in a stock phrase, name no "split shifts … lab sampling"
    apart = draft(
        notes,
        thank(
            "I have worked many early shifts over the years and always liked the pace of a busy site. Every site "
            "has its quirks, and I enjoy the variety that comes with routine sampling."
        ),
    )
    assert "generic" in codes(apart, "personalization")
    together = draft(notes, thank("How your operators divide shifts between rounds and sampling was useful to hear."))
    assert "generic" not in codes(together, "personalization")


def test_one_long_word_of_an_item_names_it(notes: Notes) -> None:
    # 'thickener' is a term of the trade no other note carries; 'permitting' of nothing discussed is not
    named = draft(notes, thank("I keep thinking about the thickener problem you described."))
    assert "generic" not in codes(named, "personalization")
    unrelated = draft(notes, thank("I keep thinking about the permitting work at my last plant."))
    assert "generic" in codes(unrelated, "personalization")


def test_weekday_in_a_wish_is_a_day_ahead(notes: Notes) -> None:
    wish = draft(notes, thank("The backwash times at peak demand stayed with me. Hope Hammarby win on Sunday!"))
    assert "unsupported_date" not in codes(wish, "facts")
    past = draft(
        notes, thank("The backwash times at peak demand stayed with me. I hope our tour on Sunday was useful.")
    )
    assert "unsupported_date" in codes(past, "facts")


def test_weekday_of_their_message_is_not_checked(notes: Notes) -> None:
    body = (
        "Dear Jonas,\n\nThank you for your email of Tuesday letting me know the outcome. I would still like some "
        "feedback on how my answers about the backwash times came across.\n\nKind regards,\nTove"
    )
    theirs = draft(notes, body, Kind.feedback_request)
    assert "unsupported_date" not in codes(theirs, "facts")
    ours = draft(notes, body.replace("your email of Tuesday", "our talk on Tuesday"), Kind.feedback_request)
    assert "unsupported_date" in codes(ours, "facts")


def test_feedback_asked_with_an_adverb_before_like(notes: Notes) -> None:
    body = (
        "Dear Jonas,\n\nThank you for letting me know your decision. I would still like {ask} on my answers "
        "about the backwash times.\n\nKind regards,\nTove"
    )
    asks = draft(notes, body.format(ask="some feedback"), Kind.feedback_request)
    assert "no_feedback_question" not in codes(asks, "purpose")
    no_ask = draft(
        notes,
        "Dear Jonas,\n\nThank you for letting me know your decision. I still think my answers about the backwash "
        "times were strong.\n\nKind regards,\nTove",
        Kind.feedback_request,
    )
    assert codes(no_ask, "purpose") & {"no_feedback_question", "argues_decision"}


def test_word_after_a_smiley_begins_a_sentence(notes: Notes) -> None:
    smiley = draft(notes, thank("The backwash times at peak demand stayed with me :) Truly a plant I'd enjoy."))
    assert "unsupported_name" not in codes(smiley, "facts")
    mid = draft(notes, thank("The backwash times at peak demand stayed with me, as did Truly Water's plant."))
    assert "unsupported_name" in codes(mid, "facts")


def test_cheer_before_a_name_is_no_misspelling(notes: Notes) -> None:
    cheer = draft(notes, thank("The backwash times at peak demand stayed with me. And heja Hammarby!"))
    assert not any(f.code == "spelling" and "heja" in f.message for f in cheer.findings)
    typo = draft(notes, thank("The backwash times at peak demand stayed with me. And heja the team!"))
    assert any(f.code == "spelling" and "heja" in f.message for f in typo.findings)


def test_how_clause_split_by_a_relative_clause() -> None:
    # Harper's 'how to' is judged on the words after 'how': a relative clause in commas between the subject and its
    # verb still leaves a clause; a bare verb after 'how' still wants its 'to'
    split = " staged washing, which I ran at Norrvatten for years, could shorten them."
    assert rule_verdict("HowTo", "how", "and ", split) == "skip"
    assert rule_verdict("HowTo", "how", "and ", " shorten the backwash, which I did at Norrvatten.") is None
