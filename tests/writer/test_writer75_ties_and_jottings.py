"""writer75's classes (blind judges of thank-yous, natural 2.5/5), on notes invented for these tests in several trades:
a tie that is a non-sequitur ("Your point … stayed with me, because I set up …"), a jotting's tense and counts
garbled ("2 ovens are down 9 days last season"), jottings' glue reaching the page ("without your in the room", "with
board scanning and optimizer", "coming next year with a radio series"), filler any candidate could send, and a
recruiter's note that pitches a deed, names a topic in its subject or promises a dated item twice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.adapt import clause_form
from afterview.writer.dated_item import dated
from afterview.writer.gate import problem
from afterview.writer.one_sentence_tie import joined
from afterview.writer.past_time import agreed
from helpers import draft_json

# (trade, position, company, hiring manager's problem as jotted, the candidate's related deed, their topic)
TRADES = [
    (
        "bakery",
        "Production Engineer",
        "Hollin Bakeries",
        "2 ovens down 9 days last season",
        "set up planned maintenance at a bakery in Leeds, cut oven downtime 30%",
        "the new tunnel oven line",
    ),
    (
        "port",
        "Terminal Operations Manager",
        "Harbourline Ports",
        "truck queues at the gate, 3 hours at peak",
        "cut truck turnaround 35% at the Valencia terminal with a booking system",
        "the crane electrification plan",
    ),
    (
        "dairy",
        "Farm Manager",
        "Glenmoor Dairy",
        "bought-in feed costs up 25% since spring",
        "moved the herd to rotational grazing, cut bought-in feed costs 18%",
        "the robot milking trial",
    ),
    (
        "print",
        "Print Production Lead",
        "Kestrel Press",
        "make-ready waste on the 5-colour press",
        "cut make-ready waste 40% on a Heidelberg press with colour presets",
        "the move to plate-free proofs",
    ),
    (
        "pool",
        "Leisure Centre Manager",
        "Riverside Leisure",
        "heating costs for the main pool",
        "cut heating costs 22% at a 25 m pool with a new cover routine",
        "the swim school timetable",
    ),
]


def _notes(trade: tuple[str, ...], tone: str = "neutral") -> str:
    _, position, company, challenge, deed, topic = trade
    return f"""
candidate:
  name: Robin Vale
  highlights:
    - {deed}
position: {position}
company:
  name: {company}
  culture: {tone}
interview:
  at: 2026-12-03T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Alex Moor
    title: Operations Manager
    role: hiring_manager
    email: alex@example.com
    topics:
      - {topic}
    challenges:
      - {challenge}
  - name: Sam Idris
    title: HR Lead
    role: recruiter
    email: sam@example.com
    topics:
      - relocation from Calgary
      - the shift pattern
requested:
  - references by Monday
"""


def _bodies(tmp_path: Path, text: str, *args: str) -> dict[str, dict[str, str]]:
    run = draft_json(tmp_path, text, "--now", "2026-12-03T15:00", "--kind", "thank_you", *args)
    return {m["to"]: m for m in run["messages"]}


# --- 1. the tie: their point, the deed, a wish; never 'because' between a point and a deed ---------------------------

_NON_SEQUITUR = re.compile(
    r"(?i)stayed with me, because|more thought to .*, because|which is why that problem|glad to discuss .*, because|"
    r"talked about .*, because|close to my own work|touches on my own work"
)


@pytest.mark.parametrize(
    ("trade", "tone"), list(zip(TRADES, ["warm", "formal"] * 3, strict=False)), ids=[t[0] for t in TRADES]
)
def test_tie_never_says_a_cause_that_is_none(tmp_path: Path, trade: tuple[str, ...], tone: str) -> None:
    body = _bodies(tmp_path, _notes(trade), "--tone", tone)["Alex Moor"]["body"]
    assert not _NON_SEQUITUR.search(body), body


def test_tie_keeps_their_point_then_the_deed_in_two_shapes() -> None:
    theirs = "You mentioned that two ovens were down nine days last season."
    mine = "I set up planned maintenance at a bakery in Leeds"
    said = {joined(theirs, mine, formal, n) for formal in (False, True) for n in (0, 1)}
    assert all(s and s.startswith(theirs) and "because" not in s for s in said), said
    assert len(said) >= 3  # more than one shape: a packet of drafts does not hear one formula
    assert any("brought to mind my own work, where I set up" in (s or "") for s in said)


def test_tie_with_nothing_named_ends_on_a_wish_that_claims_nothing(tmp_path: Path) -> None:
    body = _bodies(tmp_path, _notes(TRADES[1]))["Alex Moor"]["body"]
    assert "I cut truck turnaround by 35%" in body
    wish = body.split("I cut truck turnaround by 35%", 1)[1]
    assert re.search(r"I would (?:be glad|enjoy|welcome)", wish), body


# --- 2. a jotting's tense and counts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("2 ovens down 9 days last season", "two ovens were down nine days last season"),
        ("3 presses are down a week every year", "three presses are down a week every year"),
        ("sales up 4% last quarter", "sales were up 4% last quarter"),
        ("hay costs up 25% since spring", "the hay costs are up 25% since spring"),
        ("the night shift is short of 2 porters since last year", "the night shift is short of two porters since"),
        ("the scrap rate is 4% of sheets", "the scrap rate is 4% of sheets"),
    ],
)
def test_jotting_clause_agrees_with_its_time_and_counts_in_words(jotted: str, said: str) -> None:
    # the clause takes its tense (adapt.clause_form); the sentence says its counts in words (past_time.agreed)
    assert said in agreed(clause_form(jotted) or jotted)


@pytest.mark.parametrize(
    "jotted", ["4 agency nurses a night last month", "5 temps a shift last winter", "three walk-outs a term since May"]
)
def test_a_count_and_its_rate_with_no_verb_is_no_clause_of_theirs(jotted: str) -> None:
    from afterview.writer.tie_pair import theirs

    assert theirs(jotted) is None  # never "You mentioned that four agency nurses a night last month."


def test_past_marker_takes_the_past_only_with_a_finished_time() -> None:
    assert agreed("the kilns are idle four weeks two years ago") == "the kilns were idle four weeks two years ago"
    assert agreed("the new plant opens in March 2027") == "the new plant opens in March 2027"
    assert agreed("4% of orders are late") == "4% of orders are late"  # a figure with a unit stays in figures


def test_bakery_note_says_their_problem_in_the_past(tmp_path: Path) -> None:
    body = _bodies(tmp_path, _notes(TRADES[0]))["Alex Moor"]["body"]
    assert "two ovens were down nine days last season" in body, body
    assert "2 ovens" not in body and "are down" not in body


# --- 3. a jotting's glue never reaches the page -------------------------------------------------------------------


@pytest.mark.parametrize(
    "garbled",
    [
        "how the editors run without your in the room",
        "the handover without my on the ward",
        "the new line with board scanning and optimizer",
        "the press with feeder and stacker",
        "Polish-language projects coming next year with a radio series",
        "new menus coming next season with a tasting bar",
    ],
)
def test_garbled_noun_phrases_are_refused(garbled: str) -> None:
    assert problem(garbled, "noun") is not None


@pytest.mark.parametrize(
    "clean",
    [
        "the line with sorting and packaging",
        "your plans for the new line with a scanner and an optimizer",
        "the move from VMs to Kubernetes",
        "projects coming next year",
        "the patient intake redesign",
    ],
)
def test_clean_noun_phrases_pass(clean: str) -> None:
    assert problem(clean, "noun") is None


@pytest.mark.parametrize(
    ("topic", "glue"),
    [
        ("how the editors run without your in the room", "your in the"),
        ("new line with board scanning and optimizer", "and optimizer"),
        ("Polish-language projects coming next year with a radio series", "with a radio series"),
        ("the huge spreadsheet, which was a real help", "which was a real help"),
    ],
)
def test_glue_never_drafted(tmp_path: Path, topic: str, glue: str) -> None:
    text = _notes(TRADES[3]).replace("the move to plate-free proofs", topic)
    for message in _bodies(tmp_path, text).values():
        assert glue not in message["body"], message["body"]


# --- 4. filler any candidate could send -------------------------------------------------------------------------

_FILLER = re.compile(
    r"(?i)big part of why|much of why|why this role appeals|what draws me to|I hope we speak again soon|"
    r"hope to speak again soon|opportunity to work alongside you|working with you before long"
)


@pytest.mark.parametrize(
    ("trade", "tone"),
    list(zip(TRADES, ["concise", "enthusiastic", "warm", "formal", "concise"], strict=True)),
    ids=[t[0] for t in TRADES],
)
def test_no_stock_filler(tmp_path: Path, trade: tuple[str, ...], tone: str) -> None:
    for message in _bodies(tmp_path, _notes(trade), "--tone", tone).values():
        assert not _FILLER.search(message["body"]), message["body"]


# --- 5. the recruiter's note ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("trade", TRADES, ids=[t[0] for t in TRADES])
def test_recruiter_hears_no_deed_and_a_short_subject(tmp_path: Path, trade: tuple[str, ...]) -> None:
    message = _bodies(tmp_path, _notes(trade))["Sam Idris"]
    body, subject = message["body"], message.get("subject") or ""
    result = re.search(r"\d+%", trade[4])
    assert result and result[0] not in body, body  # the deed's result is for the hiring manager, not HR
    assert not re.search(r"Having \w+ed\b", body), body
    assert "Calgary" not in subject and "relocation" not in subject.lower(), subject
    assert subject.lower().startswith("thank"), subject


@pytest.mark.parametrize("trade", TRADES[:4], ids=[t[0] for t in TRADES[:4]])
def test_dated_request_promised_once(tmp_path: Path, trade: tuple[str, ...]) -> None:
    body = _bodies(tmp_path, _notes(trade))["Sam Idris"]["body"]
    assert "by Monday" in body, body
    line = next(s for s in re.split(r"(?<=\.)\s+", body) if "by Monday" in s)
    assert not re.search(r"shortly|attached|today", line), line


@pytest.mark.parametrize(
    ("item", "is_dated"),
    [
        ("references by Monday", True),
        ("the DBS certificate by Fri", True),
        ("portfolio link by 11 Dec", True),
        ("writing samples by the end of the week", True),
        ("a report written by my team", False),
        ("portfolio link", False),
    ],
)
def test_dated_item(item: str, is_dated: bool) -> None:
    assert dated(item) is is_dated


@pytest.mark.parametrize(
    ("highlight", "said"),
    [
        (
            "moved the herd to rotational grazing, which cut bought-in feed by 18%",
            "I moved the herd to rotational grazing, which cut bought-in feed by 18%",
        ),
        (
            "set up a pool cover routine, which cut heating costs 22%",
            "I set up a pool cover routine, which cut heating costs by 22%",
        ),
        (
            "moved billing to monthly runs, which cut late payments by 30%",
            "I moved billing to monthly runs, which cut late payments by 30%",
        ),
    ],
)
def test_a_result_jotted_as_which_clause_is_said_as_written(highlight: str, said: str) -> None:
    from afterview.writer.items import tie_clause

    assert tie_clause(highlight) == said  # never "…, with which cut …"


_MOVES = ["moving from Bristol to Salisbury", "relocating from Calgary", "moving to Leeds", "relocating with family"]


@pytest.mark.parametrize(
    ("move", "tone"), list(zip(_MOVES, ["warm", "formal", "concise", "enthusiastic"], strict=True)), ids=_MOVES
)
def test_the_candidates_own_move_is_never_told_about(tmp_path: Path, move: str, tone: str) -> None:
    text = f"""
candidate:
  name: Grace Adeyemi
position: Ward Manager
company:
  name: St Aldhelm Hospital
interview:
  at: 2026-12-02T13:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Tom Clarke
    role: recruiter
    channel: linkedin
    topics:
      - {move}
  - name: Helen Moss
    role: hiring_manager
    channel: handwritten
    topics:
      - {move}
"""
    for message in _bodies(tmp_path, text, "--tone", tone).values():
        assert not re.search(r"telling me about (?:moving|relocating)", message["body"]), message["body"]
