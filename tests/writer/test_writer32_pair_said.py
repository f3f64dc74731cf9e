"""WRITER32 (issue 17): a strong pair, once found, is said.
The candidate's side where the usual clause reads none of it:
the deed after its jotted time, the result with its bracketed credit as the notes give it, the result clause; their
problem with the cause they gave it, named by what it leaves them with; a question the notes answer by a highlight that
shares two of its words. Notes invented here (a ferry line, a sawmill, a seed bank, a dairy co-op)."""

from __future__ import annotations

from pathlib import Path

from afterview.vocabulary import Role
from afterview.writer import reader_ties
from afterview.writer.mine_said import mine_said
from afterview.writer.problem_said import what_it_leaves
from afterview.writer.question_tie import answering
from afterview.writer.sentence_check import garbled_spans
from afterview.writer.shorthand import prose
from afterview.writer.tie_pair import theirs, with_result
from helpers import draft_json


def test_a_deed_after_its_jotted_time_keeps_the_time() -> None:
    said = mine_said(STORM, with_result)
    assert said is not None and said.startswith("during the 2021 ice storm, I rerouted 14 ferry sailings"), said
    assert "with the coastguard desk" in said, said  # the credit as the notes give it
    # near-miss: a time of 'my' own is no occasion to keep before the deed
    assert mine_said("during my first winter, rerouted 14 ferry sailings", lambda _: None) is None


def test_a_result_with_its_bracketed_credit_is_said_with_the_team() -> None:
    highlight = "log rejects at the saw line ~9% -> ~4% over 3 quarters (w/ the sharpening crew - new blade schedule)"
    assert with_result(highlight) is None  # the usual clause reads none of it
    said = mine_said(highlight, with_result)
    assert said == (
        "I worked with the sharpening crew, and we brought log rejects at the saw line down from about 9% to about 4%"
        " over three quarters"
    ), said


def test_a_credit_then_its_means_in_brackets() -> None:
    highlight = "germination failures 12% -> 3% at Kestrel Seeds, w/ the lab team (new cold-test protocol)"
    said = mine_said(highlight, with_result)
    assert said is not None and said.startswith("I worked with the lab team, and we brought germination failures"), said
    assert "with a new cold-test protocol" in said, said


def test_a_result_alone_is_said_as_a_previous_role_with_its_jotted_cause() -> None:
    highlight = "berth occupancy 40% -> 65% in 18 months after we moved pickups onto one route plan"
    said = mine_said(highlight, lambda _: None)
    assert said is not None and said.startswith("in a previous role, "), said
    assert "berth occupancy went from 40% to 65% in 18 months after we moved pickups onto one route plan" in said, said
    # near-miss: a change with no deed, place or cause of the candidate's is no result to say as theirs
    assert mine_said("berth occupancy 40% -> 65%", lambda _: None) is None


def test_their_cause_and_what_it_leaves_them_with() -> None:
    said = what_it_leaves("spring floods -> queue of 30 milk tankers at the intake")
    assert said == "You mentioned the queue of 30 milk tankers at the intake after spring floods.", said
    # near-miss: what follows their arrow is a clause, no thing to name
    assert what_it_leaves("spring floods -> two tankers turned back in May") is None
    assert what_it_leaves("my old depot -> queue of 30 tankers") is None  # the candidate's own, not theirs


def test_a_head_noun_before_between_sets_the_verb() -> None:
    said = theirs("kiln idle time between loads ~25%")
    assert said == "You mentioned that the kiln idle time between loads is about 25%.", said


def test_a_hyphened_word_keeps_its_clipped_ending() -> None:
    assert prose("the dairy co-ops and our ops team") == "the dairy co-ops and our operations team"
    # near-miss: a clipped word after any other hyphen is still spelled out
    assert prose("the late-ops rota and the sell-thru sheet") == "the late-operations rota and the sell-through sheet"


def test_a_question_answered_by_two_shared_words() -> None:
    question = "how I would earn the shippers' trust during the terminal rebuild"
    said = answering(question, ["agreed the terminal rebuild phasing w/ the main shippers"], "Terminal Manager Oldport")
    assert said == "I agreed the terminal rebuild phasing with the main shippers", said
    # near-miss: one shared word is no answer
    assert answering(question, ["ran the shippers' newsletter"], "Port Manager Oldport") is None


FERRY = """\
candidate:
  name: Tamsin Arkwright
  highlights:
    - during the 2021 ice storm, rerouted 14 ferry sailings w/ the coastguard desk in ~6 hrs
    - ran the summer timetable for 3 routes
position: Ferry Operations Planner
company:
  name: Skerry Lines
interview:
  at: 2026-11-03T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Ruairi Dunmore
    role: hiring_manager
    email: ruairi@skerry.example
    topics:
      - the new harbour berth opening in spring
    challenges:
      - storm cancellations -> backlog of 20-25 sailings when the weather clears
"""


def _thank_you(tmp_path: Path) -> str:
    run = draft_json(tmp_path, FERRY, "--now", "2026-11-03T13:00")
    return next(m["body"] for m in run["messages"] if m["kind"] == "thank_you" and m["channel"] == "email")


def test_the_hiring_manager_hears_the_pair_whole(tmp_path: Path) -> None:
    pair = reader_ties.pair_of(
        Role.hiring_manager, ["the new harbour berth opening in spring"], [FERRY_PROBLEM], [STORM, TIMETABLE]
    )
    assert pair is not None and pair[1] == STORM, pair
    body = _thank_you(tmp_path)
    assert "backlog of 20-25 sailings" in body and "after storm cancellations" in body, body
    assert "I rerouted 14 ferry sailings with the coastguard desk" in body, body
    assert garbled_spans(body) == [], body  # every sentence passes the sentence check
    assert _thank_you(tmp_path) == body  # the same notes give the same letter


FERRY_PROBLEM = "storm cancellations -> backlog of 20-25 sailings when the weather clears"
STORM = "during the 2021 ice storm, rerouted 14 ferry sailings w/ the coastguard desk in ~6 hrs"
TIMETABLE = "ran the summer timetable for 3 routes"


def test_a_thing_named_by_what_it_is_for_takes_its_article() -> None:
    assert theirs("sorting line") == "You walked me through the sorting line.", theirs("sorting line")
    # near-miss: an activity with its object keeps none
    assert theirs("grafting old pear varieties") == "You walked me through grafting old pear varieties."


def test_none_of_something_after_the_deed_is_said_beside_it() -> None:
    said = with_result("agreed the shift swap rules w/ the dock crews - no walkouts")
    assert said == "I agreed the shift swap rules with the dock crews, and there were no walkouts", said
    # near-miss: a singular 'no …' after a dash is no count of things that did not happen
    assert with_result("agreed the shift swap rules w/ the dock crews - no fuss") == (
        "I agreed the shift swap rules with the dock crews"
    )
