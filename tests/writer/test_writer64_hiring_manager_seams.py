"""WRITER64 (issue 17): seams a hiring manager still saw in the template writer. A jotted abbreviation's point kept in
mid-sentence; a verb read as a plural noun in a 'how …' topic ('the night shift hands'); a jotted acronym after an
adjective without its article ('of new CMMS'); status checks closing as a form ('I remain very interested in the role,
especially after …' beside a value line, another interviewer's talk named to a recruiter); feedback requests asking
'where I could have been stronger' beside the company's news; a peer's card under the minimum. Notes invented here
(a paper mill, a freight forwarder, a custody bank, a hotel group)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.abbrev_dot import undotted
from afterview.writer.adjective_article import adjective_articles
from afterview.writer.phrase_kind import WH, kind
from afterview.writer.shorthand import prose
from afterview.writer.wh_verb import said_clause
from helpers import draft_json

MILL = """
candidate:
  name: Priya Nair
  highlights:
    - moved plant maint. at Hollins Mill from reactive to planned, unplanned downtime 14% -> 5%
    - led the roll-out of new CMMS across 3 sites
  since_interview:
    - finished a reliability eng. course
position: Maintenance Manager
company:
  name: Corbel Paper
interview:
  at: 2026-11-20T10:30
  timezone: America/Chicago
  format: onsite
interviewers:
  - name: Dale Mercer
    role: hiring_manager
    email: dale@corbel.example
    topics:
      - {topic}
    challenges:
      - press 4 breaks down twice a month
  - name: Rosa Kim
    role: recruiter
    email: rosa@corbel.example
    primary_contact: true
    topics:
      - relocation to Green Bay
  - name: Tom Berg
    role: peer
    channel: handwritten
    topics:
      - how the crew runs PM checks on weekends
    challenges:
      - spare parts are tracked on paper
"""


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("moved plant maint. at Hollins Mill", "moved plant maintenance at Hollins Mill"),
        ("finished a reliability eng. course", "finished a reliability engineering course"),
        ("ran the mfg. dept. budget", "ran the manufacturing department budget"),
        ("led ops. and admin. for the tech. team", "led operations and admin for the tech team"),
        ("govt. grants", "government grants"),
    ],
)
def test_a_clipped_word_keeps_no_point_inside_a_sentence(jotted: str, said: str) -> None:
    assert prose(jotted) == said


def test_a_point_that_ends_a_jotted_sentence_stays() -> None:
    assert undotted("ran the eng. team. cut churn 10%") == "ran the engineering team. cut churn 10%"
    assert undotted("rebuilt the St. Louis depot") == "rebuilt the St. Louis depot"  # a name's own point


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("the roll-out of new CMMS", "the roll-out of a new CMMS"),
        ("moving to new ERP next spring", "moving to a new ERP next spring"),
        ("implemented new WMS at the DC", "implemented a new WMS at the DC"),
        ("switched to new supplier in May", "switched to a new supplier in May"),
        ("chose single ERP for 3 plants", "chose a single ERP for 3 plants"),
    ],
)
def test_an_adjective_and_a_singular_take_their_article(jotted: str, said: str) -> None:
    assert adjective_articles(jotted) == said


@pytest.mark.parametrize(
    "jotted",
    ["moving to new Salesforce", "migrating to new SAP", "moved to new CRM systems", "hired new staff", "a new ERP"],
)
def test_a_name_a_plural_or_a_mass_noun_keeps_no_article(jotted: str) -> None:
    assert adjective_articles(jotted) == jotted


def test_a_verb_read_as_a_noun_after_how_is_the_clauses_verb() -> None:
    item = "how night shift hands over press issues to day shift"
    assert said_clause(item) == "how the night shift hands over press issues to the day shift"
    assert kind(said_clause(item)) == WH
    assert (
        said_clause("how the planner orders spares for the presses") == "how the planner orders spares for the presses"
    )
    assert said_clause("how design reviews work") is None  # 'reviews' is the plural subject of 'work'
    assert kind("the night shift hands") == "noun"  # outside a wh-clause the same word stays a noun


def test_the_hiring_managers_note_says_the_how_clause_and_never_a_truncated_noun(tmp_path: Path) -> None:
    notes = MILL.format(topic="how night shift hands over press issues to day shift")
    for tone in ("warm", "formal", "enthusiastic"):
        run = draft_json(tmp_path, notes, "--now", "2026-11-20T15:00", "--kind", "thank_you", "--tone", tone)
        (note,) = [m["body"] for m in run["messages"] if m["to"] == "Dale Mercer"]
        assert not re.search(r"the night shift hands\b(?! over)", note), note
        assert "maintenance." not in note and "maint" not in note.replace("maintenance", ""), note


def _mill_note(tmp_path: Path) -> str:
    notes = MILL.format(topic="the roll-out of new CMMS")
    run = draft_json(tmp_path, notes, "--now", "2026-11-20T15:00", "--kind", "thank_you")
    (note,) = [m["body"] for m in run["messages"] if m["to"] == "Dale Mercer"]
    return note


def test_the_acronym_keeps_its_article(tmp_path: Path) -> None:
    # (stop 58: the tie that said "the roll-out of a new CMMS" twice in one sentence is now a fluency finding and the
    # last gate leaves it out, so the CMMS may not be said at all; where it is, it keeps its article)
    note = _mill_note(tmp_path)
    assert "of new CMMS" not in note, note


def test_the_deed_keeps_its_change_and_result(tmp_path: Path) -> None:
    note = _mill_note(tmp_path)
    # (one highlight a note since writer62: the CMMS roll-out answers his topic, so the Hollins deed may stay out; where
    # it is said, it keeps its change and its result)
    if "Hollins" in note:
        assert "moved plant maintenance at Hollins Mill from reactive to planned" in note, note
        assert "from 14% to 5%" in note, note
    else:
        assert "led the roll-out of a new CMMS across three sites" in note, note


def _checks(tmp_path: Path, notes: str) -> list[str]:
    out = []
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        run = draft_json(tmp_path, notes, "--now", "2026-11-20T15:00", "--send-at", "2026-11-27T10:00", "--tone", tone)
        out += [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    return out


def test_a_recruiters_check_names_no_other_interviewers_talk_and_no_second_value(tmp_path: Path) -> None:
    for check in _checks(tmp_path, MILL.format(topic="the roll-out of new CMMS")):
        assert "Dale" not in check, check  # never 'especially after my conversation with Dale about …'
        assert "especially after" not in check and "particularly after" not in check, check
        assert "reliability engineering course" in check, check  # the one value item
        letter = "\n\n".join(check.split("\n\n")[:-1])  # (the sign-off, 'With thanks', aside)
        assert letter.count("Thank") + letter.count("thank") <= 1, check


def test_a_recruiters_check_with_nothing_new_names_their_own_topic(tmp_path: Path) -> None:
    notes = MILL.format(topic="the roll-out of new CMMS").replace(
        "  since_interview:\n    - finished a reliability eng. course\n", ""
    )
    for check in _checks(tmp_path, notes):
        assert "relocation to Green Bay" in check, check
        assert "Dale" not in check, check


CUSTODY = """
candidate:
  name: Omar Haddad
  highlights:
    - rebuilt the fund custody reconciliation at Lyle Bank, breaks 400/day -> 40/day
position: Custody Operations Lead
company:
  name: Perrin Trust
  news:
    - opened a Dublin office
interview:
  at: 2026-11-20T10:30
  timezone: Europe/London
  format: video
  outcome: rejected
interviewers:
  - name: Claire Dunn
    role: hiring_manager
    email: claire@perrin.example
    topics:
      - the custody operating model
"""


def test_a_feedback_request_asks_one_focused_question_and_leaves_the_news_out(tmp_path: Path) -> None:
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        run = draft_json(tmp_path, CUSTODY, "--now", "2026-11-27T15:00", "--feedback-request", "--tone", tone)
        (ask,) = [m["body"] for m in run["messages"] if m["kind"] == "feedback_request"]
        assert "what would have strengthened my answers about the custody operating model" in ask, ask  # writer70
        assert "where I could have been stronger" not in ask, ask
        assert "Dublin" not in ask and "Congratulations" not in ask, ask
        assert "call" in ask and "email" in ask, ask  # a short call or a line in writing


def test_a_peers_card_says_more_than_thanks_when_the_notes_give_more(tmp_path: Path) -> None:
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        run = draft_json(
            tmp_path, MILL.format(topic="the roll-out of new CMMS"), "--now", "2026-11-20T15:00", "--tone", tone
        )
        (card,) = [m for m in run["messages"] if m["to"] == "Tom Berg"]
        assert "how the crew runs PM checks on weekends" in card["body"], card["body"]
        assert not any(f["code"] == "too_short" for f in card["findings"]), card["body"]
