"""Claims a draft makes on its own (issue 17, writer10): whose common ground it is, what is offered as
work the candidate brings, what the draft says is included or coming next, and lines that press on the
decision. Notes written for these tests; each test names the class, not one sentence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app

runner = CliRunner()
TONES = ("warm", "formal", "concise", "enthusiastic")

NOTES = """
candidate:
  name: Tomasz Wierzbicki
  highlights:
{highlights}
position: Logistics Coordinator
company:
  name: Harbourline Freight
  culture: casual
interview:
  at: 2026-11-20T09:30
  timezone: Europe/Warsaw
  decision_by: 2026-11-27
interviewers:
  - name: Ines Calloway
    title: Head of Operations
    role: hiring_manager
    email: ines@harbourline.example
    topics:
      - the new cross-dock in Gdynia
    rapport:
      - my uncle ran a tugboat in Gdynia
  - name: Piotr Lenz
    role: recruiter
    email: piotr@harbourline.example
    primary_contact: true
    topics:
      - the onboarding schedule
requested:
  - link to my route-planning notebook
"""
HOBBY = "    - cycled the Camino de Santiago 2021\n    - rebuilt the returns desk rota with the warehouse leads"


def bodies(
    tmp_path: Path, tone: str, now: str = "2026-11-20T12:30", highlights: str = HOBBY, *, to_manager: bool = False
) -> dict[str, str]:
    text = NOTES.format(highlights=highlights)
    if to_manager:  # the hiring manager is the one a status check goes to
        text = text.replace("    primary_contact: true\n", "").replace(
            "    role: hiring_manager\n", "    role: hiring_manager\n    primary_contact: true\n"
        )
    path = tmp_path / "notes.yaml"
    path.write_text(text, encoding="utf-8")
    args = ["draft", str(path), "--provider", "template", "--now", now, "--tone", tone, "--format", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return {f"{m['to']}/{m['kind']}": m["body"] for m in json.loads(result.output)["messages"]}


def sentences(body: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", body)


@pytest.mark.parametrize("tone", TONES)
def test_the_candidates_own_common_ground_is_told_never_learned(tmp_path: Path, tone: str) -> None:
    note = bodies(tmp_path, tone)["Ines Calloway/thank_you"]
    said = [s for s in sentences(note) if "my uncle" in s]
    assert said, note  # the common ground is kept, from the candidate's side
    for sentence in said:
        assert not re.search(r"\b(?:learn|learned|find|finding|found|discovering|discover)\b", sentence), sentence


@pytest.mark.parametrize("tone", TONES)
def test_a_trip_dated_by_its_year_is_never_offered_as_work_the_candidate_brings(tmp_path: Path, tone: str) -> None:
    for body in bodies(tmp_path, tone).values():
        for sentence in sentences(body):
            if "Camino" in sentence:
                assert not re.search(r"\bbring\b|kind of work|experience", sentence), sentence


@pytest.mark.parametrize("tone", TONES)
def test_a_deed_with_a_count_is_still_offered_as_what_the_candidate_brings(tmp_path: Path, tone: str) -> None:
    counted = "    - cut dock-to-stock time from 3 days to 1 day at a 40-door warehouse"
    note = bodies(tmp_path, tone, highlights=counted)["Ines Calloway/thank_you"]
    assert "dock-to-stock" in note


@pytest.mark.parametrize("tone", TONES)
def test_no_link_is_said_to_be_included_and_no_next_round_is_assumed(tmp_path: Path, tone: str) -> None:
    for body in bodies(tmp_path, tone).values():
        assert not re.search(r"link[^.]*\b(?:included|attached|enclosed)\b", body), body
        assert not re.search(r"next (?:round|stage)|further interviews|following stage", body), body
    recruiter = bodies(tmp_path, tone)["Piotr Lenz/thank_you"]
    assert re.search(r"I will send you the link to my route-planning notebook today", recruiter)


@pytest.mark.parametrize("tone", TONES)
def test_a_status_check_adds_its_item_plainly_without_pressing_on_the_decision(tmp_path: Path, tone: str) -> None:
    counted = "    - cut dock-to-stock time from 3 days to 1 day at a 40-door warehouse"
    run = bodies(tmp_path, tone, now="2026-12-01T10:00", highlights=counted, to_manager=True)
    check = run["Ines Calloway/status_check"]
    # WRITER19: a result she heard at the interview is not said again in a check (padding); nothing presses either
    assert "dock-to-stock" not in check and "I wanted to mention" not in check, check
    assert not re.search(r"weigh|as you consider|may help to know|may be relevant", check, re.I), check


@pytest.mark.parametrize("formal", [False, True])
@pytest.mark.parametrize("n", range(4))
def test_no_padding_line_claims_a_career_plan_or_a_talk_the_notes_do_not_hold(formal: bool, n: int) -> None:
    from afterview.prompts import environment

    phrases = environment().get_template("fallback/_phrases.j2").module
    text = str(phrases.padding(7, "Logistics Coordinator", "Harbourline Freight", formal, n))  # type: ignore[attr-defined]
    assert text.strip()
    assert not re.search(r"working toward|next step I|next stage|wider (?:team|organization)|first months", text), text
