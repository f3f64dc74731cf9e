"""Issue 17 (writer39): the reader's question answered with the candidate's item that fits, words of any script and a
gerund related to their word, and the shared pastime said beside the rapport. Notes invented here (a glassblowing
studio, a ferry line); none is from a blind set."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.language_answer import language_answer, language_clause
from afterview.writer.personal_item import shared_pastime
from afterview.writer.question_tie import answering
from afterview.writer.relate import stems
from afterview.writer.tagger import tokens
from helpers import thank_you_bodies

NOTES = """
candidate:
  name: Teodora Marinescu
  highlights:
    - 6 yrs gaffer at a glass studio in Murano
    - wrote the studio's annealing schedule for thick pieces - cracked pieces ~12% -> ~3%
    - Romanian is my first language
    - cold-water rowing on Lake Bled most Saturdays
position: Senior Glassblower
company:
  name: Fjordglass Studio AS
interview:
  at: 2026-10-06T10:00
  timezone: Europe/Oslo
interviewers:
  - name: Ingrid Solberg
    title: Studio Lead
    role: hiring_manager
    email: ingrid@fjordglass.example
    topics:
      - her q - how would I help the Romanian-speaking apprentices who don't have much Norwegian
      - the new glory hole for the big bowls
  - name: Per Aasen
    title: Glassblower
    role: peer
    email: per@fjordglass.example
    topics:
      - how the hot shop rota works on Saturdays
    rapport:
      - he rows on Lake Bled too!
"""


def _bodies(tmp_path: Path) -> dict[str, str]:
    return thank_you_bodies(tmp_path, NOTES, "2026-10-06T15:00")


def test_a_language_question_is_answered_with_the_candidates_language(tmp_path: Path) -> None:
    bodies = _bodies(tmp_path)
    body = next(b for label, b in bodies.items() if "Ingrid" in label)
    assert "Romanian is my first language" in body
    assert body.count("Romanian-speaking apprentices") == 1  # the question named once
    assert "keep thinking about" not in body and "kept thinking about" not in body
    assert bodies == _bodies(tmp_path)  # deterministic


def test_a_peer_hears_the_shared_pastime_beside_the_rapport(tmp_path: Path) -> None:
    body = next(b for label, b in _bodies(tmp_path).items() if "Per" in label)
    assert "you row on Lake Bled too" in body
    assert "I go cold-water rowing on Lake Bled most Saturdays" in body
    assert body.count("Lake Bled") == 2  # said once by each side, never a third time


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("Romanian is my first language", "Romanian is my first language"),
        ("Tamil is my mother tongue", "Tamil is my mother tongue"),
        ("Frisian is my first language", None),  # not a language the list knows: nothing claimed
        ("my first language matters", None),
    ],
)
def test_a_first_language_is_said_as_jotted(item: str, said: str | None) -> None:
    assert language_clause(item) == said


def test_a_country_in_the_question_is_answered_in_its_language_only() -> None:
    mine = ["JLPT N2", "native Portuguese speaker"]
    said = language_answer("how I would pitch the kiln to a buyer in Brazil", mine)
    assert said == "I am a native Portuguese speaker"
    assert language_answer("how I would pitch the kiln to a buyer in Germany", mine) is None  # no German: no answer
    assert language_answer("how I would pitch the kiln to a buyer", mine) is None  # no language asked about


def test_words_of_any_script_are_one_word() -> None:
    assert tokens("we sail at Ålesund and Kraków") == ["we", "sail", "at", "Ålesund", "and", "Kraków"]
    assert tokens("34% doesn't") == ["34%", "does", "n't"]


def test_a_gerund_shares_its_verbs_stem() -> None:
    assert "row" in stems("cold-water rowing most Saturdays") & stems("he rows there too")
    assert "plan" in stems("planning the rota") & stems("plans the rota")


def test_a_pastime_gerund_is_said_with_go_only_beside_the_same_rapport() -> None:
    mine = ["cold-water rowing on Lake Bled most Saturdays"]
    assert shared_pastime("you row on Lake Bled too", mine) == "I go cold-water rowing on Lake Bled most Saturdays"
    assert shared_pastime("you bake sourdough", mine) is None


def test_one_word_only_one_highlight_shares_answers_the_question_weakly() -> None:
    mine = ["6 yrs gaffer at a glass studio", "wrote the studio's annealing schedule for thick pieces"]
    said = answering("when I would change the annealing for a thick bowl", mine, "Senior Glassblower Fjordglass")
    assert said == "I wrote the studio's annealing schedule for thick pieces"
    # a word two highlights share picks neither by it alone
    both = ["ran the annealing ovens", "wrote the annealing schedule"]
    assert answering("when I would open the furnace door", both, "Senior Glassblower Fjordglass") is None
