"""Classes the pooled spent corpora (blind2 ... blind20) still missed, checks25: one test per class, on notes and
sentences written here (never a corpus sentence), with a near miss of the same shape beside it."""

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
  name: Tomasz Wolski
  highlights:
    - trained 40 drivers on a new tablet app at Baltic Haulage
    - cut empty return trips by a fifth with a backhaul board
  since_interview:
    - finished a customs compliance course
position: Dispatch Informatics Lead
company:
  name: Harbourline Freight
  news: [opened a cold-store depot in Gdynia]
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Warsaw
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Marta Nowak
    title: Head of Operations
    role: hiring_manager
    email: marta@harbourline.example
    topics: [how informatics drivers are rostered at weekends, the customs paperwork backlog at the port]
    challenges: [late trailer returns from the Poznan yard]
"""


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> Notes:
    path: Path = tmp_path_factory.mktemp("notes") / "freight.yaml"
    path.write_text(NOTES, encoding="utf-8")
    return load_notes(path)


def thank(notes: Notes, middle: str) -> Draft:
    body = (
        "Dear Marta,\n\nThank you for meeting me today about the Dispatch Informatics Lead role at Harbourline "
        f"Freight. {middle} Please let me know if you need any further information.\n\nBest regards,\nTomasz"
    )
    when = datetime(2026, 11, 24, 14, 0).astimezone()
    return check_hand_written(notes, "Thank you", body, kind=Kind.thank_you, to="Marta Nowak", now=when, send_at=when)


def generic(draft: Draft) -> bool:
    return any(f.check == "personalization" and f.code == "generic" for f in draft.findings)


# --- a word shared with an item by chance is no mention of it --------------------------------------------------
@pytest.mark.parametrize(
    "middle",
    [
        # 'drivers' is one of the item's own three words (the title's 'informatics' is no one's own), and 'further
        # information' is no 'informatics'
        "My years of working with drivers would help your team.",
        "I am sure my tablet training for drivers would carry over.",
    ],
)
def test_one_everyday_word_of_an_item_is_no_reference(notes: Notes, middle: str) -> None:
    assert generic(thank(notes, middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I keep thinking about how the drivers are rostered at weekends.",
        "The weekend rosters for drivers sound like a puzzle I would enjoy.",
        "Clearing the paperwork backlog at the port sounds like a good first project.",
    ],
)
def test_two_of_an_items_own_words_still_name_it(notes: Notes, middle: str) -> None:
    assert not generic(thank(notes, middle))


def claimed(draft: Draft) -> bool:
    return any(f.check == "claims" and f.code == "unsupported_claim" for f in draft.findings)


# --- their item as the object of "I <verb>ed", named before "I" with nothing after the verb ----------------------
@pytest.mark.parametrize(
    "middle",
    [
        "I keep returning to the customs paperwork backlog I untangled for you, and I would gladly do more.",
        "The late trailer returns I sorted out with you still feel like a good puzzle.",
    ],
)
def test_their_item_named_before_i_and_a_bare_verb_is_a_claim(notes: Notes, middle: str) -> None:
    assert claimed(thank(notes, middle))


@pytest.mark.parametrize(
    "middle",
    [
        "I keep returning to the backhaul board I introduced, and I would gladly build another.",
        "I keep returning to the customs paperwork backlog you described, and I would gladly help with it.",
        # a part of the interview named before "I" is how the candidate took part, not work
        "Your walk through the port backlog answered most of the questions I had brought.",
        "The late trailer returns came up in the answer I gave, and I enjoyed the discussion.",
    ],
)
def test_own_item_before_i_or_their_item_told_by_them_is_no_claim(notes: Notes, middle: str) -> None:
    assert not claimed(thank(notes, middle))


# --- homophone slips in new places: were/where after 'hear' or a preposition, its fine if, help me loose -----------
@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("I would like to hear were things are with the dispatch role.", "were_where"),
        ("Any pointers on were I could have been clearer would help.", "were_where"),
        ("A short reply is enough, and its fine if it comes next week.", "its_its"),
        ("Your notes would help me loose the habit of long answers.", "lose_loose"),
    ],
)
def test_homophone_slips_are_grammar(said: str, code: str) -> None:
    from afterview.guardrails.grammar.mixups import word_mixups

    assert code in {f.code for f in word_mixups(said)}


@pytest.mark.parametrize(
    "said",
    [
        "The depots I worked on were the busiest in the region.",
        "The contract and its fine print took a week to read.",
        "The straps came loose on the trailer.",
        "I would like to hear whether the depot opens in spring.",
    ],
)
def test_near_misses_of_the_same_words_are_fine(said: str) -> None:
    from afterview.guardrails.grammar.mixups import word_mixups

    assert not [f for f in word_mixups(said) if f.code in {"were_where", "its_its", "lose_loose"}]
