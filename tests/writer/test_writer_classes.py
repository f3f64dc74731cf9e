"""Classes of fault a blind judge found in the offline writer's drafts (issue 17, runs 1-2), driven
through the real CLI: each test names the class, not one sentence."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.draft import DraftRequest
from afterview.notes.loader import load_notes
from afterview.planning import make_plan
from afterview.providers.llm_prompts import greeting_and_sign_off
from afterview.style import Style
from helpers import EXAMPLES, NOW, ROOT

runner = CliRunner()

NOTES = """
candidate:
  name: Chloé Martin
  highlights:
    - lifted midweek RevPAR 12% at a regional property with corporate and conference packages
    - designed 14 levels for Ember Road (shipped 2024)
    - speak Mandarin
  since_interview:
    - spoke at a revenue management meetup
position: Revenue Manager
company:
  name: Tidemark Hotels
  culture: {culture}
  news:
    - opened Tidemark Byron Bay in October
interview:
  at: 2026-11-20T09:30
  timezone: {zone}
  decision_by: 2026-11-27
interviewers:
  - name: Lachlan Reid
    title: Director of Revenue
    role: hiring_manager
    email: lachlan@tidemark.example
    topics:
      - moving from weekly to daily pricing reviews
    challenges:
      - midweek occupancy at their Blue Mountains property sits around 55%
  - name: Gerald Whitcombe
    title: Chief Executive
    role: executive
    email: gerald@tidemark.example
    topics:
      - the group's expansion along the coast
  - name: Dr. Anjali Raman
    role: recruiter
    email: anjali@tidemark.example
    primary_contact: true
    topics:
      - the background check process
requested:
  - a sample weekly pricing report with the figures removed
"""


def draft(tmp_path: Path, *args: str, culture: str = "formal", zone: str = "Australia/Sydney") -> dict:
    path = tmp_path / "notes.yaml"
    path.write_text(NOTES.format(culture=culture, zone=zone), encoding="utf-8")
    result = runner.invoke(app, ["draft", str(path), "--format", "json", "--provider", "template", *args])
    assert result.exit_code == 0, result.output
    out: dict = json.loads(result.output)
    return out


def bodies(run: dict, kind: str = "thank_you") -> dict[str, str]:
    return {m["to"]: m["body"] for m in run["messages"] if m["kind"] == kind}


def test_greetings_never_use_first_name_and_surname_in_any_tone(tmp_path: Path) -> None:
    for tone in ("formal", "warm", "concise", "enthusiastic"):
        found = bodies(draft(tmp_path, "--now", "2026-11-20T12:30", "--tone", tone))
        assert found["Gerald Whitcombe"].startswith(("Dear Gerald,", "Hi Gerald,"))
        assert found["Dr. Anjali Raman"].startswith("Dear Dr. Raman,")
        assert "Gerald Whitcombe," not in found["Gerald Whitcombe"]


def test_the_llm_is_told_the_greeting_the_writer_writes(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_text(NOTES.format(culture="formal", zone="Australia/Sydney"), encoding="utf-8")
    notes = load_notes(path)
    written = bodies(draft(tmp_path, "--now", "2026-11-20T12:30"))
    now = datetime(2026, 11, 20, 12, 30, tzinfo=ZoneInfo("Australia/Sydney"))
    for planned in make_plan(notes, now).messages:
        request = DraftRequest(notes=notes, planned=planned, now=now, tone="formal", style=Style())
        greeting, _ = greeting_and_sign_off(request)
        assert written[planned.to.name].startswith(greeting + "\n")


def test_requested_items_are_attached_once_in_the_thank_you_they_belong_to(tmp_path: Path) -> None:
    found = bodies(draft(tmp_path, "--now", "2026-11-20T12:30"))
    carrying = [name for name, body in found.items() if "pricing report" in body]
    # The item relates to the hiring manager's conversation (pricing), not the recruiter's.
    assert carrying == ["Lachlan Reid"]
    # sent with the note (the domain guide: promptly); `check` tells the candidate to attach it
    assert re.search(r"I have attached a sample weekly pricing report", found["Lachlan Reid"])


def test_dates_are_written_as_the_recipients_region_writes_them(tmp_path: Path) -> None:
    late = "2026-12-01T10:00"
    sydney = bodies(draft(tmp_path, "--now", late, zone="Australia/Sydney"), "status_check")
    assert "27 November" in sydney["Dr. Anjali Raman"] and "November 27" not in sydney["Dr. Anjali Raman"]
    chicago = bodies(draft(tmp_path, "--now", late, zone="America/Chicago"), "status_check")
    assert "November 27" in chicago["Dr. Anjali Raman"]


def test_notes_items_are_said_in_the_form_a_person_would(tmp_path: Path) -> None:
    for tone in ("formal", "warm", "concise", "enthusiastic"):
        run = draft(tmp_path, "--now", "2026-11-20T12:30", "--tone", tone)
        everything = "\n".join(bodies(run).values()) + "\n".join(bodies(run, "status_check").values())
        # a clause from the notes is never put where a noun phrase belongs
        assert not re.search(r"(?:about|of|on) (?:the )?midweek occupancy [^.]* sits around", everything)
        assert "Since we spoke, I spoke" not in everything
        assert "(shipped 2024)" not in everything  # an aside in brackets is notes shorthand
        assert "my speak" not in everything and "my coach" not in everything
        for m in run["messages"]:
            assert not [f for f in m["findings"] if f["check"] == "fluency" and f["severity"] != "info"], m["body"]


def test_a_highlight_is_tied_only_to_what_it_relates_to(tmp_path: Path) -> None:
    found = bodies(draft(tmp_path, "--now", "2026-11-20T12:30"))
    lachlan = found["Lachlan Reid"]
    # RevPAR packages relate to midweek occupancy: tied there, in one sentence or the next.
    assert "lifted midweek RevPAR by 12%" in lachlan  # a change by an amount says "by"
    # Level design relates to nothing a hotel discussed: it may be stated as what the candidate
    # brings, never offered as relevant to something they said.
    sentences = [s for body in found.values() for s in re.split(r"(?<=[.!?])\s+", body) if "14 levels" in s]
    for sentence in sentences:
        assert not re.search(
            r"familiar|relevant here|close to my own|know well|dig into it|into that with you|to that work"
            r"|in that area|that part of our discussion|a problem I would",
            sentence,
        )


def test_no_filler_that_fits_only_some_jobs(tmp_path: Path) -> None:
    for tone in ("formal", "warm", "concise", "enthusiastic"):
        for body in bodies(draft(tmp_path, "--now", "2026-11-20T12:30", "--tone", tone)).values():
            assert "examples of my work" not in body and "sample of my work" not in body
            assert "in case that is useful for the team's decision" not in body


def test_no_writer_module_is_over_350_lines() -> None:
    for module in (ROOT / "src" / "afterview" / "writer").glob("*.py"):
        assert len(module.read_text(encoding="utf-8").splitlines()) <= 350, module.name


@pytest.mark.parametrize("tone", ["concise", "enthusiastic"])
def test_a_thank_you_never_thanks_them_for_a_day_alone(tone: str) -> None:
    # "a quick thank you for on Thursday": a when-phrase needs something to be thankful for before it
    notes_files = [*sorted(EXAMPLES.glob("*.yaml")), *sorted((ROOT / "bench" / "llm_notes").glob("*.yaml"))]
    linkedin = 0
    for notes in notes_files:
        result = runner.invoke(app, ["draft", str(notes), "--now", NOW, "--tone", tone, "--format", "json"])
        assert result.exit_code in (0, 1), result.stdout
        for message in json.loads(result.stdout)["messages"]:
            linkedin += message["channel"] == "linkedin"
            assert not re.search(r"\bfor (?:on \w+day|today|yesterday)\b", message["body"]), message["body"]
    assert linkedin >= 2  # the LinkedIn thank-yous, where the short forms live, were among them
