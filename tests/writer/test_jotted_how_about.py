"""WRITER63 (issue 17): jotted items pasted after "how" / "about". A thing jotted with its deadline and no verb is
said with the word notes leave out ('the DBS check and references due by 11 December'), a measure with its
preposition left out ('grad rotates 6 mo R&D') and an acronym the reader cannot unpack as the whole topic ('CD
reports') are never said as they stand. Notes invented here: a UK school, a Ghanaian builder, a Chilean vineyard,
a German logistics firm, a US hospital."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer import adapt
from afterview.writer.finite import has_verb
from afterview.writer.gate import problem
from afterview.writer.jotted_tail import bare_acronym_topic, measure_then_noun
from helpers import draft_json


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("DBS check + refs by 11 Dec", "the DBS check and references due by 11 December"),
        ("site survey + permits by 3 Mar", "the site survey and permits due by 3 March"),
        ("audit + sign-off by Q2", "the audit and sign-off due by Q2"),
        ("customs paperwork by Friday", "the customs paperwork due by Friday"),
        (
            "telematics rollout + driver training by end of Q1",
            "the telematics rollout and driver training due by the end of Q1",
        ),
    ],
)
def test_a_thing_and_its_deadline_is_said_as_due(item: str, said: str) -> None:
    assert adapt.topic(item) == said
    assert problem(said, "noun") is None


@pytest.mark.parametrize("item", ["the team decides by Friday", "hiring by January", "finish permits by March"])
def test_a_clause_or_an_activity_with_a_date_is_not_made_due(item: str) -> None:
    assert " due by " not in adapt.topic(item)


def test_an_acronym_ending_in_s_is_no_plural_subject() -> None:
    # 'DBS check': a noun phrase, not 'DBS [they] check'; 'the AWS bill', 'GPS data' likewise; 'KPIs drive' has one
    assert not has_verb("DBS check and references by 11 December")
    assert not has_verb("AWS bill for the data team")
    assert has_verb("the KPIs drive every review")
    assert has_verb("the DBS office checks on every hire")


@pytest.mark.parametrize(
    "text",
    [
        "how the graduate rotates six months R&D",
        "how the new PM shadows two weeks operations",
        "how onboarding takes three days induction",
        "how each trainee spends 6 weeks Hamburg",
    ],
)
def test_a_measure_without_its_preposition_is_not_said(text: str) -> None:
    assert measure_then_noun(text)
    assert problem(text, "noun") is not None


@pytest.mark.parametrize(
    "text",
    [
        "how the graduate rotates through R&D for six months",
        "how the harvest crew works three days a week",
        "how the contract ran two years longer",
        "how in 6 months Acme moved to Tema",
        "how the nurses work 12 hours overnight",
        "how the centre added a second simulator bridge in November",
        "how the team hired one second shift lead",
    ],
)
def test_a_measure_with_its_preposition_or_an_adverb_reads(text: str) -> None:
    assert not measure_then_noun(text)


@pytest.mark.parametrize("text", ["CD reports", "the PSR stuff", "FMEA", "the RFT numbers"])
def test_an_unknown_acronym_as_the_whole_topic_is_not_a_topic(text: str) -> None:
    assert bare_acronym_topic(text)
    assert problem(text, "noun") == "an acronym as the whole topic"


@pytest.mark.parametrize("text", ["the KPI reports", "the API work", "the QBR deck", "the CD pipeline for iOS"])
def test_a_known_acronym_or_one_with_its_own_noun_stays(text: str) -> None:
    assert not bare_acronym_topic(text)


NOTES = """
candidate:
  name: Priya Nair
  highlights:
    - ran safeguarding training for 40 staff at Hillside Academy
position: Assistant Head of Year
company:
  name: Oakfield School
interview:
  at: 2026-12-01T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Gareth Lewis
    role: hiring_manager
    email: gl@oakfield.example
    topics:
      - DBS check + refs by 11 Dec
      - CD reports
    challenges:
      - attendance dropping in Year 9
  - name: Hannah Cole
    role: peer
    email: hc@oakfield.example
    topics:
      - grad rotates 6 mo R&D
      - the pastoral team structure
  - name: Tomás Reyes
    role: recruiter
    email: tr@oakfield.example
    topics:
      - audit + sign-off by Q2
      - KPI reports
"""


def test_no_draft_pastes_a_jotted_item_after_how_or_about(tmp_path: Path) -> None:
    out = draft_json(tmp_path, NOTES, "--now", "2026-12-01T13:00", "--kind", "thank_you")
    bodies = [m["body"] for m in out["messages"]]
    assert len(bodies) == 3
    text = "\n".join(bodies)
    for clause in re.findall(r"\bhow ([^.,;]+)", text):
        assert has_verb(clause) or clause.split()[0] in ("things", "much", "well"), clause
    assert "how DBS" not in text and "how the DBS" not in text
    assert "six months R&D" not in text and "6 months R&D" not in text
    assert "CD reports" not in text
    assert not re.search(r"(?<!due) by (?:11 December|Q2)", text), text  # a deadline says what is due
    assert all(not any(f["severity"] == "error" for f in m["findings"]) for m in out["messages"])
