"""The writer's own words spelt as the recipient's region spells them, thank-yous that thank on
every channel, casual greetings by the given name, and no filler that could be sent to anyone
(issue 17, second writer pass). Driven through the CLI on real files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.writer.spelling import localise

runner = CliRunner()

NOTES = """
candidate:
  name: {candidate}
  highlights:
    - cut stockouts on the top 200 SKUs by 30% at my last job by changing the reorder points
position: Inventory Planner
company: {{name: Marlow & Finch, culture: {culture}}}
interview: {{at: 2026-12-02T10:00, timezone: {zone}}}
interviewers:
  - name: Hannah Okoro
    role: hiring_manager
    email: h@marlow.example
    topics: [moving forecasting off spreadsheets into a new planning tool, the colour-coded supplier board]
    challenges: [stockouts on best-sellers every peak season]
  - name: Tom Becker
    role: recruiter
    email: t@marlow.example
    primary_contact: true
    topics: [the hybrid setup]
  - name: Kim Seo-yeon
    role: peer
    email: k@marlow.example
    topics: ["Atoll, drive test data", pass scheduling across 6 warehouses]
  - name: Priya Shah
    role: peer
    channel: linkedin
    topics: [the returns process]
  - name: Sam Ortiz
    role: executive
    channel: linkedin
    topics: [the new distribution centre in Daventry]
"""

TONES = ("warm", "formal", "concise", "enthusiastic")
US_WORDS = re.compile(r"\b(?:favorite|organization|organized|honored|candor|center)\b", re.I)
UK_WORDS = re.compile(r"\b(?:favourite|organisation|organised|honoured|candour|centre)\b", re.I)


def messages(tmp_path: Path, zone: str, tone: str, culture: str = "casual", variant: int = 0) -> list[dict[str, str]]:
    path = tmp_path / f"notes-{zone.replace('/', '-')}-{tone}-{culture}-{variant}.yaml"
    # another candidate name seeds other structures and phrasings (the writer's `v` slots)
    candidate = ("Jordan Ellis", "Sam Reed", "Alex Moore", "Robin Hale")[variant]
    path.write_text(NOTES.format(zone=zone, culture=culture, candidate=candidate), encoding="utf-8")
    args = ["draft", str(path), "--format", "json", "--provider", "template", "--now", "2026-12-02T11:20"]
    args += ["--tone", tone]
    result = runner.invoke(app, args)
    assert result.exit_code in (0, 1), result.output
    return list(json.loads(result.output)["messages"])


def test_british_spelling_to_a_london_recipient_us_spelling_to_new_york(tmp_path: Path) -> None:
    london = [m for tone in TONES for m in messages(tmp_path, "Europe/London", tone)]
    new_york = [m for tone in TONES for m in messages(tmp_path, "America/New_York", tone)]
    for m in london:
        # the user's own "centre" and "colour-coded" are in the notes; the writer's words follow London
        assert not US_WORDS.search(m["body"]), m["body"]
    for m in new_york:
        writer_words = m["body"].replace("distribution centre", "").replace("colour-coded", "")
        assert not UK_WORDS.search(writer_words), m["body"]
    # the writer's own words do change, spelt both ways across the regions (these drafts no longer hold one: the
    # recruiter's "so well organized" close went for keenness for the role, writer38)
    writers = "I would be honored to join the organization; I have organized the same thing."
    assert UK_WORDS.findall(localise(writers, ZoneInfo("Europe/London"), "")) == [
        "honoured",
        "organisation",
        "organised",
    ]
    assert localise(writers, ZoneInfo("America/New_York"), "") == writers


def test_the_users_own_spelling_is_kept(tmp_path: Path) -> None:
    for tone in TONES:
        for m in messages(tmp_path, "America/New_York", tone):
            assert "distribution center" not in m["body"] and "color-coded" not in m["body"]


@pytest.mark.parametrize("tone", TONES)
def test_every_linkedin_thank_you_thanks(tmp_path: Path, tone: str) -> None:
    seen = 0
    for variant in range(4):
        for m in messages(tmp_path, "Europe/London", tone, variant=variant):
            if m["kind"] == "thank_you" and m["channel"] == "linkedin":
                seen += 1
                assert re.search(r"\bthank", m["body"], re.I), m["body"]
    assert seen >= 8


def test_a_family_name_first_name_without_greet_as_is_greeted_whole_in_every_culture(
    tmp_path: Path,
) -> None:
    # issue 17 item 3: which part is the given name is a guess, so the greeting guesses nothing (writer69, stop 56;
    # this test asked for "Hi Seo-yeon," in a casual culture before)
    casual = {m["to"]: m["body"] for m in messages(tmp_path, "Europe/London", "warm", culture="casual")}
    assert casual["Kim Seo-yeon"].startswith("Hi Kim Seo-yeon,")
    formal = {m["to"]: m["body"] for m in messages(tmp_path, "Europe/London", "formal", culture="formal")}
    assert formal["Kim Seo-yeon"].startswith("Dear Kim Seo-yeon,")
