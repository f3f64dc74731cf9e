"""A team the candidate's deed was for, or whose thing it worked on, did not share the deed (stop 41, from blind27's
tune half): "built a label printer macro for our team's returns log" is the candidate's own work, so saying "I built
a label printer macro for our team's returns log" takes no credit; "our team cut returns by 30%" still gives the
result to the team."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from afterview.cli import app


def _claims(tmp_path: Path, highlight: str, said: str) -> list[str]:
    notes = {
        "candidate": {"name": "Ines Duarte", "highlights": [highlight]},
        "position": "Returns Coordinator",
        "company": {"name": "Parcelwise"},
        "interview": {"at": "2026-11-24T10:00", "timezone": "Europe/Lisbon", "duration_minutes": 45, "format": "video"},
        "interviewers": [
            {"name": "Rui Antunes", "role": "hiring_manager", "email": "rui@parcelwise.example",
             "topics": ["returns that sit unlabelled for days"]},
        ],
    }  # fmt: skip
    (tmp_path / "notes.yaml").write_text(yaml.safe_dump(notes), encoding="utf-8")
    body = f"Dear Rui,\n\nThank you for talking with me about returns that sit unlabelled for days. {said}\n\nInes\n"
    (tmp_path / "draft.txt").write_text(body, encoding="utf-8")
    args = ["check", str(tmp_path / "draft.txt"), "--notes", str(tmp_path / "notes.yaml"), "--now", "2026-11-24T13:00"]
    result = CliRunner().invoke(app, [*args, "--kind", "thank_you", "--to", "Rui Antunes", "--format", "json"])
    assert result.exit_code == 0, result.output
    return [f["code"] for f in json.loads(result.stdout)["findings"] if f["check"] == "claims"]


@pytest.mark.parametrize(
    "highlight",
    [
        "built a label printer macro for our team's returns log at Lusomail",
        "built a label printer macro for the team at Lusomail",
    ],
)
def test_a_team_the_deed_was_for_shares_no_credit(tmp_path: Path, highlight: str) -> None:
    said = "At Lusomail I built a label printer macro for our team's returns log, and I would be glad to help here."
    assert _claims(tmp_path, highlight, said) == []


def test_a_team_that_did_the_deed_still_shares_it(tmp_path: Path) -> None:
    said = "At Lusomail I cut unlabelled returns by 30%, and I would be glad to help here."
    assert "unsupported_claim" in _claims(tmp_path, "our team cut unlabelled returns by 30% at Lusomail", said)
