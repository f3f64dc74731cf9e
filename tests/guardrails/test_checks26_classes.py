"""Classes the pooled development corpora (blind2 ... blind21) still got wrong, checks26: one test per class, on notes
and sentences written here (never a corpus sentence), with a near miss of the same shape beside it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from afterview.draft import Draft
from afterview.guardrails.grammar.harper_engine import HarperEngine
from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Ilse Vermaak
  highlights:
    - rebuilt the cold-room stock count at Karoo Fresh, cutting write-offs by a quarter
  since_interview:
    - passed a food safety auditor course
position: Produce Quality Coordinator
company:
  name: Fynbos Market Foods
  news: [opened a packhouse in Paarl]
interview:
  at: 2026-11-24T10:00
  timezone: Africa/Johannesburg
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Thandi Mokoena
    title: Head of Quality
    role: hiring_manager
    email: thandi@fynbos.example
    topics: [how citrus ripening is graded on arrival, the weekly supplier audit]
    challenges: [bruised stone fruit from the night trucks]
"""


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    path: Path = tmp_path_factory.mktemp("notes") / "produce.yaml"
    path.write_text(NOTES, encoding="utf-8")
    return load_notes(path)


def thank(notes: Notes, middle: str) -> Draft:
    body = (
        "Dear Thandi,\n\nThank you for meeting me today about the Produce Quality Coordinator role at Fynbos Market "
        f"Foods. {middle} Please let me know if you need anything else from me.\n\nKind regards,\nIlse"
    )
    when = datetime(2026, 11, 24, 14, 0).astimezone()
    return check_hand_written(
        notes, "Thank you", body, kind=Kind.thank_you, to="Thandi Mokoena", now=when, send_at=when
    )


def codes(draft: Draft, check: str) -> set[str]:
    return {f.code for f in draft.findings if f.check == check and f.severity in ("error", "warning")}


# --- a singular head, a phrase with a subordinator-like preposition, then a plural verb --------------------------
@pytest.mark.parametrize(
    "middle",
    [
        "The talk about grading before the morning shift were the part I enjoyed most.",
        "The question on bruising after the long haul were a good one to think about.",
    ],
)
def test_plural_verb_after_a_singular_noun_in_a_before_or_after_phrase(notes: Notes, middle: str) -> None:
    assert "agreement" in codes(thank(notes, middle), "grammar")


@pytest.mark.parametrize(
    "middle",
    [
        # the clause after 'before' has a plural subject of its own: the verb is right
        "The talk about grading will matter more once the night trucks are rerouted.",
        "The audit deserves a plan before the new suppliers are signed.",
        "The worry about bruising needs an answer before any changes to the routes are made.",
    ],
)
def test_a_clause_with_its_own_plural_subject_is_no_agreement_slip(notes: Notes, middle: str) -> None:
    assert "agreement" not in codes(thank(notes, middle), "grammar")


# --- 'how' opening a clause whose subject is two nouns (Harper's "insert 'to' after 'how'") ----------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "It was good to learn how fruit sorting works at night.",
        "I liked hearing how peach grading works before the weekly audit.",
    ],
)
def test_how_before_a_compound_subject_and_its_verb_wants_no_to(sentence: str) -> None:
    assert not any("'to'" in f.message for f in HarperEngine().check(sentence, ()))


def test_how_before_a_bare_verb_still_wants_to() -> None:
    assert any("'to'" in f.message for f in HarperEngine().check("I want to know how improve the audit.", ()))


# --- a word in capitals is no word to spell or hyphenate --------------------------------------------------------
@pytest.mark.parametrize("sentence", ["My certificate follows. TODO scan it first.", "The TODO list is ready."])
def test_a_marker_in_capitals_is_not_a_grammar_slip(sentence: str) -> None:
    assert not HarperEngine().check(sentence, ())


def test_a_lower_case_slip_beside_capitals_is_still_reported() -> None:
    assert HarperEngine().check("The TODO list is redy.", ())


# --- an adverb in -s or a gerund subject is no plural head ------------------------------------------------------
@pytest.mark.parametrize(
    "middle",
    [
        "The discussion afterwards was the part I enjoyed most.",
        "Grading citrus on arrival and our bruised stone fruit was a lot to cover.",
    ],
)
def test_an_adverb_or_a_gerund_subject_is_no_plural_head(notes: Notes, middle: str) -> None:
    assert "agreement" not in codes(thank(notes, middle), "grammar")


# --- 'who' after people takes their number ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "middle",
    [
        "The share of growers who ships ripe fruit on Mondays is worth tracking.",
        "Drivers who takes the coast road see more bruising.",
    ],
)
def test_who_after_people_takes_their_number(notes: Notes, middle: str) -> None:
    assert "agreement" in codes(thank(notes, middle), "grammar")


@pytest.mark.parametrize(
    "middle",
    [
        "I was one of the inspectors who checks every crate at Karoo Fresh.",
        "The growers who ship on Mondays see less bruising.",
    ],
)
def test_a_quantified_who_or_a_plural_verb_is_no_slip(notes: Notes, middle: str) -> None:
    assert "agreement" not in codes(thank(notes, middle), "grammar")
