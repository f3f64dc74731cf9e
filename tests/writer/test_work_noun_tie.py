"""A highlight jotted as the name of a piece of work ('SAP rollout across 3 depots', 'pallet reuse programme') is
said as the candidate's part in it, 'I worked on …', so it can answer the problem it relates to with its result;
a rate jotted with a slash reads 'a year' (issue 17: the strongest tie missed in blind pairs). Own notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.writer.tie_pair import best_pair, with_result
from afterview.writer.work_noun import worked_on


@pytest.mark.parametrize(
    ("deed", "said"),
    [
        ("SAP rollout across 3 depots", "I worked on an SAP rollout across 3 depots"),
        ("pallet reuse programme", "I worked on a pallet reuse programme"),
        ("KPI audit for the night shift", "I worked on a KPI audit for the night shift"),
        ("Intake redesign at the Leeds clinic", "I worked on an intake redesign at the Leeds clinic"),
    ],
)
def test_a_named_piece_of_work_is_worked_on(deed: str, said: str) -> None:
    assert worked_on(deed) == said


@pytest.mark.parametrize(
    "deed", ["Six Sigma Green Belt", "volunteer firefighter, Santa Catarina", "led the SAP rollout", "my project"]
)
def test_anything_else_is_not_made_into_work(deed: str) -> None:
    assert worked_on(deed) is None


def test_the_change_jotted_after_the_work_is_said_with_it() -> None:
    said = with_result("pallet reuse pilot at 2 sites, our damage rate went 7% -> 3%")
    assert said == "I worked on a pallet reuse pilot at 2 sites, and our damage rate went from 7% to 3%"


def test_their_problem_is_answered_by_the_work_that_shares_its_subject() -> None:
    pair = best_pair(
        ["forklift fleet aging", "pallet damage ~9%/yr -> reuse scheme?"],
        ["8 yrs warehouse lead", "pallet reuse pilot at 2 sites, our damage rate went 7% -> 3%"],
    )
    assert pair is not None
    assert pair[2] == "You mentioned that pallet damage is about 9% a year."
    assert pair[3].endswith("and our damage rate went from 7% to 3%")


def test_a_rate_per_year_in_their_problem_reads_as_a_letter_says_it() -> None:
    pair = best_pair(["returns ~4%/yr"], ["returns audit at 3 stores, our returns went 6% -> 2%"])
    assert pair is not None
    assert pair[2] == "You mentioned that returns are about 4% a year."


PANEL = """
candidate:
  name: Rui Matos
  highlights:
    - pallet reuse pilot at 2 sites, our damage rate went 7% -> 3%
position: Warehouse Operations Lead
company: {name: Brightmoor Distribution}
interview: {at: 2026-12-02T10:00, timezone: Europe/Lisbon}
interviewers:
  - name: Sofia Ramos
    role: hiring_manager
    email: s@brightmoor.example
    challenges:
      - pallet damage ~9%/yr -> reuse scheme?
  - name: Nuno Alves
    role: peer
    email: n@brightmoor.example
    topics: [pallet damage on the night shift]
"""


def test_one_result_is_not_told_to_two_people_in_the_same_sentence(tmp_path: Path) -> None:
    notes = tmp_path / "notes.yaml"
    notes.write_text(PANEL, encoding="utf-8")
    result = CliRunner().invoke(app, ["draft", str(notes), "--now", "2026-12-02T13:00", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    bodies = {m["to"]: m["body"] for m in json.loads(result.output)["messages"] if m["kind"] == "thank_you"}
    told = [to for to, body in bodies.items() if "went from 7% to 3%" in body]
    assert told == ["Sofia Ramos"], bodies
