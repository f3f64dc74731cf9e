"""Bad company news (a penalty, job cuts, a recall) is never greeted: the offline writer leaves it out of every
message, where 'Congratulations on …' or 'I was glad to see the news about …' would frame it; a bad thing put right
is good news and is still said. Notes: a payments firm (the bundled example) with its news replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.bad_news import unwelcome_news
from helpers import PANEL, draft_json


@pytest.mark.parametrize(
    "item",
    [
        "EU anti-dumping duties on imported payment terminals",
        "laid off 40 staff in the Berlin office",
        "recall of the T2 card reader",
        "fined by the regulator in March",
    ],
)
def test_bad_news_is_unwelcome(item: str) -> None:
    assert unwelcome_news(item)


@pytest.mark.parametrize(
    "item",
    ["cut delivery delays by 30%", "won the tariff appeal", "launched Acme Pay in Europe", "opened a Lisbon office"],
)
def test_good_news_and_a_fault_put_right_are_welcome(item: str) -> None:
    assert not unwelcome_news(item)


@pytest.mark.parametrize("now", ["2026-11-24T16:00", "2026-12-01T10:00"])
def test_no_draft_greets_bad_news(tmp_path: Path, now: str) -> None:
    notes = PANEL.read_text(encoding="utf-8").replace(
        "    - launched Acme Pay in Europe\n",
        "    - EU anti-dumping duties on imported payment terminals\n    - laid off 40 staff in the Berlin office\n",
    )
    assert notes != PANEL.read_text(encoding="utf-8")
    bodies = [m["body"] for m in draft_json(tmp_path, notes, "--now", now)["messages"]]
    assert bodies
    for body in bodies:
        assert "anti-dumping" not in body and "laid off" not in body, body


def test_good_news_put_right_is_still_said(tmp_path: Path) -> None:
    # a status check with nothing else of value (no news of the candidate's, nothing owed) says the company's news:
    # the thank-yous may leave it out for what the reader said (a recruiter's note names the decider's talk instead)
    notes = (
        PANEL.read_text(encoding="utf-8")
        .replace("    - launched Acme Pay in Europe\n", "    - cut payout delays by 30% in Europe\n")
        .replace("  since_interview:\n    - passed the AWS Solutions Architect exam\n", "")
        .replace("requested:\n  - portfolio link\n", "")
    )
    bodies = [m["body"] for m in draft_json(tmp_path, notes, "--now", "2026-12-01T10:00")["messages"]]
    assert any("payout delays" in body for body in bodies), bodies
