"""writer69: a handwritten card the notes give two or more items for is never under SPEC's floor of 40 words (a CEO's
card of 33 words drew our own length warning). An executive hears the company's news, a recruiter the process help
said back, a peer the craft and the common ground; where nothing more is left, one short warm line. Notes invented:
a shipping line's CEO, a bakery chain's founder, a hospital recruiter, a vineyard peer, a games studio director."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.limits import word_count
from helpers import draft_json

NOTES = """
candidate: {{name: Sam Carter, email: sam@example.com, highlights: [{highlight}]}}
position: {position}
company: {{name: {company}, culture: neutral, news: [{news}]}}
interview: {{at: 2026-11-20T10:00, timezone: Europe/London, format: onsite}}
interviewers:
  - name: {name}
    title: {title}
    role: {role}
    channel: handwritten
    topics: [{topics}]
    rapport: [{rapport}]
"""

CASES = {
    "shipping CEO": dict(name="Helen Marsh", title="Chief Executive", role="executive", company="Harbourline",
                         position="Operations Analyst", topics="the expansion into Vietnam",
                         news="opened a Ho Chi Minh City office", rapport="",
                         highlight="built a freight cost dashboard"),
    "bakery founder": dict(name="Marco Bellini", title="Founder", role="executive", company="Crumb & Co",
                           position="Area Manager",
                           topics="the plan for twelve new shops, the move to a central bakery",
                           news="", rapport="", highlight="ran four cafes in Leeds"),
    "hospital recruiter": dict(name="Priya Nair", title="Talent Partner", role="recruiter", company="St Anne's",
                               position="Ward Manager", topics="the interview stages, the start date in March",
                               news="", rapport="", highlight="led a 24-bed surgical ward"),
    "vineyard peer": dict(name="Tom Becker", title="Cellar Master", role="peer", company="Hillcrest Wines",
                          position="Assistant Winemaker", topics="how the team blends the reserve wines",
                          news="", rapport="both grew up in Mosel", highlight="ran harvest intake at a cooperative"),
    "games director": dict(name="Ana Ruiz", title="Studio Director", role="executive", company="Bluebell Games",
                           position="Level Designer", topics="the roadmap for the next two titles",
                           news="shipped Lantern Isle on Switch", rapport="", highlight="shipped two mobile games"),
}  # fmt: skip


def _card(tmp_path: Path, case: dict[str, str], tone: str) -> tuple[str, list[dict[str, str]]]:
    out = draft_json(tmp_path, NOTES.format(**case), "--now", "2026-11-20T16:00", "--tone", tone, "--kind", "thank_you")
    (message,) = out["messages"]
    assert message["channel"] == "handwritten"
    return message["body"], message["findings"]


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
@pytest.mark.parametrize("label", list(CASES))
def test_a_card_with_two_items_reaches_its_floor(tmp_path: Path, label: str, tone: str) -> None:
    body, findings = _card(tmp_path, CASES[label], tone)
    assert word_count(body) >= 40, body
    assert not [f for f in findings if f["check"] in ("length", "fluency") and f["severity"] != "info"], findings


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
@pytest.mark.parametrize("label", ["shipping CEO", "games director"])
def test_an_executive_hears_the_companys_news_on_a_short_card(tmp_path: Path, label: str, tone: str) -> None:
    body, _ = _card(tmp_path, CASES[label], tone)
    assert ("Ho Chi Minh City office" if label == "shipping CEO" else "Lantern Isle") in body, body


def test_the_news_stays_off_a_peers_card(tmp_path: Path) -> None:
    case = {**CASES["vineyard peer"], "news": "opened a tasting room in Bath"}
    body, _ = _card(tmp_path, case, "warm")
    assert "tasting room" not in body, body
    assert "Mosel" in body, body
