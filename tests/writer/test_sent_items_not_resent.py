"""What a thank-you in the history sent to someone else is not sent again (run53's judges: a recruiter's status check
"re-sends the documents requested two weeks earlier ('As you asked, I have attached…') as if they were new"): an item
with no mark of its own went with the thank-you that carries it (its asker's), so neither a status check to another
reader nor a later thank-you attaches it. Near misses: the reader who asked is still sent it (run51's judges: offering
it again "looks slow"); an item whose asker has not been thanked yet, one that waits ('… when it arrives') and one
jotted as going later ('to be sent by Friday') are still owed."""

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
    requested:
      - {paul_item}
history:
  - {{kind: thank_you, to: Paul Dean, at: 2026-11-10T15:00}}
{harriet}"""


def bodies(
    tmp_path: Path, item: str, harriet_thanked: bool = True, paul_item: str = "a sample lesson plan"
) -> dict[str, str]:
    harriet = "  - {kind: thank_you, to: Harriet Cole, at: 2026-11-10T15:10}\n" if harriet_thanked else ""
    notes = NOTES.format(item=item, harriet=harriet, paul_item=paul_item)
    run = draft_json(tmp_path, notes, "--now", "2026-11-24T10:00")
    return {f"{m['kind']}:{m['to']}": str(m["body"]) for m in run["messages"]}


def test_an_item_another_readers_thank_you_carried_is_not_attached_again(tmp_path: Path) -> None:
    drafts = bodies(tmp_path, "copy of my trainer certificate - to be sent by Fri")
    check = drafts["status_check:Harriet Cole"]
    assert "lesson plan" not in check, check  # Paul's item went with Paul's thank-you
    assert "I have attached a copy of my trainer certificate." in check, check  # Harriet's own is still owed


def test_the_reader_who_asked_is_still_sent_it(tmp_path: Path) -> None:  # near miss
    check = bodies(tmp_path, "copy of my trainer certificate")["status_check:Harriet Cole"]
    assert "I have attached a copy of my trainer certificate." in check, check


def test_an_item_whose_asker_was_not_thanked_yet_goes_with_their_thank_you(tmp_path: Path) -> None:
    drafts = bodies(tmp_path, "copy of my trainer certificate", harriet_thanked=False)
    assert "trainer certificate" in drafts["thank_you:Harriet Cole"], drafts
    # ... and the status check to her in the same run leaves it to that thank-you: one item, one attachment
    assert "trainer certificate" not in drafts["status_check:Harriet Cole"], drafts


def test_an_item_jotted_as_going_later_is_still_owed(tmp_path: Path) -> None:
    check = bodies(tmp_path, "copy of my trainer certificate, to be sent by Friday")["status_check:Harriet Cole"]
    assert "I have attached a copy of my trainer certificate." in check, check
    waits = bodies(tmp_path, "copy of my trainer certificate when it arrives")["status_check:Harriet Cole"]
    assert "I will send a copy of my trainer certificate when it arrives." in waits, waits
