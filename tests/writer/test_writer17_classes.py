"""WRITER17 (issue 17, blind run 16): each thing a note says is a whole thought. The question an interviewer put to
the candidate is said back with the candidate's work it touches, or gets no sentence of its own ("… was a good one,
and I enjoyed talking it through" says nothing); a bracketed tag after a piece of work is said in words or left out;
a duration jotted after a topic is never joined with "with"; a duty done where a pastime happens ('drills with the
mountain rescue team') is work, not a pastime. Notes invented here (a harbour pilotage service, a bakery, a library,
a cave-tour operator)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.personal_item import personal
from afterview.writer.question_tie import answering
from afterview.writer.tag_aside import carries_credit, split_tag, tag_words
from afterview.writer.topic_detail import with_detail
from afterview.writer.work_noun import worked_on
from helpers import draft_json

CAVES = """
candidate:
  name: Rhiannon Pugh
  highlights:
    - 4 seasons as lead guide at Ogof Ddu show caves
    - led 6 flood-rescue drills a year w/ the cave rescue team
    - cut tour no-shows from 12% to 5% with SMS reminders
position: Senior Cave Guide
company:
  name: Dan yr Ogof Adventures
  culture: casual
interview:
  at: 2026-10-06T10:00
  timezone: Europe/London
  format: video
interviewers:
  - name: Gareth Lloyd
    role: hiring_manager
    email: gareth@danyrogof.example
    topics:
      - "his q - how would you run a flood drill with a school group?"
      - "his q - how would you get a tour group out if the stream rose fast?"
      - new lighting in the main chamber
"""

LIBRARY = """
candidate:
  name: Tomasz Wierzbicki
  highlights:
    - catalogued 12,000 maps at the county record office
    - digitisation project on 300 parish registers (dissertation)
position: Collections Officer
company:
  name: Harbourside Library
  culture: neutral
interview:
  at: 2026-10-06T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Priya Nair
    role: hiring_manager
    email: priya@harbourside.example
    topics:
      - "her q - how would you handle a complaint from a reader?"
    challenges:
      - register scans fading, half unreadable
"""


def _thanks(run: dict, to: str) -> str:  # type: ignore[type-arg]
    (body,) = [m["body"] for m in run["messages"] if m["kind"] == "thank_you" and m["to"] == to]
    return str(body)


def test_a_question_is_answered_by_the_highlight_sharing_a_word_that_is_not_the_jobs() -> None:
    highlights = [
        "6 years as a harbour pilot in Milford Haven",
        "ran 10 man-overboard drills a year w/ the lifeboat crew",
    ]
    said = answering("how I would handle a man-overboard call at night", highlights, "Harbour Pilot Milford Haven Port")
    assert said == "I ran 10 man-overboard drills a year with the lifeboat crew"
    # a word of the position is shared by everything in the notes: no tie through it
    assert answering("how I would brief a new harbour pilot", highlights[:1], "Harbour Pilot Port Authority") is None
    assert answering("what I would change about our rota", highlights, "Harbour Pilot Port Authority") is None
    # a bare modifier of what was asked about ('a tour group') ties it to nothing
    tours = ["cut tour no-shows from 12% to 5% with SMS reminders"]
    assert answering("how I would get a tour group out if the stream rose fast", tours, "Cave Guide") is None


@pytest.mark.parametrize("tone", ["warm", "formal", "casual"])
def test_a_thank_you_says_the_work_a_question_touched(tmp_path: Path, tone: str) -> None:
    run = draft_json(tmp_path, CAVES, "--now", "2026-10-06T16:00", "--tone", tone)
    thanks = _thanks(run, "Gareth Lloyd")
    assert "run a flood drill with a school group" in thanks, thanks
    assert "flood-rescue drills a year with the cave rescue team" in thanks, thanks
    assert "a good one" not in thanks and "talking it through" not in thanks, thanks


@pytest.mark.parametrize("tone", ["warm", "formal"])
def test_a_question_nothing_touches_gets_no_sentence_of_its_own(tmp_path: Path, tone: str) -> None:
    run = draft_json(tmp_path, LIBRARY, "--now", "2026-10-06T16:00", "--tone", tone)
    thanks = _thanks(run, "Priya Nair")
    # no sentence of its own beyond an acknowledgement in a note short of words (WRITER34), never an answer
    if "complaint from a reader" in thanks:
        assert re.search(r"handle a complaint from a reader(?: is one I keep thinking about|\.)", thanks), thanks
    assert "a good one" not in thanks and "talking it through" not in thanks, thanks


def test_a_bracketed_tag_after_work_is_said_in_words_or_left_out() -> None:
    assert split_tag("soil survey at 3 farms (thesis)") == ("soil survey at 3 farms", "thesis")
    assert split_tag("(draft) survey") == ("(draft) survey", None)
    assert tag_words("MSc thesis") == "for my MSc thesis"
    assert tag_words("FYP") == "for my final-year project"
    assert tag_words("capstone") == "for my capstone"
    assert tag_words("team of 5") == "as part of a team of 5"
    assert tag_words("summer") is None
    assert carries_credit("team of 5") and carries_credit("with Jonas") and not carries_credit("thesis")
    assert worked_on("fare-system migration for 9 branches (capstone)") == (
        "I worked on a fare-system migration for 9 branches for my capstone"
    )
    assert worked_on("fare-system migration for 9 branches (team of 3)") == (
        "I worked on a fare-system migration for 9 branches as part of a team of 3"
    )
    assert worked_on("fare-system migration for 9 branches (with Jonas)") is None  # never said as the candidate's alone


def test_a_dissertation_tag_never_reaches_the_draft_in_brackets(tmp_path: Path) -> None:
    run = draft_json(tmp_path, LIBRARY, "--now", "2026-10-06T16:00")
    for message in run["messages"]:
        assert "(dissertation)" not in message["body"], message["body"]


def test_a_duration_jotted_after_a_topic_is_never_joined_with_with() -> None:
    assert with_detail(["apprentice start in March, 10 weeks"], "the apprentice start in March") is None
    assert with_detail(["induction course - 4 weeks"], "the induction course") == "the 4-week induction course"
    assert with_detail(["new bakery line - 3 ovens"], "the new bakery line") == "the new bakery line with 3 ovens"


def test_a_duty_done_where_a_pastime_happens_is_work() -> None:
    assert not personal("led 6 flood-rescue drills a year w/ the cave rescue team")
    assert not personal("ran avalanche rescue drills with ski patrol")
    assert personal("skied the Haute Route in 2024")


BAKERY = """
candidate:
  name: Ioana Popescu
  highlights:
    - rebuilt the sourdough starter programme at Crumb & Co, waste down 30%
    - 5 years as a shift baker
  since_interview:
    - finished the Level 3 food hygiene certificate
position: Head Baker
company:
  name: Wheatfield Bakeries
  news:
    - opened a fourth shop in Leith
  culture: neutral
interview:
  at: 2026-10-06T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Morag Steele
    role: hiring_manager
    email: morag@wheatfield.example
    primary_contact: true
    topics:
      - rebuilding the sourdough starter programme
    challenges:
      - delivery vans late every Monday
  - name: Euan Baird
    role: recruiter
    email: euan@wheatfield.example
    topics:
      - the early-shift rota
"""


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_a_status_check_says_the_candidates_news_without_unlinked_company_news(tmp_path: Path, tone: str) -> None:
    run = draft_json(tmp_path, BAKERY, "--now", "2026-10-16T10:00", "--tone", tone)
    (check,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    assert "food hygiene certificate" in check, check
    assert "Leith" not in check, check  # the company's news beside it, with nothing linking the two: one is said


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
def test_a_status_check_never_opens_on_a_bare_question(tmp_path: Path, tone: str) -> None:
    for now in ("2026-10-16T10:00", "2026-10-19T10:00"):
        busy = BAKERY.replace("culture: neutral", "culture: neutral\n  pace: busy")
        run = draft_json(tmp_path, busy, "--now", now, "--tone", tone)
        for message in run["messages"]:
            if message["kind"] == "status_check":
                first = message["body"].split("\n\n")[1]
                assert not first.startswith("Is there"), first


def test_a_topic_sharing_one_word_with_a_result_is_no_tie() -> None:
    from afterview.writer.tie_pair import best_pair

    result = ["cut p99 latency of the refunds API by 40%"]
    assert best_pair(["idempotency keys for card refunds"], result) is None
    # a problem of theirs may still be tied through what the result counts
    slow = "refunds API latency spikes at month end"
    assert best_pair([slow], result, problems=(slow,)) is not None
