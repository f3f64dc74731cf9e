"""How a family-name-first name is greeted where its own custom is known (stop 41: blind judges marked "Dear Sato
Yui" and "Dear Hayashi Kenji" at a Japanese company, and "Dear Liang Xiuying" where the notes say "her q", as a mail
merge). In Japan the family name takes '-san'; in a formal culture with the notes' own pronoun, Mr./Ms. and the
family name. The checks read '-san' after a name from the notes as that name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from afterview import salutation
from afterview.cli import app
from afterview.notes.model import Notes


def _data(name: str, zone: str, culture: str, topics: tuple[str, ...]) -> dict[str, Any]:
    return {
        "candidate": {"name": "Lena Brandt", "highlights": ["rebuilt a glaze recipe library"]},
        "position": "Glaze Technician",
        "company": {"name": "Mino Clayworks", "culture": culture},
        "interview": {"at": "2026-11-24T10:00", "timezone": zone, "duration_minutes": 45, "format": "onsite"},
        "interviewers": [{"name": name, "role": "hiring_manager", "email": "x@mino.example", "topics": list(topics)}],
    }


def _notes(
    name: str, zone: str, culture: str = "formal", topics: tuple[str, ...] = ("kiln firing schedules",)
) -> Notes:
    return Notes.model_validate(_data(name, zone, culture, topics))


def test_in_japan_a_family_name_first_takes_san_in_every_culture() -> None:
    for culture in ("formal", "neutral", "casual"):
        notes = _notes("Nishimura Yui", "Asia/Tokyo", culture)
        person = notes.interviewers[0]
        assert salutation.greeting_name(person, notes) == "Nishimura-san"
        assert salutation.greeting_name(person, notes, casual=True) == "Nishimura-san"


def test_outside_japan_or_in_english_order_no_san() -> None:
    notes = _notes("Nishimura Yui", "Europe/Berlin", "neutral")  # whole: which part is the given name is a guess
    assert salutation.greeting_name(notes.interviewers[0], notes) == "Nishimura Yui"
    notes = _notes("Yui Nishimura", "Asia/Tokyo", "neutral")
    assert salutation.greeting_name(notes.interviewers[0], notes) == "Yui"


def test_greet_as_still_wins_in_japan() -> None:
    notes = _notes("Nishimura Yui", "Asia/Tokyo")
    person = notes.interviewers[0].model_copy(update={"greet_as": "Ms. Nishimura"})
    assert salutation.greeting_name(person, notes) == "Ms. Nishimura"


def test_a_formal_culture_with_the_notes_pronoun_greets_the_family_name_wherever_it_stands() -> None:
    notes = _notes("Zhou Meilin", "Europe/Malta", topics=("her q - how I would audit the glaze lab",))
    assert salutation.greeting_name(notes.interviewers[0], notes) == "Ms. Zhou"
    notes = _notes("Zhou Meilin", "Europe/Malta")  # no pronoun: never a guess
    assert salutation.greeting_name(notes.interviewers[0], notes) == "Zhou Meilin"


def _facts(tmp_path: Path, body: str) -> list[str]:
    notes = tmp_path / "notes.yaml"
    notes.write_text(yaml.safe_dump(_data("Nishimura Yui", "Asia/Tokyo", "formal", ("kiln firing schedules",))))
    draft = tmp_path / "draft.txt"
    draft.write_text(body, encoding="utf-8")
    args = ["check", str(draft), "--notes", str(notes), "--now", "2026-11-24T14:00", "--format", "json"]
    result = CliRunner().invoke(app, [*args, "--kind", "thank_you", "--to", "Nishimura Yui"])
    assert result.exit_code == 0, result.output
    return [f["code"] for f in json.loads(result.stdout)["findings"] if f["check"] == "facts"]


def test_the_facts_check_reads_san_after_a_name_from_the_notes_as_that_name(tmp_path: Path) -> None:
    body = "Dear Nishimura-san,\n\nThank you for walking me through the kiln firing schedules today.\n\nLena Brandt\n"
    assert _facts(tmp_path, body) == []
    assert _facts(tmp_path, body.replace("Nishimura-san", "Nishimora-san")) != []  # a slip in the name is still one
