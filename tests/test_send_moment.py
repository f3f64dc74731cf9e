"""One rule for when a message goes out (timing.send_moment): the day the draft's words count from
("today", "yesterday", "on Friday") is the day the timing check assumes, with or without --send-at."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app
from afterview.notes.loader import load_notes
from afterview.options import parse_moment, parse_send_at
from afterview.pipeline import draft_requests
from afterview.providers.llm_prompts import prompt_context
from afterview.timing import SendAt, WhenDue, send_moment, when_phrase

SINGLE = Path(__file__).resolve().parents[1] / "fixtures" / "examples" / "single.yaml"  # interview Fri 20 Nov, LA
runner = CliRunner()
PHRASES = ("today", "yesterday", "on Friday")


def thank_you_body(*args: str) -> str:
    result = runner.invoke(app, ["draft", str(SINGLE), "--kind", "thank_you", "--format", "json", *args])
    assert result.exit_code == 0, result.stderr
    (message,) = json.loads(result.stdout)["messages"]
    return str(message["body"])


@pytest.mark.parametrize(
    ("now", "send_at", "phrase"),
    [
        # past due: the check assumes now (Tuesday), or the --send-at moment, or the recommended time
        ("2026-11-24T16:00", None, "on Friday"),
        ("2026-11-24T16:00", "2026-11-21T09:00", "yesterday"),
        ("2026-11-24T16:00", "recommended", "today"),
        # planned in the future (the interview has not ended): its recommended time, or the --send-at moment
        ("2026-11-20T08:00", None, "today"),
        ("2026-11-20T08:00", "2026-11-21T09:00", "yesterday"),
        ("2026-11-20T08:00", "2026-11-24T09:00", "on Friday"),
    ],
)
def test_the_draft_names_the_day_the_timing_check_assumes(now: str, send_at: str | None, phrase: str) -> None:
    body = thank_you_body("--now", now, *(["--send-at", send_at] if send_at else []))
    assert phrase in body
    assert not [p for p in PHRASES if p != phrase and p in body]


@pytest.mark.parametrize("send_at", [None, "now", "recommended", "2026-11-21T09:00", "2026-11-27T09:00"])
@pytest.mark.parametrize("now", ["2026-11-20T08:00", "2026-11-20T15:00", "2026-11-24T16:00", "2026-12-20T16:00"])
def test_every_writer_counts_from_the_checks_moment(now: str, send_at: str | None) -> None:
    notes = load_notes(SINGLE)
    zone = notes.interview.zone
    moment = parse_moment(now, "--now", zone, datetime.now())
    chosen: SendAt = parse_send_at(send_at, zone, moment, default=WhenDue(moment))
    interview_day = notes.interview.start.astimezone(zone).date()
    for request in draft_requests(notes, moment, send_at=chosen)[1]:
        checked_at = send_moment(chosen, request.planned.send)  # what the pipeline gives the timing check
        day = checked_at.astimezone(notes.zone_of(request.planned.to)).date()
        assert request.send_day == day
        assert prompt_context(request)["when"] == when_phrase(interview_day, day)
