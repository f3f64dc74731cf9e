"""A count of the candidate's own work that retells one of their items with another figure is a wrong figure (facts),
not a claim of work the notes never give (stop 41, from blind27's tune half: "I classified around 300 SKUs" for the
item "classified ~200 SKUs a week" was reported by claims, which a reader files under facts). A count of a deed no
item holds is still the claims check's."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from afterview.cli import app


def _families(tmp_path: Path, said: str) -> dict[str, list[str]]:
    notes = {
        "candidate": {"name": "Ines Duarte", "highlights": ["relabelled ~400 returns a week at Lusomail"]},
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


def test_an_own_item_retold_with_another_figure_is_a_wrong_figure(tmp_path: Path) -> None:
    found = _families(tmp_path, "At Lusomail I relabelled about 700 returns a week, so volume does not worry me.")
    assert "unsupported_number" in found.get("facts", [])
    assert "claims" not in found


def test_an_own_item_retold_with_its_figure_is_clean(tmp_path: Path) -> None:
    found = _families(tmp_path, "At Lusomail I relabelled about 400 returns a week, so volume does not worry me.")
    assert "facts" not in found and "claims" not in found


def test_a_count_of_a_deed_no_item_holds_is_still_a_claim(tmp_path: Path) -> None:
    found = _families(tmp_path, "At Lusomail I audited about 700 carriers, so volume does not worry me.")
    assert "unsupported_claim" in found.get("claims", [])
