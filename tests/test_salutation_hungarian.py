"""A Hungarian name written family name first ('Kovács Eszter', 'Szilágyi Dóra'): 'Ms. Kovács' when the notes' own
pronoun says which; in a formal culture else the whole name with an info finding that asks for greet_as (issue 17, as
'Zhang Wei'); else the given name. Never the family name alone as if it were a first name ('Dear Szilágyi'). Names in
English order and names of other cultures keep their rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from afterview import salutation
from afterview.cli import app
from afterview.notes.model import Notes
from afterview.notes.name_order import hungarian_given


def _data(name: str, zone: str, culture: str, topic: str) -> dict[str, Any]:
    return {
        "candidate": {"name": "Lena Brandt", "highlights": ["ran the lab's internal audit prep"]},
        "position": "Quality Technologist",
        "company": {"name": "Hajdú Mills", "culture": culture},
        "interview": {"at": "2026-11-09T10:00", "timezone": zone, "duration_minutes": 60, "format": "onsite"},
        "interviewers": [{"name": name, "role": "hiring_manager", "email": "x@hajdu.example", "topics": [topic]}],
    }


def _notes(name: str, zone: str = "Europe/Budapest", culture: str = "formal", topic: str = "retailer audits") -> Notes:
    return Notes.model_validate(_data(name, zone, culture, topic))


def test_a_hungarian_name_is_greeted_by_its_given_name_or_whole() -> None:
    for zone in ("Europe/Budapest", "Europe/Vienna"):
        notes = _notes("Kovács Eszter", zone, culture="neutral")
        assert salutation.greeting_name(notes.interviewers[0], notes) == "Eszter"
        notes = _notes("Kovács Eszter", zone)  # formal, no pronoun: no title can be chosen
        assert salutation.greeting_name(notes.interviewers[0], notes) == "Kovács Eszter"
    notes = _notes("Szilágyi Dóra", culture="neutral")  # a family name off the common list, in Budapest's zone
    assert salutation.greeting_name(notes.interviewers[0], notes) == "Dóra"  # (main said 'Szilágyi')


def test_the_notes_pronoun_gives_the_title_with_the_family_name() -> None:
    notes = _notes("Kovács Eszter", topic="her retailer audits (2 private labels)")
    assert salutation.greeting_name(notes.interviewers[0], notes) == "Ms. Kovács"
    notes = _notes("Kovács Eszter", culture="neutral", topic="her retailer audits")
    assert salutation.greeting_name(notes.interviewers[0], notes) == "Eszter"  # no formal culture: the given name


def test_near_misses_keep_their_greeting() -> None:
    assert hungarian_given("Eszter Kovács", "Europe/Budapest") is None  # English order
    assert hungarian_given("Simon Rácz") is None  # a given name first
    assert hungarian_given("Péter Sándor", "Europe/Budapest") is None
    assert hungarian_given("Zhang Wei") is None
    notes = _notes("Zhang Wei", "Asia/Shanghai")
    assert salutation.greeting_name(notes.interviewers[0], notes) == "Zhang Wei"  # another culture's rule, as before
    notes = _notes("Kovács Eszter")
    person = notes.interviewers[0].model_copy(update={"greet_as": "Dr. Kovács"})
    assert salutation.greeting_name(person, notes) == "Dr. Kovács"  # greet_as wins


def test_a_formal_greeting_by_the_whole_name_asks_once_for_greet_as(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_text(yaml.safe_dump(_data("Kovács Eszter", "Europe/Budapest", "formal", "retailer audits")), "utf-8")
    run = CliRunner().invoke(app, ["draft", str(path), "--now", "2026-11-09T17:00", "--format", "json"])
    thanks = next(m for m in json.loads(run.stdout)["messages"] if m["kind"] == "thank_you")
    assert thanks["body"].startswith("Dear Kovács Eszter,")
    hints = [f for f in thanks["findings"] if f["code"] == "greet_as"]
    assert len(hints) == 1 and hints[0]["severity"] == "info"
    assert "'Mr. Kovács', 'Ms. Kovács' or 'Eszter'" in hints[0]["message"]
