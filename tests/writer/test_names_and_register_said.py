"""WRITER63 (issue 17): names as people use them. A double given name ('Ruth Ann Kessler', 'Jo Ann Lowe') is
greeted whole; how the notes say a person likes to be addressed ('old school, prefers Mrs. Okafor', 'call me Bob',
'goes by Bill', 'on first-name terms') sets that person's greeting and sign-off, and is never drafted as a topic.
Notes invented here: a US bank, a Ghanaian builder, a Scottish distillery, an Australian mine, a Nigerian insurer."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.notes.names import first_name, greeting
from afterview.notes.register_said import comments_by_person, is_remark, read
from helpers import draft_json


@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        ("Ruth Ann Kessler", "Ruth Ann"),
        ("Mary Beth Tran", "Mary Beth"),
        ("Jo Ann Lowe", "Jo Ann"),
        ("Anne Marie Dupont", "Anne Marie"),
        ("Mary Kate Olsen", "Mary Kate"),
        ("Billy Ray Hart", "Billy Ray"),
        ("John Michael Smith", "John"),  # a middle name that seldom closes a double name
        ("Ruth Kessler", "Ruth"),
        ("Kate Ann", "Kate"),  # two words: a given name and a surname
    ],
)
def test_a_double_given_name_is_greeted_whole(name: str, greeted: str) -> None:
    assert greeting(name) == greeted
    assert first_name(name) == greeted


@pytest.mark.parametrize(
    "item",
    [
        "old school",
        "very formal",
        "prefers Mrs. Okafor",
        "Note: old school, very formal, prefers Mr. Pemberton",
        "call me Bob",
        "goes by Bill.",
        "on first-name terms",
        "he is very formal",
    ],
)
def test_a_remark_on_register_is_recognised(item: str) -> None:
    assert is_remark(item)


@pytest.mark.parametrize(
    "item",
    [
        "very formal review process for releases",
        "old-school ERP system",
        "call volumes doubled",
        "prefers Slack to email",
        "goes by the book on safety audits",
        "first-name basis with every grower in the valley since 2019",
    ],
)
def test_a_topic_is_not_a_remark(item: str) -> None:
    assert not is_remark(item)


def test_a_remark_gives_a_greeting_only_with_a_word_of_their_name() -> None:
    assert read(["prefers Mrs. Okafor"], "Margaret Okafor") == ("Mrs. Okafor", True, False)
    assert read(["goes by Bob"], "Robert Kline") == ("Bob", False, True)
    assert read(["old school"], "Harold Pemberton") == (None, True, False)
    assert read(["prefers Mr. Smith"], "Harold Pemberton")[0] is None  # someone else's name


def test_comments_are_read_for_the_interviewer_they_sit_under() -> None:
    text = (
        "candidate:\n  name: Sam  # call me Sam\ninterviewers:\n  - name: Margaret Okafor  # old school\n"
        "    role: peer\n    # very formal\n  - name: William Hart\n    # said to call him Bill\n"
        "position: X  # goes by X\n"
    )
    assert comments_by_person(text) == {
        "Margaret Okafor": ("old school", "very formal"),
        "William Hart": ("said to call him Bill",),
    }


NOTES = """
candidate:
  name: Sofia Marchetti
  highlights:
    - cut claim processing time by 30% at Generali
position: Claims Team Lead
company:
  name: Harbor Mutual
  culture: casual
interview:
  at: 2026-12-01T10:00
  timezone: America/New_York
  format: onsite
interviewers:
  - name: Margaret Okafor   # old school
    role: hiring_manager
    email: mo@hm.example
    topics:
      - the claims triage backlog
      - very formal, prefers Mrs. Okafor
  - name: William Hart
    # said to call him Bill
    role: peer
    email: wh@hm.example
    topics:
      - the Guidewire upgrade
  - name: Ruth Ann Kessler
    role: recruiter
    email: rak@hm.example
    topics:
      - the relocation package
      - on first-name terms
"""


def _by_person(tmp_path: Path) -> dict[str, str]:
    out = draft_json(tmp_path, NOTES, "--now", "2026-12-01T13:00", "--kind", "thank_you")
    return {m["to"]: m["body"] for m in out["messages"]}


def test_register_sets_greeting_and_sign_off_and_is_no_topic(tmp_path: Path) -> None:
    bodies = _by_person(tmp_path)
    okafor, hart, kessler = bodies["Margaret Okafor"], bodies["William Hart"], bodies["Ruth Ann Kessler"]
    assert okafor.startswith("Dear Mrs. Okafor,")  # formal in a casual culture: 'Dear', title and surname
    assert "Kind regards," in okafor
    assert hart.startswith("Hi Bill,")  # the name he asked to be called
    assert kessler.startswith("Hi Ruth Ann,")
    for body in bodies.values():
        assert "formal" not in body and "first-name" not in body and "Mrs. Okafor," not in body.split("\n", 1)[1]


def test_markdown_note_lines_set_register(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from afterview.cli import app

    path = tmp_path / "notes.md"
    path.write_text(
        "# Plant Controller at Rheinmetall Foods\n- When: 2026-11-23 09:00 America/Chicago, 60 minutes, onsite\n\n"
        "## Me: Luis Ortega\n- Highlight: closed the books in 4 days at Cargill\n\n"
        "## Harold Pemberton — Plant Director (hiring_manager)\n- Email: hp@rf.example\n"
        "- Talked about: the month-end close\n- Note: old school, very formal, prefers Mr. Pemberton\n\n"
        "## Robert Kline — Finance Manager (peer)\n- Email: rk@rf.example\n"
        "- Talked about: the standard costing rollout\n"
        "- Note: goes by Bob, on first-name terms\n",
        encoding="utf-8",
    )
    args = ["draft", str(path), "--format", "json", "--now", "2026-11-23T13:00", "--kind", "thank_you"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    bodies = {m["to"]: m["body"] for m in json.loads(result.output)["messages"]}
    assert bodies["Harold Pemberton"].startswith("Dear Mr. Pemberton,")
    assert "Kind regards," in bodies["Harold Pemberton"]
    assert bodies["Robert Kline"].startswith("Dear Bob,")
    assert not any("old school" in b or "first-name terms" in b for b in bodies.values())
