"""One interview at a parcel company, for checks on what a candidate says of their own work: `findings` writes the
notes (one highlight of the test's) and a thank-you holding the test's sentence, runs `afterview check`, and returns
the warnings and errors by check."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from afterview.cli import app


def findings(tmp_path: Path, highlight: str, said: str) -> dict[str, list[str]]:
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
    found: dict[str, list[str]] = {}
    for f in json.loads(result.stdout)["findings"]:
        if f["severity"] in ("error", "warning"):
            found.setdefault(f["check"], []).append(f["code"])
    return found
