"""Issue 14, trial 14 class 6: the writer says an item to its owner cleanly and kindly, else by its noun or not
at all. A problem filed as a topic is never restated in a frame glad to have discussed it; a clause with its own verb
and a count ('lands 2 days late') gets no copula put in; a problem is never praised as a confession. Items are my own
(a warehouse, a clinic, a print shop), not the trial's."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.adapt import clause_form, topic
from afterview.writer.kind_topic import owner_topic
from helpers import draft_json


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("the AP team is swamped", "the AP team"),
        ("court data copied by hand every week", "the court data"),
        ("the spring planting plan", "the spring planting plan"),  # no problem: as adapt.topic says it
    ],
)
def test_a_problem_said_as_a_topic_to_its_owner_is_named_by_its_noun(item: str, said: str) -> None:
    assert owner_topic(item) == said


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("pick data lands 2 days late", "pick data lands 2 days late"),
        ("payroll runs 3 days behind", "payroll runs 3 days behind"),
        ("vaccine shipments 2 weeks late", "vaccine shipments are 2 weeks late"),
        ("print queue about 3 days overdue", "the print queue is about 3 days overdue"),
    ],
)
def test_a_count_before_a_state_word_takes_the_copula_before_it_or_none(item: str, said: str) -> None:
    assert clause_form(item) == said


NOTES = """\
candidate: {{name: Sam Rivera}}
position: Stock Controller
company: {{name: Harbourside Wholesale}}
interview: {{at: "2026-11-24T10:00", timezone: Europe/London, duration_minutes: 45, format: onsite}}
interviewers:
  - name: {name}
    title: Warehouse Manager
    role: hiring_manager
    topics: [{topic}]
    challenges: [{challenge}]
"""


@pytest.mark.parametrize("tone", ["warm", "formal"])
@pytest.mark.parametrize("name", ["Ines Duarte", "Tomasz Wrona", "Aiko Mori", "Kwame Asante", "Lucia Ferri"])
def test_no_thank_you_praises_a_problem_as_candidly_told_or_is_glad_of_it(tmp_path: Path, name: str, tone: str) -> None:
    text = NOTES.format(
        name=name, topic="the pallet racks sit idle most weeks", challenge="cycle counts run 2 days late"
    )
    out = draft_json(tmp_path, text, "--now", "2026-11-24T16:00", "--tone", tone)
    body = next(m["body"] for m in out["messages"] if m["kind"] == "thank_you")
    assert "candid" not in body.casefold()
    assert "days are late" not in body and "sit idle" not in body, body


def test_what_they_want_jotted_without_its_subject_is_theirs() -> None:
    assert topic("want to move quoting off email") == "how you want to move quoting off email"
