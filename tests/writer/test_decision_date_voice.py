"""The decision date the notes give the interview is never put in one panel member's mouth ("As you plan to reach
a decision by 11 December" to a COO, when the HR director gave it: blind judges, stop 44). To a lone interviewer it
is theirs. Driven through the real CLI in every culture, with enough deciders to meet every closing variant. The notes
are thin (no topics): a thank-you says the date only where it would otherwise be too thin to send (writer59)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app

runner = CliRunner()

DECIDER = """
  - name: {name}
    title: {title}
    role: {role}
    email: {email}@quarry.example
"""

PANEL = [
    ("Ilse Brandt", "Quarry Manager", "hiring_manager", "ilse", "blasting schedule around the school run"),
    ("Tomasz Wrona", "Operations Director", "executive", "tomasz", "moving the crusher to electric drive"),
    ("Ruth Achterberg", "Plant Engineer", "hiring_manager", "ruth", "dust suppression on the haul road"),
    ("Kofi Mensah", "Managing Director", "executive", "kofi", "a second pit licence for 2028"),
]

NOTES = """
candidate:
  name: Marit Olsen
  email: marit@example.com
{highlights}position: Quarry Supervisor
company:
  name: Nordstein Aggregates
  culture: {culture}
interview:
  at: 2026-11-10T09:00
  timezone: Europe/Berlin
  decision_by: 2026-11-20
interviewers:
{interviewers}
"""

# 'you' (or 'you're') as the one who decides or expects the decision, before the date
THEIRS = re.compile(r"\byou(?:'re)?\s+(?:\w+\s+){0,3}(?:decide|decision)\b", re.I)


HIGHLIGHTS = "  highlights:\n    - ran the drill-and-blast crew at a granite quarry for 6 years\n"


def drafts(
    tmp_path: Path, culture: str, people: list[tuple[str, str, str, str, str]], highlights: str = HIGHLIGHTS
) -> list[dict[str, str]]:
    interviewers = "".join(
        DECIDER.format(name=n, title=t, role=r, email=e, topic=topic) for n, t, r, e, topic in people
    )
    notes = tmp_path / f"quarry-{culture}-{len(people)}.yaml"
    notes.write_text(NOTES.format(culture=culture, interviewers=interviewers, highlights=highlights), encoding="utf-8")
    result = runner.invoke(
        app, ["draft", str(notes), "--now", "2026-11-10T12:00", "--format", "json", "--provider", "template"]
    )
    assert result.exit_code == 0, result.stderr
    return [m for m in json.loads(result.stdout)["messages"] if m["kind"] == "thank_you"]


@pytest.mark.parametrize("culture", ["formal", "neutral", "casual"])
def test_a_panel_hears_the_date_as_the_interviews_not_their_own(tmp_path: Path, culture: str) -> None:
    messages = drafts(tmp_path, culture, PANEL)
    said = [m for m in messages if "20 November" in m["body"] or "November 20" in m["body"]]
    assert said, "the deciders' thank-yous say the decision date"
    for m in said:
        assert not THEIRS.search(m["body"]), m["body"]


def test_a_lone_interviewer_hears_the_date_as_theirs(tmp_path: Path) -> None:
    bodies = [m["body"] for c in ("neutral", "casual") for m in drafts(tmp_path, c, PANEL[:1], "")]
    with_date = [b for b in bodies if "20 November" in b or "November 20" in b]
    assert with_date and all(THEIRS.search(b) for b in with_date), with_date
