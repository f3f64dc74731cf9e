"""Classes the pooled development corpora (blind2 ... blind22) still got wrong, checks27: one test per class, on notes
and sentences written here (never a corpus sentence), with a near miss of the same shape beside it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Odile Marchetti
  highlights:
    - loom changeover time 50 min -> 20 min (crew of 3, we pre-staged the warp beams)
    - crew of 5 moved dye lot records from paper cards to tablets
    - wrote the shade-matching guide at Filatura Nord, complaints 9% -> 3%
    - cut yarn waste by a fifth on the carding line
  since_interview:
    - finished a colour science module
position: Weaving Shift Lead
company:
  name: Tessuti Alpini
  news: [bought a second jacquard loom]
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Rome
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Bruna Ferri
    title: Mill Manager
    role: hiring_manager
    email: bruna@tessuti.example
    topics: [night shift staffing, the jacquard pattern library]
    challenges: [returns for uneven colour from the autumn range]
"""


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    path: Path = tmp_path_factory.mktemp("notes") / "mill.yaml"
    path.write_text(NOTES, encoding="utf-8")
    return load_notes(path)


def thank(notes: Notes, middle: str) -> Draft:
    body = (
        "Dear Bruna,\n\nThank you for meeting me today about the Weaving Shift Lead role at Tessuti Alpini. "
        f"{middle} Please let me know if you need anything else from me.\n\nKind regards,\nOdile"
    )
    when = datetime(2026, 11, 24, 14, 0).astimezone()
    return check_hand_written(notes, "Thank you", body, kind=Kind.thank_you, to="Bruna Ferri", now=when, send_at=when)


def codes(draft: Draft, check: str) -> set[str]:
    return {f.code for f in draft.findings if f.check == check and f.severity in ("error", "warning")}


# --- a team's item in two parts ("(crew of 3, we ...)"), told whole as the candidate's alone ------------------------
def test_a_team_item_told_whole_as_a_solo_deed(notes: Notes) -> None:
    middle = (
        "At my last mill I cut loom changeover time from 50 minutes to 20 by pre-staging the warp beams each evening."
    )
    assert "unsupported_claim" in codes(thank(notes, middle), "claims")


def test_the_same_item_told_with_its_crew_is_no_solo_claim(notes: Notes) -> None:
    middle = "With a crew of three I cut loom changeover time from 50 minutes to 20 by pre-staging the warp beams."
    assert "unsupported_claim" not in codes(thank(notes, middle), "claims")


# --- a verb that is no deed alone ("moved") is one when the team's item uses it -------------------------
def test_a_plain_past_the_team_item_uses_is_a_solo_deed(notes: Notes) -> None:
    middle = "I moved our dye lot records from paper cards to tablets, which the night shift could use too."
    assert "unsupported_claim" in codes(thank(notes, middle), "claims")


def test_the_same_plain_past_told_with_the_crew_claims_nothing(notes: Notes) -> None:
    middle = "With a crew of five I moved our dye lot records from paper cards to tablets."
    assert "unsupported_claim" not in codes(thank(notes, middle), "claims")


# --- a second connective of cause after one the notes state ----------------------------------------------------------
def test_a_second_link_after_a_stated_one_is_caught(notes: Notes) -> None:
    middle = (
        "I wrote the shade-matching guide at Filatura Nord, which cut complaints from 9% to 3%, and that guide is "
        "what cut yarn waste on the carding line."
    )
    assert "causal_link" in codes(thank(notes, middle), "claims")


def test_a_stated_link_alone_is_no_causal_claim(notes: Notes) -> None:
    middle = "I wrote the shade-matching guide at Filatura Nord, which cut complaints from 9% to 3%."
    assert "causal_link" not in codes(thank(notes, middle), "claims")


# --- a company's abbreviation ("Co.", "Ltd.") runs on: no new sentence starts after its period ---------------------
@pytest.mark.parametrize(
    "middle",
    [
        "I enjoyed hearing about Filati Ltd. and the night shift plan.",
        "It was good to hear how Lana Fine Co. and its dyers share the pattern library.",
    ],
)
def test_a_company_abbreviation_ends_no_sentence(notes: Notes, middle: str) -> None:
    assert "capitalization" not in codes(thank(notes, middle), "grammar")


def test_a_real_sentence_end_before_a_lower_case_word_is_still_caught(notes: Notes) -> None:
    middle = "I enjoyed hearing about the pattern library. and the night shift plan sounds good to me."
    assert "capitalization" in codes(thank(notes, middle), "grammar")


# --- 'it's' before a determiner ("it's my", "it's our") opens the phrase 'it is' takes: no possessive slip ---------
@pytest.mark.parametrize(
    "middle",
    ["Colour matching is honestly it's my favourite part of a shift.", "Night work suits me; it's our busiest time."],
)
def test_its_before_a_determiner_is_it_is(notes: Notes, middle: str) -> None:
    assert "its_its" not in codes(thank(notes, middle), "grammar")


def test_its_before_a_noun_that_acts_is_still_caught(notes: Notes) -> None:
    middle = "The loom's sensor beeps when it's battery pack runs low."
    assert "its_its" in codes(thank(notes, middle), "grammar")
