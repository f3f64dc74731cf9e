"""Issue 17 item 3 (writer69): a name that only looks family-name-first ('Lin Yuting', 'Nguyen Van Minh') and has no
`greet_as` is greeted whole ('Dear Lin Yuting,'), in every tone and on every channel, never by the part the writer
guesses is the given name ('Dear Yuting,'); fluency's info finding suggests `greet_as`, and no check calls the whole
name a mail merge. A title the notes give still wins ('Dear Dr. Lin'), and `greet_as` always wins. Notes invented: a
shipping analytics team, a Hanoi garment maker, a Seoul game studio, a Singapore clinic, a Budapest-free Japanese
name in London."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import draft_json

NOTES = """
candidate: {{name: Sam Carter, email: sam@example.com, highlights: [{highlight}]}}
position: {position}
company: {{name: {company}, culture: {culture}}}
interview: {{at: 2026-11-20T10:00, timezone: {zone}, format: video}}
interviewers:
  - name: {name}
    title: {title}
    role: {role}
    {contact}
    topics: [{topic}]
"""

# (name, zone, culture, role, contact, company, position, title, topic, highlight)
CASES = [
    ("Lin Yuting", "Europe/London", "neutral", "hiring_manager", "email: lin@harbourline.example", "Harbourline",
     "Data Analyst", "Analytics Manager", "the port congestion forecasts", "built a freight cost dashboard"),
    ("Nguyen Van Minh", "Asia/Ho_Chi_Minh", "neutral", "peer", "channel: handwritten", "Song Hong Garments",
     "Production Planner", "Line Supervisor", "the new cutting-room layout", "cut changeover time on a sewing line"),
    ("Park Ji-won", "Asia/Seoul", "casual", "recruiter", "channel: linkedin", "Bluebell Games",
     "Level Designer", "Talent Partner", "the hiring timeline", "shipped two mobile puzzle games"),
    ("Tan Wei Ling", "Asia/Singapore", "neutral", "executive", "channel: handwritten", "Marina Family Clinics",
     "Clinic Operations Lead", "Chief Executive", "the opening of two clinics in Johor",
     "ran scheduling for six GP clinics"),
    ("Tanaka Hiroshi", "Europe/London", "neutral", "hiring_manager", "email: tanaka@kiln.example", "Kiln & Co",
     "Ceramics Technician", "Studio Manager", "glaze testing for the new stoneware range",
     "ran a glaze lab for a pottery"),
]  # fmt: skip


def _notes(case: tuple[str, ...]) -> str:
    name, zone, culture, role, contact, company, position, title, topic, highlight = case
    return NOTES.format(
        name=name, zone=zone, culture=culture, role=role, contact=contact, company=company, position=position,
        title=title, topic=topic, highlight=highlight,
    )  # fmt: skip


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_name_that_looks_family_first_is_greeted_whole(tmp_path: Path, case: tuple[str, ...], tone: str) -> None:
    name = case[0]
    out = draft_json(tmp_path, _notes(case), "--now", "2026-11-20T16:00", "--tone", tone, "--kind", "thank_you")
    (message,) = out["messages"]
    first_line = message["body"].splitlines()[0]
    assert first_line.startswith((f"Dear {name},", f"Hi {name},")), first_line
    codes = {(f["check"], f["code"]) for f in message["findings"]}
    assert ("fluency", "greet_as") in codes, message["findings"]
    assert ("fluency", "mail_merge_greeting") not in codes
    assert not [f for f in message["findings"] if f["check"] in ("facts", "fluency") and f["severity"] != "info"]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_greet_as_always_wins(tmp_path: Path, case: tuple[str, ...]) -> None:
    text = _notes(case).replace("    topics:", f"    greet_as: Ms. {case[0].split()[0]}\n    topics:")
    out = draft_json(tmp_path, text, "--now", "2026-11-20T16:00", "--kind", "thank_you")
    (message,) = out["messages"]
    assert (
        message["body"].splitlines()[0].startswith((f"Dear Ms. {case[0].split()[0]},", f"Hi Ms. {case[0].split()[0]},"))
    )
    assert not any(f["code"] == "greet_as" for f in message["findings"])


@pytest.mark.parametrize("tone", ["warm", "concise"])
def test_a_doctorate_the_notes_give_still_wins(tmp_path: Path, tone: str) -> None:
    text = _notes(CASES[0]).replace("title: Analytics Manager", "title: Head of Analytics, PhD")
    out = draft_json(tmp_path, text, "--now", "2026-11-20T16:00", "--tone", tone, "--kind", "thank_you")
    (message,) = out["messages"]
    assert message["body"].splitlines()[0] == "Dear Dr. Lin,"


def test_a_name_in_english_order_keeps_its_first_name(tmp_path: Path) -> None:
    text = _notes(CASES[0]).replace("Lin Yuting", "Lin Johnson")
    out = draft_json(tmp_path, text, "--now", "2026-11-20T16:00", "--kind", "thank_you")
    (message,) = out["messages"]
    assert message["body"].splitlines()[0] == "Dear Lin,"
    assert not any(f["code"] == "greet_as" for f in message["findings"])
