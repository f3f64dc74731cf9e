"""WRITER35 (issue 17): the reflection worksheet says each item in a form its question holds, or by its head noun
phrase, or not at all; never a raw item ('When … brought up how his q - how would I …', 'the challenge X described:
water for the line - drought, quota cut again'). Notes invented here (a bell foundry, a seed bank, a ropeworks)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.reflected import asked, clause_topic, problem, strongest
from helpers import draft_json

FOUNDRY = """\
candidate:
  name: Idris Penhallow
  highlights:
    - dean of apprentices at a forge in Truro for 4 years
    - led the sand-mould changeover at Kestle Castings, scrap ~9% -> ~4%
position: Casting Supervisor
company:
  name: Polwin Bell Foundry
interview:
  at: 2026-11-20T10:00
  timezone: Europe/London
  format: onsite
  outcome: rejected
interviewers:
  - name: Morwenna Trist
    role: hiring_manager
    email: morwenna@polwin.example
    topics:
      - her q - how would I train a new moulder on tuning bells?
      - the new induction furnace
    challenges:
      - loam for the moulds - supplier shut, stock ~3 months
      - apprentices leave after year one
  - name: Jory Angove
    role: peer
    email: jory@polwin.example
    topics:
      - hiring local - ~40% of staff live within 10 km
    challenges:
      - tuning lathe stops work most afternoons
"""


def test_the_rejected_worksheet_says_items_whole_or_leaves_them_out(tmp_path: Path) -> None:
    questions = draft_json(tmp_path, FOUNDRY, "--now", "2026-11-28T12:00")["reflection"]["questions"]
    text = "\n".join(questions)
    assert "asked how you would train a new moulder on tuning bells" in text, text
    assert "Morwenna Trist's point that apprentices leave after year one" in text or "loam" in text, text
    assert not re.search(r" - |->|\bq\b|\?.*\?$|: [a-z]|~", text.replace("?\n", "\n"), re.M), text  # nothing jotted
    assert "the hiring local" not in text  # a head noun that says nothing is never named
    assert "dean of apprentices" not in text  # a role jotted as the candidate's is no 'experience of yours'
    assert "your experience leading the sand-mould changeover at Kestle Castings" in text, text


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("his q - how would I date a seed accession?", "how you would date a seed accession"),
        ("q: which germination test would I run first?", "which germination test you would run first"),
    ],
)
def test_their_question_is_said_to_the_candidate(item: str, said: str) -> None:
    assert asked(item) == said


@pytest.mark.parametrize(
    "item",
    [
        "hemp for the rope walk - crop failed, price up ~30%",  # a dash aside: no noun frame holds it whole
        "the splicers only cover day shift",  # a predicate ('only cover'), never 'the splicers only cover …'
        "water temp drifts in the tarring vat in winter",  # a clause the tagger reads as a noun phrase
    ],
)
def test_a_problem_that_no_frame_holds_whole_is_never_a_noun_phrase(item: str) -> None:
    said = problem(item)
    assert said is None or not said["noun"], said  # at most 'what they described about the hemp for the rope walk'
    for value in (said or {}).values():
        assert " - " not in value and "only cover" not in value and "drifts in" not in value, said


def test_a_problem_with_its_own_clause_is_their_point() -> None:
    assert problem("germination tests take 6 weeks") == {
        "point": "germination tests take 6 weeks",
        "noun": "",
        "about": "",
    }


def test_a_topic_keeps_the_candidates_side_as_yours() -> None:
    assert clause_topic("my thesis on cold storage of seeds") == "your thesis on cold storage of seeds"


@pytest.mark.parametrize(
    ("highlight", "said"),
    [
        ("4 years rope maker at Chatham", "your four years as a rope maker at Chatham"),
        ("plays the fiddle", None),  # a pastime is no 'strongest experience'
    ],
)
def test_strongest_experience_is_what_the_candidate_did(highlight: str, said: str | None) -> None:
    assert strongest(highlight) == said


def test_the_worksheet_is_deterministic(tmp_path: Path) -> None:
    first = draft_json(tmp_path, FOUNDRY, "--now", "2026-11-28T12:00")["reflection"]
    assert draft_json(tmp_path, FOUNDRY, "--now", "2026-11-28T12:00")["reflection"] == first


# --- the letters: an item that cannot be framed whole is left out or named as the notes name it ---


@pytest.mark.parametrize(
    ("terms", "said"),
    [
        # the recruiter's relocation help named as the notes name it, with its place: a line that fits any move names
        # nothing of this conversation (the personalization check rightly called it generic)
        ("the relocation package to Tromsø and my notice period", "The relocation package to Tromsø would make"),
        ("relocation allowance + start in May", "The relocation allowance would make"),
        ("hybrid? no, on site 5 days", None),  # a hybrid schedule the notes rule out is never praised
        ("not hybrid, relocation budget", "The relocation budget would make"),
        # a notice period's length is no term of a trainee's job ('One months sounds like a good way to learn …')
        ("grow local rigger trainees, 10 a year and notice period (mine is 1 month)", None),
        ("1-month placement in the workshop", "One month sounds like"),
    ],
)
def test_a_recruiters_terms_are_said_as_the_notes_give_them(terms: str, said: str | None) -> None:
    from afterview.writer.logistics import reaction

    found = reaction(terms)
    assert (found is None) if said is None else (found or "").startswith(said), found


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("hiring local", "hiring local"),  # never 'the hiring local': 'local' names no thing
        ("going digital", "going digital"),
        ("casting pit", "the casting pit"),  # a thing named by an -ing compound takes its article
        ("loading dock", "the loading dock"),
    ],
)
def test_an_ing_compound_takes_an_article_only_when_it_names_a_thing(phrase: str, said: str) -> None:
    from afterview.writer.topic_detail import with_article

    assert with_article(phrase) == said


def test_a_detail_comparing_two_sides_is_never_hung_on_a_noun() -> None:
    from afterview.writer.topic_detail import with_detail

    items = ["notice period (theirs ideally 30 days, mine is 4 weeks)"]
    assert with_detail(items, "the notice period") is None  # never 'the notice period with yours ideally 30 days'


# --- our own checks on our own text: credit, month ranges, clipped words, a sentence in two letters ---


def test_a_sentence_of_six_words_or_more_in_another_message_is_shared() -> None:
    from afterview.draft import Draft
    from afterview.guardrails.fluency import shares_sentence
    from afterview.vocabulary import Channel, Kind

    def draft(to: str, body: str) -> Draft:
        return Draft(Kind.thank_you, to, Channel.email, None, body, "template", "warm")

    first = draft("Anna", "Dear Anna,\n\nI rebuilt the kiln loading plan at Lakeside Tiles.\n\nThanks again.\n")
    other = draft("Bence", "Dear Bence,\n\nI rebuilt the kiln loading plan at Lakeside Tiles.\n\nThanks again.\n")
    reworded = draft("Bence", "Dear Bence,\n\nAt Lakeside Tiles I rebuilt how the kilns are loaded.\n\nThanks again.\n")
    assert shares_sentence(other, [first])
    assert not shares_sentence(reworded, [first])  # 'Thanks again.' is short enough for two messages


@pytest.mark.parametrize(
    ("highlight", "team"),
    [
        ("cut glaze rejects 9% -> 4% (kiln project, team of 5)", "five"),  # a team among other tags still shares it
        ("cut glaze rejects 9% -> 4% (team of 5)", "five"),
        ("cut glaze rejects 9% -> 4% (kiln project)", None),
    ],
)
def test_a_team_tag_among_other_tags_gives_the_result_to_the_team(highlight: str, team: str | None) -> None:
    from afterview.writer.team_credit import team_deed

    found = team_deed(highlight)
    assert (found[1] if found else None) == team
