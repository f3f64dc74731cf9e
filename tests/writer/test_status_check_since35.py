"""Stop 35 (issue 17; spent run23/run24 references): what the candidate did since the interview is told with what
it bears on of the reader's. One word that names the subject is enough ('finished the marine engine service course'
↔ 'ferries out of service with engine faults'), but never a word any two items share: the verb that tells the news,
a word for the learning itself, a month, a job title. A thing out of use for a time is a state that lasts, never
what something takes. A company's news is written as a letter says it: 'got' is 'received' (or 'became' before a
participle), and a small count of things is said in words. Notes invented here (a ferry line, a glass-recycling
plant)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.adapt import topic
from afterview.writer.items import news_shape
from afterview.writer.shorthand import prose
from afterview.writer.since_tie import bears_on
from helpers import draft_json

FERRY = """\
candidate:
  name: Ilse Marais
  email: ilse@example.com
  highlights:
    - 6 yrs marine engineer on coastal tugs
  since_interview:
    - SINCE
position: Ferry Maintenance Engineer
company:
  name: Baía Ferries
  culture: neutral
interview:
  at: 2026-11-10T10:00
  timezone: Europe/Lisbon
  duration_minutes: 45
  format: onsite
interviewers:
  - name: Rui Tavares
    title: Fleet Engineer
    role: hiring_manager
    email: rui@baia.example
    topics:
      - dry-dock schedule for 2027
    challenges:
      - CHALLENGE
history:
  - kind: thank_you
    to: Rui Tavares
    at: 2026-11-10T13:00
"""


def _check(tmp_path: Path, since: str, challenge: str) -> str:
    run = draft_json(
        tmp_path, FERRY.replace("SINCE", since).replace("CHALLENGE", challenge), "--now", "2026-11-19T10:00"
    )
    checks = [m for m in run["messages"] if m["kind"] == "status_check"]
    assert len(checks) == 1, run["messages"]
    assert not [f for f in checks[0]["findings"] if f["severity"] == "error" and f["check"] != "timing"], checks[0]
    return str(checks[0]["body"])


def test_news_since_the_interview_is_told_with_the_problem_it_bears_on(tmp_path: Path) -> None:
    body = _check(
        tmp_path, "finished the MAN marine engine service course", "two ferries out of service ~3 wks w/ engine faults"
    )
    assert "useful in the role" not in body, body
    assert "engine faults" in body.split("service course", 1)[1], body
    assert "takes about" not in body, body  # a ferry out of service is a state, never what something takes


def test_news_with_nothing_in_common_with_their_problem_is_not_tied(tmp_path: Path) -> None:
    body = _check(tmp_path, "finished a Portuguese B1 course", "ticket machines jam in the rain")
    assert "ticket machines" not in body, body


@pytest.mark.parametrize(
    ("news", "said"),
    [
        ("finished the engine room safety course (Dec 3)", "the board decision after 11 Dec"),  # a month
        ("completed the marine fire-fighting course", "completed crossings per day"),  # the verb that tells it
        ("renewed my STCW certificate", "the certificate audit in the spring"),  # a word for the learning
        ("finished a course for fleet managers", "hiring a second manager"),  # a job title
    ],
)
def test_a_word_any_two_items_share_is_no_tie(news: str, said: str) -> None:
    assert not bears_on(prose(news), said)


@pytest.mark.parametrize(
    ("news", "said"),
    [
        ("finished the MAN marine engine service course", "ferries out of service with engine faults"),
        ("gave a talk on hull coatings at the Porto maritime meetup", "the hull coating trial on the older ferries"),
        ("finished the ISTQB test automation certificate", "exploratory testing before each release"),  # one area
    ],
)
def test_a_word_that_names_the_subject_is_a_tie(news: str, said: str) -> None:
    assert bears_on(prose(news), said)


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("ferries off service ~3 wks a year", "ferries are off service for about 3 weeks a year"),
        ("kiln out of action ~1 wk per firing", "kiln is out of action for about 1 week per firing"),
        ("onboarding ~3 mos", "onboarding takes about 3 months"),  # an activity still takes its time
    ],
)
def test_a_thing_out_of_use_for_a_time_is_a_state_that_lasts(item: str, said: str) -> None:
    assert said in topic(prose(item))


@pytest.mark.parametrize(
    ("news", "clause"),
    [
        ("got ISO 14001 certification in October", "Vidro Verde received ISO 14001 certification in October"),
        ("got certified as a B Corp", "Vidro Verde became certified as a B Corp"),
        ("got back to full capacity", "Vidro Verde got back to full capacity"),  # a particle: not something given
        ("opened 3 new drop-off points", "Vidro Verde opened three new drop-off points"),
        ("added a furnace line with 2 robots", "Vidro Verde added a furnace line with two robots"),
        ("moved to 2.5 shifts", "Vidro Verde moved to 2.5 shifts"),  # part of a figure stays a figure
    ],
)
def test_company_news_is_written_as_a_letter_says_it(news: str, clause: str) -> None:
    assert news_shape(news, "Vidro Verde")["clause"] == clause


FORGE = FERRY.replace("      - dry-dock schedule for 2027\n", "      - TOPIC\n")


@pytest.mark.parametrize(
    ("topic_item", "said"),
    [
        ("spring refit of the two older ferries", "I hope the work on the spring refit is going well."),
        ("their ticketing app launch in March", "I hope the work on the ticketing app launch is going well."),
        ("a hull coating trial", "I hope the work on the hull coating trial is going well."),
    ],
)
def test_a_check_names_the_work_the_reader_has_in_hand(tmp_path: Path, topic_item: str, said: str) -> None:
    notes = FORGE.replace("TOPIC", topic_item).replace("SINCE", "read two books on diesel electrics")
    run = draft_json(tmp_path, notes.replace("CHALLENGE", "crew rota gaps"), "--now", "2026-11-19T10:00")
    body = next(m["body"] for m in run["messages"] if m["kind"] == "status_check")
    assert said in body, body
    assert not body.split("\n\n")[1].startswith("I hope"), body  # the ask first (writer72), the courtesy later


@pytest.mark.parametrize(
    "topic_item",
    ["how would I plan the dry-dock schedule?", "my own refit experience", "weekend crossings", "launch in March"],
)
def test_no_work_in_hand_no_stock_courtesy_before_the_ask(tmp_path: Path, topic_item: str) -> None:
    notes = FORGE.replace("TOPIC", topic_item).replace("SINCE", "read two books on diesel electrics")
    run = draft_json(tmp_path, notes.replace("CHALLENGE", "crew rota gaps"), "--now", "2026-11-19T10:00")
    body = next(m["body"] for m in run["messages"] if m["kind"] == "status_check")
    assert "the work on" not in body, body
    # writer72: one ask, asked first; a stock courtesy ("I hope all is well") before it is no longer said
    assert not body.split("\n\n")[1].startswith(("I hope", "I trust")), body


def test_the_work_in_hand_is_named_once(tmp_path: Path) -> None:
    notes = FORGE.replace("TOPIC", "hull coating trial on the older ferries").replace(
        "SINCE", "gave a talk on hull coatings at a maritime meetup"
    )
    run = draft_json(tmp_path, notes.replace("CHALLENGE", "crew rota gaps"), "--now", "2026-11-19T10:00")
    body = next(m["body"] for m in run["messages"] if m["kind"] == "status_check")
    assert body.count("hull coating trial") == 1, body
    # writer66: tied in the reader's terms, what they told the candidate about (never "felt especially relevant")
    # (writer76: or tied to the work looked forward to, named in the sentence before it: "which ties in with it")
    assert re.search(
        r"hull coatings at a maritime meetup, which (?:bears on what you told me about|ties in with it)", body
    ), body
