"""A month the notes jot in short ("start date Feb or March?") supports the month written out in the letter
(checks9); a month the notes never name still does not. Notes: the port operator's (ferry_case.py)."""

from __future__ import annotations

import pytest
from ferry_case import NOTES, fired, run

from afterview.notes.loader import load_notes
from afterview.vocabulary import Kind


@pytest.mark.parametrize(("month", "supported"), [("February", True), ("September", True), ("June", False)])
def test_a_short_month_in_the_notes_supports_the_full_name(tmp_path, month: str, supported: bool) -> None:
    path = tmp_path / "port-months.yaml"
    text = NOTES.replace("CULTURE", "neutral").replace("OUTCOME", "pending").replace("    GREET\n", "")
    text = text.replace("topics: [the hiring timeline]", "topics: [the hiring timeline, 'start date Feb or Sept?']")
    path.write_text(text, encoding="utf-8")
    body = (
        f"Dear Jisoo,\n\nIs there any news on the timeline for the Terminal Scheduling Lead role? You mentioned a "
        f"start in {month}, and I would like to plan my notice.\n\nBest regards,\nTomás Herrera"
    )
    found = fired(run(load_notes(path), body, Kind.status_check, "Park Jisoo"), "facts")
    assert ("error:unsupported_date" not in found) is supported
