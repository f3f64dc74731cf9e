"""WRITER16 (issue 17, blind run 15): say fewer things, each as a whole thought. A personal item is never tied to
their work; a status check tells its news as news since then and no result that bears on nothing they raised; the
question an interviewer put to the candidate is thanked for in their words; the candidate's own workplace is said as
theirs; a duration jotted before a noun is not pasted; no line that fits any interview in a note that is only a little
short; an executive gets a composed LinkedIn note. Notes invented here (a parish archive, a bakery chain, a rail
depot, a veterinary group)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from afterview.writer.gate import problem
from afterview.writer.headline import headline_passive
from afterview.writer.perfect import present_perfect
from afterview.writer.personal_item import personal
from afterview.writer.shapes import strip_i
from afterview.writer.their_question import their_question
from helpers import draft_json

ARCHIVE = """
candidate:
  name: Siobhán Kearney
  highlights:
    - ran a half marathon in Galway
    - indexed 40,000 baptism records at the county library
  since_interview:
    - completed the Archives and Records Association digital preservation module
position: Archivist
company:
  name: St Brigid's Parish Archive
  culture: neutral
interview:
  at: 2026-11-10T10:00
  timezone: Europe/Dublin
  format: onsite
interviewers:
  - name: Declan Moran
    role: hiring_manager
    email: declan@stbrigids.example
    primary_contact: true
    topics:
      - half the registers still unscanned
      - "his q - how would you prioritise water-damaged volumes? (me: triage by use, then condition)"
"""


def _by(run: dict, kind: str, to: str) -> str:  # type: ignore[type-arg]
    (body,) = [m["body"] for m in run["messages"] if m["kind"] == kind and m["to"] == to]
    return str(body)


def test_a_personal_item_is_never_tied_to_their_work() -> None:
    assert personal("ran a half marathon in Galway") and personal("coach the under 10s netball team")
    assert personal("play fiddle in a ceili band")
    assert not personal("indexed 40,000 baptism records at the county library")
    assert not personal("band saw safety lead for 3 joinery shops")  # a pastime's word used for work


@pytest.mark.parametrize("tone", ["warm", "formal"])
def test_a_race_shares_a_word_with_their_topic_and_is_left_out(tmp_path: Path, tone: str) -> None:
    run = draft_json(tmp_path, ARCHIVE, "--now", "2026-11-10T16:00", "--tone", tone)
    thanks = _by(run, "thank_you", "Declan Moran")
    assert "marathon" not in thanks, thanks  # 'half' in both is no link


def test_the_question_they_asked_is_read_in_their_words() -> None:
    # WRITER17: an email says it back only with the candidate's work it touches (tests/writer/test_writer17_classes.py)
    assert their_question(
        "his q - how would you prioritise water-damaged volumes? (me: triage by use, then condition)"
    ) == ("how I would prioritise water-damaged volumes")


def test_a_question_nothing_of_theirs_touches_gets_no_sentence_and_no_answer(tmp_path: Path) -> None:
    run = draft_json(tmp_path, ARCHIVE, "--now", "2026-11-10T16:00")
    thanks = _by(run, "thank_you", "Declan Moran")
    assert "a good one" not in thanks, thanks
    # a note short of words acknowledges their question, in its own words, and never says what the answer was
    # (WRITER34; before, it got no sentence at all)
    if "water-damaged" in thanks:
        assert re.search(
            r"(?:is one I keep thinking about|kept thinking about your question about how I would)", thanks
        )
    assert "triage" not in thanks, thanks  # the answer jotted after it is never claimed


def test_a_status_check_tells_its_news_since_then_and_no_unrelated_result(tmp_path: Path) -> None:
    run = draft_json(tmp_path, ARCHIVE, "--now", "2026-11-24T10:00")
    check = _by(run, "status_check", "Declan Moran")
    assert re.search(
        r"Since (?:our interview|we last spoke), I have completed the Archives and Records Association", check
    ), check
    assert not re.search(r"For my part|In the meantime|I should add", check), check
    assert "marathon" not in check, check
    openings = [s.split()[0] for s in re.split(r"(?<=[.?!])\s+", check.split("\n\n", 1)[1]) if s.strip()]
    # no two alike in a row ('Since …, … Since …'); "I hope you are well. I am writing to ask …" is how people open
    assert all(a != b or a == "I" for a, b in itertools.pairwise(openings)), check


def test_their_question_is_said_back_from_their_side() -> None:
    assert their_question("her q: which booking system would you pick?") == "which booking system I would pick"
    assert their_question("q - how do I handle a nurse who skips triage?") == "how I handle a nurse who skips triage"
    assert their_question("his q: Opera or Mews?") == "Opera versus Mews"
    assert their_question("q: can the night crew sign off brake tests?") == (
        "whether the night crew can sign off brake tests"
    )
    assert their_question("her q: would you relocate to Cork?") is None  # the job's terms: no thanks for those
    assert their_question("his q: how would she cover Sundays?") is None  # a third person
    assert their_question("why did I leave Acme") is None  # no question of theirs
    assert their_question("q: can QC sign off loaves at the oven instead of office?") == (
        "whether QC can sign off loaves at the oven instead of the office"
    )


def test_the_candidates_workplace_stays_theirs() -> None:
    assert strip_i("moved our kitchen from paper HACCP logs to tablets") == (
        "moved my kitchen from paper HACCP logs to tablets"
    )
    assert strip_i("calibrated our propagation model") == "calibrated the propagation model"


def test_news_since_then_reads_as_news() -> None:
    assert (
        present_perfect("I passed the IOSH Managing Safely course") == "I have passed the IOSH Managing Safely course"
    )
    assert present_perfect("I passed the IOSH course last week") is None  # a finished time keeps the past
    # WRITER25: a credential got is said as obtained ("I have got my licence" is no letter's English)
    assert present_perfect("I got my HGV licence") == "I have obtained my HGV licence"
    assert present_perfect("I got a lift to the depot") is None


def test_a_duration_before_a_noun_is_not_pasted() -> None:
    assert problem("the 30 years family bakery", "noun") == "a count before a noun"
    assert problem("how depot data arrives 3 weeks late", "noun") != "a count before a noun"  # a predicate's time
    assert headline_passive("the first hydrogen train delivered to Rostock") == (
        "the first hydrogen train was delivered to Rostock"
    )
    assert headline_passive("the new Galway depot opened in May") == "the new Galway depot opened in May"


VETS = """
candidate:
  name: Tomasz Nowak
  highlights:
    - set up out-of-hours triage for 6 clinics, callbacks 40 min -> 12 min
position: Practice Operations Manager
company:
  name: Riverbend Vets
  culture: casual
interview:
  at: 2026-11-12T11:00
  timezone: Europe/London
interviewers:
  - name: Aoife Brennan
    title: Chief Executive
    role: executive
    channel: linkedin
    topics:
      - opening 4 new clinics next year
  - name: Gareth Lewis
    role: hiring_manager
    email: gareth@riverbend.example
    topics:
      - the rota for weekend cover
"""


@pytest.mark.parametrize("tone", ["warm", "concise", "enthusiastic"])
def test_an_executive_gets_a_composed_linkedin_note(tmp_path: Path, tone: str) -> None:
    run = draft_json(tmp_path, VETS, "--now", "2026-11-12T16:00", "--tone", tone)
    note = _by(run, "thank_you", "Aoife Brennan")
    assert not re.search(r"\bchat\b", note), note


def test_a_note_a_little_short_has_no_line_that_fits_any_interview(tmp_path: Path) -> None:
    run = draft_json(tmp_path, VETS, "--now", "2026-11-12T16:00")
    thanks = _by(run, "thank_you", "Gareth Lewis")
    stock = r"go into more detail on anything|how things move forward|expand on any part|follow-up call at any point"
    # WRITER62 (issue 17): without the stock clause after the result ("…, and I would be glad to bring what I learned
    # from that work to this role.") this note falls under the length check's floor (51 words), and one line that fits
    # any interview keeps it sendable; never more than that one, and never the stock value clause
    assert len(re.findall(stock, thanks)) <= 1, thanks
    assert "what I learned" not in thanks, thanks
    assert "I also enjoyed meeting" not in thanks, thanks
