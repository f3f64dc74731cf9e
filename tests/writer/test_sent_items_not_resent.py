"""What the thank-you in the history sent is not sent again (run53's judges: a status check "re-sends the documents
requested two weeks earlier ('As you asked, I have attached…') as if they were new"): an item with no mark of its own
went with the thank-you that carries it (its asker's, else any email one), so neither a status check nor a later
thank-you attaches it; near misses: an item whose asker has not been thanked yet, one that waits ('… when it
arrives') and one jotted as going later ('to be sent by Friday') are still owed."""

from __future__ import annotations

from pathlib import Path

from helpers import draft_json

NOTES = """
candidate:
  name: Oskar Lindgren
  highlights:
    - ran 6 community pools, swim lessons waitlist 400 -> 90
position: Aquatics Programme Manager
company:
  name: Tidewater Leisure Trust
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
  - name: Paul Dean
    role: hiring_manager
    email: paul@tidewater.example
    topics:
      - the lesson waitlist at the north pool
history:
  - {{kind: thank_you, to: {thanked}, at: 2026-11-10T15:00}}
"""


def bodies(tmp_path: Path, item: str, thanked: str = "Harriet Cole") -> dict[str, str]:
    run = draft_json(tmp_path, NOTES.format(item=item, thanked=thanked), "--now", "2026-11-24T10:00")
    return {f"{m['kind']}:{m['to']}": str(m["body"]) for m in run["messages"]}


def test_an_item_the_askers_thank_you_carried_is_not_attached_again(tmp_path: Path) -> None:
    drafts = bodies(tmp_path, "copy of my trainer certificate")
    check = drafts["status_check:Harriet Cole"]
    assert "trainer certificate" not in check and "attached" not in check, check
    assert all("trainer certificate" not in b for b in drafts.values()), drafts


def test_an_item_whose_asker_was_not_thanked_yet_goes_with_their_thank_you(tmp_path: Path) -> None:
    drafts = bodies(tmp_path, "copy of my trainer certificate", thanked="Paul Dean")
    assert "trainer certificate" in drafts["thank_you:Harriet Cole"], drafts


def test_an_item_jotted_as_going_later_is_still_owed(tmp_path: Path) -> None:
    check = bodies(tmp_path, "copy of my trainer certificate, to be sent by Friday")["status_check:Harriet Cole"]
    assert "I have attached a copy of my trainer certificate." in check, check
    waits = bodies(tmp_path, "copy of my trainer certificate when it arrives")["status_check:Harriet Cole"]
    assert "I will send a copy of my trainer certificate when it arrives." in waits, waits
