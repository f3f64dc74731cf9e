"""Sparse notes give a short note, not a padded one (issue 17): past one line about the role and one closing
line the writer adds no stock sentence to reach the word minimum, and the length check says a note a little
short is worth a look (a warning) while a note of two lines is not ready (an error). Own notes, through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app

runner = CliRunner()

SPARSE = """
candidate: {name: Ines Duarte}
position: Night Shift Coordinator
company: {name: Harrow Linen, culture: %s}
interview: {at: 2026-12-02T10:00, timezone: Europe/Lisbon}
interviewers:
  - name: Paulo Reis
    role: hiring_manager
    email: p@harrow.example
    topics: [the night shift rota]
  - name: Marta Lobo
    role: recruiter
    email: m@harrow.example
"""

# sentences that fit any interview: one of them may close a sparse note, a stack of them may not
STOCK = re.compile(
    r"I would be (?:glad|pleased) to (?:learn from|provide references|meet more)|I appreciated (?:how openly|the time)"
    r"|I would be (?:proud|honored|excited) to (?:be part|represent|grow)|a (?:real|significant) step"
    r"|I am grateful for the time you took|answers to my questions|continue (?:the|our) conversation|talk again"
    r"|at your disposal|examples of my work"
)


@pytest.mark.parametrize("culture", ["formal", "neutral", "casual"])
def test_a_sparse_note_is_short_rather_than_padded(tmp_path: Path, culture: str) -> None:
    notes = tmp_path / "notes.yaml"
    notes.write_text(SPARSE % culture, encoding="utf-8")
    result = runner.invoke(app, ["draft", str(notes), "--now", "2026-12-02T13:00", "--format", "json"])
    assert result.exit_code == 0, result.output
    drafts = json.loads(result.output)["messages"]
    assert drafts
    for d in drafts:
        assert not STOCK.search(d["body"]), d["body"]
        length = [f for f in d["findings"] if f["check"] == "length"]
        assert all(f["severity"] != "error" for f in length), length


def _check(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    notes = tmp_path / "notes.yaml"
    notes.write_text(SPARSE % "neutral", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Subject: Thank you\n\n" + body, encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "check",
            str(draft),
            "--notes",
            str(notes),
            "--to",
            "Paulo Reis",
            "--kind",
            "thank_you",
            "--format",
            "json",
            "--now",
            "2026-12-02T13:00",
        ],
    )
    assert result.exit_code == 0, result.output
    return [(f["severity"], f["code"]) for f in json.loads(result.output)["findings"] if f["check"] == "length"]


def test_a_thank_you_a_little_short_is_a_warning(tmp_path: Path) -> None:
    body = (
        "Dear Paulo,\n\nThank you for meeting me this morning to talk about the Night Shift Coordinator role. "
        "I enjoyed hearing how the night shift rota is put together each week, and how the team covers the "
        "busiest nights before the weekend. I have planned rotas for a team of twelve before, and I would be "
        "glad to bring that to Harrow Linen.\n\nBest regards,\nInes Duarte\n"
    )
    assert _check(tmp_path, body) == [("warning", "too_short")]


def test_a_thank_you_of_two_lines_is_an_error(tmp_path: Path) -> None:
    body = "Dear Paulo,\n\nThanks for today. I enjoyed talking about the night shift rota.\n\nBest,\nInes Duarte\n"
    assert _check(tmp_path, body) == [("error", "too_short")]
