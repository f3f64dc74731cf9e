"""A label, a colon and a noun phrase ('One update from my side since our interview: my Six Sigma Green Belt
certificate.') is the seam of a form filled in (issue 17): `fluency` warns on it in any draft, hand-written too, and
leaves alone a colon that joins a sentence, a time and a list a sentence announces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app

runner = CliRunner()

NOTES = """
candidate: {name: Ana Ruiz, highlights: [ran the night dispatch desk at Cobalt Freight]}
position: Logistics Planner
company: {name: Brightway}
interview: {at: 2026-11-24T10:00, timezone: Europe/Dublin}
interviewers:
  - name: Tomas Keane
    email: tomas@brightway.example
    topics: [route planning for rural drops]
"""

BODY = """Subject: Logistics Planner role

Dear Tomas,

I hope you are well. I wanted to ask whether there is any news on the Logistics Planner role since we spoke on
24 November.

{line}

I remain very interested in the role and look forward to hearing from you.

Best regards,
Ana Ruiz
"""


def _codes(tmp_path: Path, line: str) -> set[str]:
    notes = tmp_path / "notes.yaml"
    notes.write_text(NOTES, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(BODY.format(line=line), encoding="utf-8")
    args = ["check", str(draft), "--notes", str(notes), "--to", "Tomas Keane", "--kind", "status_check"]
    result = runner.invoke(app, [*args, "--format", "json", "--now", "2026-12-02T10:00"])
    assert result.exit_code == 0, result.output
    return {f["code"] for f in json.loads(result.output)["findings"] if f["check"] == "fluency"}


@pytest.mark.parametrize(
    "line",
    [
        "One update from my side since our interview: my Six Sigma Green Belt certificate.",  # quality
        "A quick update: my HGV class 1 licence.",  # haulage
        "One piece of news from my side: a new food hygiene qualification.",  # catering
        "Some news since our conversation: the CompTIA Security+ certification.",  # IT
        "Another update: my completed forklift refresher course.",  # warehousing
    ],
)
def test_a_label_then_a_noun_phrase_is_flagged(tmp_path: Path, line: str) -> None:
    assert "noun_after_colon" in _codes(tmp_path, line)


@pytest.mark.parametrize(
    "line",
    [
        "Since we spoke, I have earned my Six Sigma Green Belt certificate.",
        "One update from my side: the audit plan I drafted was approved by my manager.",
        "One update: I have passed my HGV class 1 test.",
        "I can send two things this week: my portfolio and the route plan.",
        "I am free for a call on Thursday at 10:30 if that helps.",
        "Three things stood out for me: the depot tour, the team and the rural routes.",
    ],
)
def test_a_colon_that_joins_a_sentence_is_left_alone(tmp_path: Path, line: str) -> None:
    assert "noun_after_colon" not in _codes(tmp_path, line)
