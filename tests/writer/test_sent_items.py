"""What a thank-you says of the items it sends: a document is attached; a thing made for the request, or the details
of referees, is being prepared (writer/sent_items.py). A blind set's judges read "I have attached the two referees"
and "I have attached the 2-3 examples of the club IG posts" on a note sent hours after the interview as claims the
notes do not support."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.sent_items import as_sent, to_prepare
from helpers import draft_json

NOTES = """\
candidate: {{name: Maya Lind}}
company: {{name: Fjordline Ferries}}
position: Operations Planner
interview: {{at: 2026-11-16T10:00, timezone: Europe/Oslo}}
interviewers:
  - name: Ida Holm
    role: hiring_manager
    email: ida@example.com
    topics:
      - winter timetable for the coastal route
requested:
  - {item}
"""


@pytest.mark.parametrize(
    ("item", "prepared"),
    [
        ("two referees (one airline-side)", True),
        ("2-3 examples of the club IG posts", True),
        ("sample FR product sheet for the okidatami", True),
        ("a 90-day plan", True),
        ("30/60/90-day plan", True),
        ("3 references", True),
        # documents that exist: attached
        ("copy of my WFR card", False),
        ("reference letter from the Warsaw tuning school", False),
        ("redacted HAZOP worksheet sample", False),
        ("grant proposal writing sample (redacted ok)", False),
        ("anonymised winter route plan I made", False),
        ("portfolio PDF", False),
    ],
)
def test_what_is_made_for_the_request_is_told_apart_from_a_document(item: str, prepared: bool) -> None:
    assert to_prepare(item) is prepared


def test_referees_are_sent_by_their_contact_details_and_counts_in_words() -> None:
    said = as_sent("the two referees (one airline-side)")
    assert said == "the contact details for my two referees (one airline-side)"
    assert as_sent("the 2 references incl. my current plant manager") == (
        "the contact details for my two references, including my current plant manager"
    )
    assert as_sent("the 2-3 examples of the club IG posts") == "the two or three examples of the club IG posts"
    assert as_sent("the CV and the reference letter") == "the CV and the reference letter"
    # a list item's own example after a comma is part of it, never a second item
    assert as_sent("the two references, including my plant manager") == (
        "the contact details for my two references, including my plant manager"
    )


_PREPARING = r"I am (?:putting together|preparing) "


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("two referees", _PREPARING + r"the contact details for my two referees and will send them"),
        ("2-3 examples of past timetables", _PREPARING + r"two or three examples of past timetables"),
        ("copy of my STCW certificate", r"I have attached (?:a|the) copy of my STCW certificate"),
    ],
)
def test_a_thank_you_sends_each_kind_of_item_as_it_can_be_sent(tmp_path: Path, item: str, said: str) -> None:
    run = draft_json(tmp_path, NOTES.format(item=item), "--now", "2026-11-16T15:00")
    body = next(m["body"] for m in run["messages"] if m["kind"] == "thank_you")
    assert re.search(said, body), body
    assert "attached the two referees" not in body and "2-3" not in body
