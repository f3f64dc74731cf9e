"""A thank-you to the recruiter says the process's logistics their notes give before the day's technical talks, and
those talks in one sentence at most (writer_blind52's judges: "tells the HR officer about its technical talks with the
other interviewers", "offers the work-permit documents"). Notes invented here: a water-board panel."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from afterview.cli import app


def _notes(recruiter_topics: list[str], requested: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "candidate": {"name": "Lena Brandt", "highlights": ["built the flood warning model for the Aare basin"]},
        "position": "Senior Hydrologist",
        "company": {"name": "Rhine Water Board", "culture": "neutral"},
        "interview": {"at": "2026-11-24T09:00", "timezone": "Europe/Berlin", "duration_minutes": 90, "format": "video"},
        "interviewers": [
            {
                "name": "Jonas Weber",
                "role": "hiring_manager",
                "email": "jw@rwb.example",
                "topics": ["salinity forecasting for the dry season"],
            },
            {
                "name": "Ingrid Solberg",
                "role": "other",
                "email": "is@rwb.example",
                "topics": ["coupling hydrodynamic and groundwater models"],
            },
            {"name": "Mia Roth", "role": "recruiter", "email": "mr@rwb.example", "topics": recruiter_topics},
        ],
        "requested": list(requested),
    }


def _recruiter_thanks(tmp_path: Path, data: dict[str, Any]) -> str:
    path = tmp_path / "notes.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    run = CliRunner().invoke(app, ["draft", str(path), "--now", "2026-11-24T14:00", "--format", "json"])
    messages = json.loads(run.stdout)["messages"]
    return str(next(m["body"] for m in messages if m["kind"] == "thank_you" and m["to"] == "Mia Roth"))


def test_a_work_permit_in_the_recruiters_notes_is_offered_for_and_one_talk_is_named(tmp_path: Path) -> None:
    body = _recruiter_thanks(tmp_path, _notes(["work permit paperwork"]))
    assert "I would be glad to send any documents the work permit needs." in body
    assert body.index("work permit needs") < body.index("Jonas")
    assert "groundwater" not in body  # the second technical talk is left out; Ingrid met by name only (writer67)


def test_references_are_offered_unless_requested_already_sends_them(tmp_path: Path) -> None:
    body = _recruiter_thanks(tmp_path, _notes(["references from two past managers"]))
    assert "I can send my references whenever they would be useful." in body
    body = _recruiter_thanks(tmp_path, _notes(["references from two past managers"], ("two references",)))
    assert "whenever they would be useful" not in body


def test_without_logistics_the_recruiters_note_is_as_before(tmp_path: Path) -> None:
    body = _recruiter_thanks(tmp_path, _notes(["the panel format for the day"]))
    assert "documents" not in body and "references" not in body
    assert "Ingrid" in body  # nothing said for the process: the second talk stays, as before
    body = _recruiter_thanks(tmp_path, _notes(["visa sponsorship?"]))  # a jotted question is no process step said
    assert "documents the visa needs" not in body
