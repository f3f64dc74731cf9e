"""WRITER24 (issue 17, blind runs 25-26): a thank-you takes up the reader's own problem, goal or question with the
candidate's item that bears on it, and only then.

- A result jotted with its team first ('w/ a team of 3 -> X 10 -> 4 by …') is read from its result, so it relates
  to the problem it answers, and is said as the team's.
- A question jotted among their problems ('his q - how would I … w/ …?') is said back like one among their topics.
- A goal of theirs in numbers ('growing from 20 to 35 guitars a year') relates to a measure per one of those things.
- Words of one subject ('humid' ↔ 'rainy'; 'audit' ↔ 'inspection') relate a problem to the work that bears on it.
- Nothing is tied where nothing bears on it; no stock 'favourite part' frame; no 'walking me through the role' to
  someone who did not. Notes invented here (a guitar workshop, a ceramics studio, a ferry operator)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.measure_units import same_unit
from afterview.writer.personal_item import personal
from afterview.writer.problem_said import jotted_clause
from afterview.writer.team_lead import team_last
from afterview.writer.their_question import their_question
from afterview.writer.tie_pair import theirs, with_result
from helpers import draft_json

LUTHIER = """
candidate:
  name: Marta Quiroga
  highlights:
    - 8 yrs building steel-string guitars, last 2 as bench lead
    - w/ the finishing crew of 4 -> lacquer rejects 15% -> 5% by moving spraying to mornings
    - play in a tango orchestra
position: Workshop Manager
company:
  name: Lutería del Sur
  pace: normal
  culture: neutral
interview:
  at: 2026-11-24T10:00
  timezone: America/Argentina/Buenos_Aires
interviewers:
  - name: Rodrigo Paz
    role: hiring_manager
    email: rodrigo@luteria.example
    topics:
      - the new cutaway model
    challenges:
      - their lacquer rejects run ~12% on humid days
  - name: Elena Ruiz
    title: Wood Buyer
    role: other
    email: elena@luteria.example
    topics:
      - the wood store and its dehumidifier
"""

# the same workshop, its problem one that nothing of the candidate's bears on
UNRELATED = LUTHIER.replace("their lacquer rejects run ~12% on humid days", "their website takes orders by email only")

CERAMICS = """
candidate:
  name: Oskar Lindahl
  highlights:
    - 6 yrs throwing tableware at a pottery in Gothenburg
    - built a moisture test rig for drying greenware (my final-year project)
    - sing bass in a barbershop quartet
position: Studio Potter
company:
  name: Lerverket
  pace: normal
  culture: neutral
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Stockholm
interviewers:
  - name: Ingrid Berg
    role: hiring_manager
    email: ingrid@lerverket.example
    topics:
      - the stoneware dinner set for the hotel order
    challenges:
      - clay cracks in the rainy season
"""

FERRY = """
candidate:
  name: Aoife Brennan
  highlights:
    - 9 yrs deck officer on island ferries
    - planned crew shifts for a 6-boat fleet, 3 yrs
position: Operations Lead
company:
  name: Clew Bay Ferries
  pace: normal
  culture: neutral
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Dublin
interviewers:
  - name: Ciarán Walsh
    role: hiring_manager
    email: ciaran@clewbay.example
    topics:
      - the winter timetable
    challenges:
      - "his q - how would I plan crew shifts w/ only 2 skippers?"
"""


def _thanks(tmp_path: Path, text: str, to: str, tone: str = "warm") -> str:
    out = draft_json(tmp_path, text, "--now", "2026-11-24T13:00", "--tone", tone)
    return next(m["body"] for m in out["messages"] if m["kind"] == "thank_you" and m["to"] == to)


def test_a_team_first_result_is_read_from_its_result_and_keeps_its_team() -> None:
    assert team_last("w/ a team of 3 -> kiln losses 9% -> 4% by a slower cool") == (
        "kiln losses 9% -> 4% by a slower cool (team of 3)"
    )
    assert team_last("w/ the night crew of 5 -> missed sailings 6 -> 1") == (
        "missed sailings 6 -> 1 w/ the night crew (team of 5)"
    )
    assert team_last("w/ a colleague -> cut waste 9% -> 4%") == "w/ a colleague -> cut waste 9% -> 4%"  # no team
    said = with_result(team_last("w/ a team of 2 -> boarding time per sailing 25 min -> 15 min by a second ramp"))
    assert said is not None and "team of two" in said and "from 25 minutes to 15 minutes" in said, said
    assert said.startswith("I was part of"), said  # never 'I cut …' alone: the team's result


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_their_problem_is_taken_up_with_the_team_result_that_answers_it(tmp_path: Path, tone: str) -> None:
    body = _thanks(tmp_path, LUTHIER, "Rodrigo Paz", tone)
    assert "12%" in body and "humid days" in body, body  # their problem, said back
    assert "from 15% to 5%" in body, body  # the result that answers it
    assert "team of four" in body or "finishing crew" in body, body  # credited as the notes credit it


@pytest.mark.parametrize("tone", ["warm", "formal"])
def test_nothing_is_tied_to_a_problem_nothing_bears_on(tmp_path: Path, tone: str) -> None:
    body = _thanks(tmp_path, UNRELATED, "Rodrigo Paz", tone)
    assert "15% to 5%" not in body, body  # no result pressed onto a problem it says nothing about
    assert "similar approach" not in body and "something similar" not in body, body


def test_a_problem_and_the_work_in_other_words_of_one_subject_are_tied(tmp_path: Path) -> None:
    assert jotted_clause("clay cracks in the rainy season") == "You mentioned that clay cracks in the rainy season."
    assert jotted_clause("resin cracks in wet season") == "You mentioned that resin cracks in the wet season."
    assert jotted_clause("order books in spring") is None  # 'order' is a verb too: no clause read into it
    body = _thanks(tmp_path, CERAMICS, "Ingrid Berg")
    assert "rainy season" in body and "moisture test rig" in body, body


def test_a_question_jotted_among_their_problems_is_said_back_with_the_work_it_touches(tmp_path: Path) -> None:
    assert their_question("his q - how would I plan crew shifts w/ only 2 skippers?") == (
        "how I would plan crew shifts with only 2 skippers"
    )
    assert their_question("her q - would I work weekends?") is None  # the job's terms stay out
    body = _thanks(tmp_path, FERRY, "Ciarán Walsh")
    # named once, in the candidate's words ('You asked how I would …' or 'your question about how I would …')
    assert "how I would plan crew shifts with only two skippers" in body.replace("\n", " "), body
    assert "6-boat fleet" in body, body


def test_a_goal_in_numbers_relates_to_a_measure_per_one_of_those_things() -> None:
    goal = "growing the yard from 4 to 7 boats a year"
    assert theirs(goal) == "You mentioned your goal of growing the yard from 4 to 7 boats a year."
    assert same_unit("fit-out time per boat 900 h -> 700 h", goal, 1)
    assert not same_unit("fit-out time per week 40 h -> 35 h", goal, 0)  # a week is no boat


def test_a_measure_per_unit_of_work_is_no_pastime() -> None:
    assert not personal("sanding time per kayak 6 h -> 4 h (team of 3)", "Boat Builder")
    assert personal("ice skating on the canal every winter", "Boat Builder")


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
def test_no_stock_favourite_part_frame(tmp_path: Path, tone: str) -> None:
    for text, to in ((LUTHIER, "Elena Ruiz"), (UNRELATED, "Rodrigo Paz"), (CERAMICS, "Ingrid Berg")):
        body = _thanks(tmp_path, text, to, tone).lower()
        for stock in ("favorite part", "favourite part", "especially useful", "particularly useful"):
            assert stock not in body, body


def test_someone_who_did_not_run_the_interview_is_not_thanked_for_walking_through_the_role(tmp_path: Path) -> None:
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        body = _thanks(tmp_path, LUTHIER, "Elena Ruiz", tone)
        assert "walking me through the Workshop Manager role" not in body, body


FERRY_EXEC = """
candidate:
  name: Aoife Brennan
  highlights:
    - 9 yrs deck officer on island ferries
    - led a team of 3 on hull inspections -> overdue surveys 30% -> 5% in 6 months
position: Operations Lead
company:
  name: Clew Bay Ferries
  news:
    - a second ferry joining the Inishturk route in spring
  pace: normal
  culture: neutral
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Dublin
interviewers:
  - name: Siobhán Keane
    title: Managing Director
    role: executive
    email: siobhan@clewbay.example
    topics:
      - running two routes without doubling the crew
    challenges:
      - their hull surveys logged on paper, hard to audit
"""


def test_an_answer_to_their_problem_stands_without_their_own_news_beside_it(tmp_path: Path) -> None:
    body = _thanks(tmp_path, FERRY_EXEC, "Siobhán Keane")
    assert "from 30% to 5%" in body, body  # the inspection result answers the survey problem (audit ~ inspection)
    assert "Inishturk" not in body, body  # no congratulation on what they just told the candidate, beside it
