"""WRITER26 (issue 17; spent run27/run28 thank-yous): a thank-you says something about what it names.

- The interviewer's own question is taken up with the candidate's matching item: a language for a question about
  language, the crew or work the question's words name; said once, as the answer, with what the candidate would do.
- Two counted things jotted with '+' ('8 drivers + 3 dispatchers') are said with 'and', so the item can be said.
Notes invented here (a river-cruise line, a cider mill, a courier depot)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.items import rapport_shape, tie_clause
from afterview.writer.language_answer import about_language, language_answer, language_clause
from afterview.writer.process_covered import covered
from afterview.writer.shorthand import prose
from afterview.writer.team_lead import team_last
from afterview.writer.tie_pair import theirs
from helpers import draft_json

CRUISE = """
candidate:
  name: Teodora Ilić
  email: teodora@example.com
  highlights:
    - 4 yrs as deck hand on Danube day boats, last 2 as mate
    - trained 9 deckhands + 3 galley staff for the 2025 season
    - HIGHLIGHT
position: First Mate
company:
  name: Riverline Cruises
  culture: neutral
interview:
  at: 2026-10-14T10:00
  timezone: Europe/Vienna
  duration_minutes: 45
  format: onsite
interviewers:
  - name: Clemens Auer
    title: Captain
    role: hiring_manager
    email: clemens@riverline.example
    topics:
      - the new electric tender at Krems
      - QUESTION
"""


def _thank_you(tmp_path: Path, highlight: str, question: str) -> str:
    text = CRUISE.replace("HIGHLIGHT", highlight).replace("QUESTION", question)
    run = draft_json(tmp_path, text, "--now", "2026-10-14T13:00", "--kind", "thank_you")
    (message,) = run["messages"]
    errors = [f for f in message["findings"] if f["severity"] == "error"]
    assert not errors, (errors, message["body"])
    return " ".join(str(message["body"]).split())


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("DELF B2, working towards C1", "I hold DELF B2 and am studying for C1"),
        ("TOPIK 4 Korean", "I have Korean at TOPIK 4"),
        ("Gaelic speaker", "I speak Gaelic"),
        ("fluent Turkish (grew up in Izmir)", "I speak fluent Turkish"),
        ("speak Dutch + German", "I speak Dutch and German"),
        ("native Hungarian speaker", "I am a native Hungarian speaker"),
        # near misses: a language's adjective on something else is no language of the candidate's
        ("French pastry diploma", None),
        ("Polish flooring contractor for 3 yrs", None),
        ("taught English literature at a sixth form", None),
        ("trained 9 deckhands", None),
    ],
    ids=lambda v: str(v)[:24],
)
def test_a_language_item_is_said_as_the_candidates_clause(item: str, said: str | None) -> None:
    assert language_clause(item) == said


def test_a_question_about_language_takes_the_language_it_names_first() -> None:
    items = ["speak Dutch + German", "TOPIK 4 Korean"]
    assert language_answer("how I would guide a group whose Korean is all they speak", items) == (
        "I have Korean at TOPIK 4"
    )
    # naming a language the candidate lacks: the languages the candidate has
    assert language_answer("how I would brief passengers who speak no Slovak", items) == "I speak Dutch and German"
    # no question about language: nothing from here, even with a language among the items
    assert not about_language("how I would handle a passenger who falls ill")
    assert language_answer("how I would handle a passenger who falls ill", items) is None


def test_a_question_about_language_is_answered_with_the_candidates_language(tmp_path: Path) -> None:
    body = _thank_you(
        tmp_path, "conversational Spanish", "his q - how would I brief a tour group that speaks only Spanish?"
    )
    assert body.count("how I would brief a tour group that speaks only Spanish") == 1
    assert "I speak conversational Spanish" in body
    assert "close to my own work" not in body  # a language is no work: the frame says nothing of its kind


def test_a_question_about_something_else_is_not_answered_with_a_language(tmp_path: Path) -> None:
    body = _thank_you(tmp_path, "conversational Spanish", "his q - how would I handle a passenger who falls ill?")
    assert "I speak" not in body
    # nothing of the candidate's bears on it: never answered; a note short of words acknowledges it (WRITER34)
    assert "falls ill" not in body or re.search(
        r"question about how I would handle a passenger who falls ill"
        r" is one I keep thinking about|kept thinking about your question",
        body,
    )


def test_a_question_the_crew_item_answers_is_answered_by_it_once(tmp_path: Path) -> None:
    body = _thank_you(tmp_path, "keeps an allotment", "his q - how would I train new deckhands before May?")
    assert "I trained nine deckhands and three galley staff for the 2025 season" in body
    assert body.count("nine deckhands") == 1  # said as the answer, never again as the value beside it
    assert "+" not in body


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("trained 8 drivers + 3 dispatchers", "trained 8 drivers and 3 dispatchers"),
        ("speak Welsh + English", "speak Welsh and English"),
        ("apples + pears", "apples and pears"),
        # near misses: an amount, a symbol or a single letter keep their '+'
        ("margin + 20%", "margin + 20%"),
        ("C + C++", "C + C++"),
        ("3 + 4 shifts", "3 + 4 shifts"),
    ],
)
def test_two_counted_things_joined_by_a_plus_are_said_with_and(jotted: str, said: str) -> None:
    assert prose(jotted) == said


THEATRE = """
candidate:
  name: Orla Brennan
  email: orla@example.com
  highlights:
    - 5 yrs stage managing touring shows
    - HIGHLIGHT
position: Production Manager
company:
  name: Quayside Playhouse
  culture: neutral
interview:
  at: 2026-09-08T11:00
  timezone: Europe/Dublin
  duration_minutes: 45
  format: onsite
interviewers:
  - name: Declan Moore
    title: Artistic Director
    role: hiring_manager
    email: declan@quayside.example
    topics:
      - the new thrust stage for the spring season
    challenges:
      - PROBLEM
"""


def _theatre(tmp_path: Path, highlight: str, problem: str) -> str:
    text = THEATRE.replace("HIGHLIGHT", highlight).replace("PROBLEM", problem)
    run = draft_json(tmp_path, text, "--now", "2026-09-08T14:00", "--kind", "thank_you")
    (message,) = run["messages"]
    errors = [f for f in message["findings"] if f["severity"] == "error"]
    assert not errors, (errors, message["body"])
    return " ".join(str(message["body"]).split())


@pytest.mark.parametrize(
    ("jotted", "read"),
    [
        (
            "w/ a team of 2 students, tagged every prop + set up a sign-out sheet -> props lost ~6/run -> ~1/run",
            "tagged every prop + set up a sign-out sheet -> props lost ~6/run -> ~1/run (team of 2)",
        ),
        (
            "with the stage crew of 7, cut changeovers 12 min -> 5 min",
            "cut changeovers 12 min -> 5 min w/ the stage crew (team of 7)",
        ),
        # near misses: no deed after the comma, or no team before it
        ("w/ a team of 3, Galway office", "w/ a team of 3, Galway office"),
        ("toured 4 countries, led 12 crew", "toured 4 countries, led 12 crew"),
    ],
)
def test_a_team_jotted_first_with_a_comma_is_read_as_the_results_tag(jotted: str, read: str) -> None:
    assert team_last(jotted) == read


def test_kit_that_goes_missing_is_taken_up_with_the_work_of_tracking_it(tmp_path: Path) -> None:
    body = _theatre(
        tmp_path,
        "w/ a team of 2, tagged every prop + set up a sign-out sheet -> props lost ~6/run -> ~1/run",
        "their props go missing between venues",
    )
    assert "props go missing between venues" in body
    assert "I was part of a team of two that tagged every prop" in body  # the team's work, said as the team's
    assert "I tagged" not in body


def test_papers_a_job_waits_on_are_taken_up_with_work_on_those_papers(tmp_path: Path) -> None:
    body = _theatre(
        tmp_path,
        "w/ a team of 3, moved touring paperwork into one shared folder",
        "customs clearance holds the set trucks ~2 days at Holyhead",
    )
    assert "customs clearance" in body
    assert "I was part of a team of three that moved touring paperwork into one shared folder" in body


def test_a_problem_the_tracking_work_does_not_bear_on_gets_no_tie(tmp_path: Path) -> None:
    body = _theatre(
        tmp_path,
        "w/ a team of 2, tagged every prop + set up a sign-out sheet -> props lost ~6/run -> ~1/run",
        "their box office takes bookings by phone only",
    )
    assert "similar" not in body  # no offer to bring tagging to a booking problem
    assert "I tagged" not in body


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        (
            "set up a shared rota sheet -> missed handovers ~4/wk -> ~1/wk (team of 3)",
            "I was part of a team of three that set up a shared rota sheet, and missed handovers went from about 4 a "
            "week to about 1 a week",
        ),
        (
            "rewrote the booking form -> failed payments ~1 in 12 -> ~1 in 50",
            "I rewrote the booking form, and failed payments went from about 1 in 12 to about 1 in 50",
        ),
    ],
)
def test_a_result_with_about_on_both_sides_keeps_its_change(jotted: str, said: str) -> None:
    # '~4/wk -> ~1/wk', '~1 in 12 -> ~1 in 50': the change is said whole, never dropped for its shorthand
    assert tie_clause(jotted) == said


def test_a_share_on_both_sides_of_an_arrow_is_said_from_and_to() -> None:
    assert prose("no-shows ~1 in 8 -> ~1 in 20") == "no-shows from about 1 in 8 to about 1 in 20"
    assert prose("no-shows from 1 in 8 -> 1 in 20") == "no-shows from 1 in 8 to 1 in 20"


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("how the returns shelf is sorted", "You described how the returns shelf is sorted."),
        ("how the returns desk is staffed at weekends", "You described how the returns desk is staffed at weekends."),
        # near miss: a plain problem of theirs is what they mentioned
        ("their night porters only cover two floors", "You mentioned that your night porters only cover two floors."),
    ],
)
def test_a_topic_that_says_how_is_said_as_how_never_as_a_fact(item: str, said: str) -> None:
    # "You mentioned that the returns shelf is sorted" states what they never said; one lead-in for a how-topic,
    # whichever reading made the clause (problem_said.lead_in or the tie's own)
    assert theirs(item) == said


CIDER = """
candidate:
  name: Ffion Pryce
  email: ffion@example.com
  highlights:
    - 6 yrs running a press hall, 14 staff
position: Mill Supervisor
company:
  name: Orchard Lane Cider
  culture: neutral
interview:
  at: 2026-11-02T09:30
  timezone: Europe/London
  duration_minutes: 30
  format: phone
interviewers:
  - name: Gemma Holt
    title: Recruiter
    role: recruiter
    channel: CHANNEL
    email: gemma@orchardlane.example
    topics:
      - TOPIC1
      - TOPIC2
"""


def _recruiter(tmp_path: Path, first: str, second: str, channel: str = "linkedin") -> str:
    text = CIDER.replace("TOPIC1", first).replace("TOPIC2", second).replace("CHANNEL", channel)
    run = draft_json(tmp_path, text, "--now", "2026-11-02T12:00", "--kind", "thank_you")
    (message,) = run["messages"]
    errors = [f for f in message["findings"] if f["severity"] == "error"]
    assert not errors, (errors, message["body"])
    return " ".join(str(message["body"]).split())


def test_a_recruiters_thanks_names_the_stages_and_the_start_they_covered(tmp_path: Path) -> None:
    body = _recruiter(tmp_path, "start date - they'd like someone by March", "3-stage process, final w/ the CFO")
    assert "the three-stage process, with a final round with the CFO, and a March start" in body, body
    assert "start date" not in body


def test_more_stages_to_come_are_the_next_stages(tmp_path: Path) -> None:
    assert covered(["2 more stages - tasting panel + site tour"]) == "the next two stages"
    assert covered(["stage door at the back", "the press hall's 3 bays"]) is None  # no stages of a process


def test_a_recruiter_topic_that_is_no_process_is_left_as_it_was(tmp_path: Path) -> None:
    body = _recruiter(tmp_path, "pension + cycle-to-work scheme", "the mill's new bottling line")
    assert "stage" not in body and "start" not in body, body


@pytest.mark.parametrize(
    ("rapport", "said"),
    [
        (
            "both sank our first putts at the same pitch-and-putt",
            "we both sank our first putts at the same pitch-and-putt",
        ),
        ("both rode the same ferry to school", "we both rode the same ferry to school"),
        # near misses: what we are keeps 'are'
        ("both from the Dingle peninsula", "we are both from the Dingle peninsula"),
        ("both in the same choir", "we are both in the same choir"),
        ("both keen sea swimmers", "we are both keen sea swimmers"),
    ],
)
def test_a_shared_deed_with_its_object_is_said_as_done(rapport: str, said: str) -> None:
    # 'both shot our first arrows …' is something we did, never 'we are both shot …'
    assert rapport_shape(rapport)["clause"] == said
