"""WRITER68, class 3: a thank-you email thanks once, near the start, and closes once, at the end, in its tone: never
"Thanks again for your time." or "Thank you again, and I look forward …" after an opening that thanked, to a hiring
manager, a peer or an outside panellist alike. Notes invented in five trades and the bundled examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from thank_you_cases import RICH, THIN, TONES, emails

from helpers import EXAMPLES

# a thanks: 'thank you', 'thanks', 'grateful', 'I appreciated your time' (never praise: 'I appreciated your talk')
_THANKS = re.compile(r"(?i)\b(?:thank(?:s| you)|grateful|appreciated? (?:your time|the chance|the opportunity))\b")
_READERS = ("Ruth Evans", "Gareth Lloyd", "Kim Min-jun", "Mark Bennett", "Tanaka Hiroshi", "Sofia Reyes",
            "Dan Whitlock", "Ana Ruiz", "Dana Lee", "Tomás Ibarra")  # fmt: skip


def _letter(body: str) -> list[str]:
    """The paragraphs between the greeting and the sign-off."""
    return body.rstrip("\n").split("\n\n")[1:-1]


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("name", [*sorted({**RICH, **THIN}), "panel.yaml", "single.yaml"])
def test_thanks_once_and_close_once(tmp_path: Path, name: str, tone: str) -> None:
    text = {**RICH, **THIN}.get(name) or (EXAMPLES / name).read_text(encoding="utf-8")
    checked = 0
    for message in emails(tmp_path, text, tone):
        if message["to"] not in _READERS:
            continue
        paragraphs = _letter(message["body"])
        sentences = [s for p in paragraphs for s in re.split(r"(?<=[.!])\s+", p)]
        thanks = [s for s in sentences if _THANKS.search(s)]
        assert len(thanks) == 1, message["body"]
        assert (
            thanks[0] in paragraphs[0]
            or thanks[0] == sentences[-2 if len(sentences) > 1 else 0]
            or len(paragraphs) == 1
            or thanks[0].startswith("Thank you for your time.")
        ), message["body"]
        assert not _THANKS.search(paragraphs[-1].split(". ")[-1]) or len(thanks) == 1
        checked += 1
    assert checked


@pytest.mark.parametrize("tone", TONES)
def test_the_close_follows_the_tone(tmp_path: Path, tone: str) -> None:
    closes = {}
    for other in TONES:
        (message,) = [m for m in emails(tmp_path, RICH["software"], other) if m["to"] == "Kim Min-jun"]
        closes[other] = _letter(message["body"])[-1].split(". ")[-1]
    assert closes[tone] not in [c for t, c in closes.items() if t != tone] or tone == "warm"
