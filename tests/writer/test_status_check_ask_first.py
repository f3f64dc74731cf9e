"""writer61 (issue 17, item 4): a status check asks first, then gives one thing of value, then closes. Two lines
writer_blind54's judges read as padding are gone: the reader's problem named alone after the ask, with nothing of the
candidate's that answers it ("I keep coming back to how most sign-ups are walk-ups.", "The part of the role I keep
coming back to is the reject rate."; four checks of eight), and the company's news opening the check before the ask
("oddly placed"). The news, where nothing else is of value, follows the ask, congratulated to the team. Notes invented
here (a glassworks, a ferry line)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import draft_json

GLASSWORKS = """
candidate:
  name: Pia Lundqvist
  highlights:
    - {highlight}
position: Furnace Shift Lead
company:
  name: Kosta Glasbruk
  culture: {culture}
  news:
    - {news}
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Stockholm
  format: onsite
interviewers:
  - name: Henrik Ek
    role: hiring_manager
    {contact}
    topics:
      - the night-shift handover
    challenges:
      - {challenge}
history:
  - kind: thank_you
    to: Henrik Ek
    at: 2026-11-16T15:00
"""
STRANDED = re.compile(r"keep (?:coming back|returning) to|continued to reflect on|kept thinking about")


def _check(tmp_path: Path, tone: str, channel: str = "email", **kw: str) -> str:
    fields = {
        "highlight": "sang in a choir for ten years",  # relates to nothing they raised
        "culture": "formal" if tone == "formal" else "neutral",
        "news": "opened a new studio in Växjö",
        "challenge": "cullet batches that come in contaminated every other week",
        "contact": "channel: linkedin" if channel == "linkedin" else "email: henrik@kostaglas.example",
    }
    run = draft_json(tmp_path, GLASSWORKS.format(**{**fields, **kw}), "--now", "2026-11-30T10:00", "--tone", tone)
    (check,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    return str(check)


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
def test_no_problem_of_theirs_stands_alone_after_the_ask(tmp_path: Path, tone: str) -> None:
    for channel in ("email", "linkedin"):
        check = _check(tmp_path, tone, channel)
        assert not STRANDED.search(check), check
        assert check.count("?") <= 1, check


@pytest.mark.parametrize("tone", ["warm", "formal"])
def test_the_news_follows_the_ask_never_opens_the_check(tmp_path: Path, tone: str) -> None:
    check = _check(tmp_path, tone)
    paragraphs = check.split("\n\n")
    assert "Växjö" not in paragraphs[1], check  # the courtesy and the ask come first
    assert re.search(r"\b(?:news|update|decision)\b", paragraphs[1]), check
    news = [p for p in paragraphs[2:] if "Växjö" in p]
    assert news and news[0].startswith("Congratulations to the team on opening a new studio in Växjö"), check


def test_a_linkedin_check_says_the_news_after_its_ask(tmp_path: Path) -> None:
    check = _check(tmp_path, "warm", "linkedin")
    asked = re.search(r"\b(?:news|update)\b", check)
    assert asked, check
    if "Växjö" in check:  # said only where the message has room
        assert check.index("Växjö") > asked.start(), check
