"""A status check reads as a person wrote it (stop 30, a blind judge's classes on notes written for these tests):
the ask is led in, never a bare "Is there any news …?" as the first line; a course or certificate finished since
the interview says what it is for, while other news of the candidate's is told plainly; the company's news is never
a congratulation standing alone; what was asked for is offered as help, never "if … would still be useful"."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import draft_json

NOTES = """
candidate:
  name: Oskar Lindgren
  highlights:
    - ran 6 community pools, swim lessons waitlist 400 -> 90
  since_interview:
    - {since}
position: Aquatics Programme Manager
company:
  name: Tidewater Leisure Trust
  news:
    - opened a 25m teaching pool in Ashby
  culture: {culture}
  pace: {pace}
interview:
  at: 2026-11-10T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Harriet Cole
    role: recruiter
    email: harriet@tidewater.example
    primary_contact: true
    topics:
      - start date in February
    requested:
      - my lifeguard trainer certificate
"""


def status_check(tmp_path: Path, *, since: str, culture: str = "neutral", pace: str = "normal") -> str:
    notes = NOTES.format(since=since, culture=culture, pace=pace)
    run = draft_json(tmp_path, notes, "--now", "2026-11-24T10:00", "--send-at", "recommended")
    (body,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    return str(body)


def test_the_ask_is_led_in_in_every_pace_and_culture(tmp_path: Path) -> None:
    for culture in ("formal", "neutral", "casual"):
        for pace in ("normal", "busy"):
            body = status_check(tmp_path, since="passed the RLSS pool plant operator exam", culture=culture, pace=pace)
            first = body.split("\n\n")[1]
            assert not first.startswith(("Is there", "May I", "Any news")), body
            assert "ask whether" in first or "?" in first, body
            assert "keep this short" not in body and "a lot on" not in body, body
            assert "busy" not in body, body  # WRITER19: the team's pace is never said back to it


def test_a_course_says_what_it_is_for_and_other_news_is_told_plainly(tmp_path: Path) -> None:
    body = status_check(tmp_path, since="passed the RLSS pool plant operator exam")
    # writer66: the news said plainly, with no stock tail ("which I hope will be useful in the role" fits any course)
    # (writer76: news that bears on nothing of theirs offers what it names: since_offer.py)
    said = r"I have passed the RLSS pool plant operator exam(?:, and I would be glad to share the result)?\."
    assert re.search(said, body), body
    formal = status_check(tmp_path, since="passed the RLSS pool plant operator exam", culture="formal")
    assert re.search(r"operator exam(?:, and I would be pleased to share the result)?\.", formal), formal
    assert "useful in the position" not in formal, formal
    plain = status_check(tmp_path, since="wrote a guide to running inclusive swim sessions")
    assert re.search(r"inclusive swim sessions(?:, and I would be glad to send it over)?\.", plain), plain
    assert "put it to use" not in plain, plain


def test_what_was_asked_for_is_attached_as_owed(tmp_path: Path) -> None:
    # owed: a thank-you went without it (before any thank-you is sent, this run's thank-you carries it: WRITER18)
    notes = NOTES.format(since="wrote a guide to running inclusive swim sessions", culture="neutral", pace="normal")
    notes += "history:\n  - {kind: thank_you, to: Harriet Cole, at: 2026-11-10T15:00}\n"
    run = draft_json(tmp_path, notes, "--now", "2026-11-24T10:00", "--send-at", "recommended")
    (body,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    assert "lifeguard trainer certificate" in body
    # writer52 (issue 17): owed, so attached as asked, never offered "If it would help" or "if … still be useful"
    assert "still be useful" not in body and "If it would help" not in body, body
    assert "As you asked, I have attached my lifeguard trainer certificate." in body, body


def test_the_company_news_never_gets_a_line_that_fits_any_news(tmp_path: Path) -> None:
    notes = NOTES.format(since="x", culture="neutral", pace="normal")
    notes = notes.replace("  since_interview:\n    - x\n", "").replace("role: recruiter", "role: hiring_manager")
    for tone in ("formal", "warm"):
        run = draft_json(tmp_path, notes, "--now", "2026-11-24T10:00", "--send-at", "recommended", "--tone", tone)
        (body,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
        assert "all the more" not in body and "makes the role" not in body and "makes the position" not in body, body
