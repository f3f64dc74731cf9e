"""What was asked for, as the notes say its state (stop 46, lead; classes a blind judge named on refs48): an item
jotted as done in its own words ("(sent w/ thank-you)", "- emailed Mon") is not owed, so no note promises it
again, and a status check does not offer it again (writer52: a sent item is never re-offered); an item that waits on
something ("… when it arrives") is promised with its own time, never "when it arrives at any time", and once the notes
say it came, attached without the wait; an item jotted with a deadline ("to be sent by Friday") is attached without
the deadline, which attaching it has met."""

from __future__ import annotations

from pathlib import Path

import pytest

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
  culture: formal
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
      - {item}
history:
  - {{kind: thank_you, to: Harriet Cole, at: 2026-11-10T15:00}}
"""


def status_check(tmp_path: Path, item: str, since: str = "wrote a guide to inclusive swim sessions") -> str:
    run = draft_json(
        tmp_path, NOTES.format(item=item, since=since), "--now", "2026-11-24T10:00", "--send-at", "recommended"
    )
    (body,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    return str(body)


@pytest.mark.parametrize(
    "item", ["copy of my trainer certificate (sent w/ thank you)", "copy of my trainer certificate - emailed Mon"]
)
def test_an_item_jotted_as_sent_is_not_offered_again(tmp_path: Path, item: str) -> None:
    body = status_check(tmp_path, item)
    assert "resend" not in body and "trainer certificate" not in body, body
    assert "sent w/" not in body and "emailed Mon" not in body and "glad to send" not in body, body
    assert "I have written a guide to inclusive swim sessions" in body, body  # the value item stays


@pytest.mark.parametrize(
    "item", ["copy of my trainer certificate, to be sent by Friday", "copy of my trainer certificate - done by Fri"]
)
def test_an_item_to_be_sent_is_still_owed(tmp_path: Path, item: str) -> None:  # near misses: a deadline is not sent
    body = status_check(tmp_path, item)
    assert "resend" not in body and "As you asked, I have attached a copy of my trainer certificate." in body, body
    assert "Friday" not in body and "Fri" not in body, body  # attached now: the deadline is met, never "(to be sent …)"


def test_an_item_that_waits_keeps_its_time(tmp_path: Path) -> None:
    body = status_check(tmp_path, "copy of my trainer certificate when it arrives")
    assert "I will send a copy of my trainer certificate when it arrives." in body and "at any time" not in body, body
    came = status_check(
        tmp_path, "copy of my trainer certificate when it arrives", since="trainer certificate received"
    )
    assert "when it arrives" not in came and "I have attached a copy of my trainer certificate." in came, came
