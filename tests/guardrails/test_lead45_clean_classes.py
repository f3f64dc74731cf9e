"""Stop 45 (lead): shapes clean drafts in blind31 (spent) were wrongly stopped by, each written here in other
words with a near miss that must still be reported: a fact of theirs said to mean a great deal to the candidate
(no pleading), failing a test or a standard (no harsh verdict), a frustration the candidate knows from their own
work (sympathy), the candidate's own hedge "I would not want to" (no former employer blocking), a wait supposed in
a clause of grace (no complaint), "our move" of the candidate's household (no team of theirs), and a count read by
its head noun ("two warehouse owners")."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.draft import Draft
from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

NOTES = """\
candidate:
  name: Tomasz Wrona
  highlights:
    - ran the bottling line QC at Vistula Cider, rejects down from 4% to 1%
    - put a team of 3 onto shared batch records at Vistula Cider
position: Quality Lead
company:
  name: Orchard Lane Drinks
interview:
  at: 2026-10-06T09:00
  timezone: Europe/Warsaw
  duration_minutes: 60
  format: onsite
interviewers:
  - name: Ewa Nowak
    title: Operations Director
    role: hiring_manager
    email: ewa@orchardlane.example
    topics:
      - the heritage apple varieties the company still presses
      - relocating my family from Gdansk to Lublin
      - moving from paper batch sheets to line software
    challenges:
      - the canning line's seam checks failing the retailer audit
      - nine warehouses to consolidate
      - 3 line stoppages last month
"""

WHEN = datetime(2026, 10, 6, 13, 0).astimezone()


@pytest.fixture(scope="module")
def notes() -> Notes:
    return notes_from_text(NOTES, "cider.yaml")


def thank(notes: Notes, middle: str) -> Draft:
    body = (
        "Dear Ewa,\n\nThank you for walking me round the canning line today and for explaining the retailer audit. "
        f"{middle} I would be glad to help bring the seam checks back within the audit's limits.\n\n"
        "Kind regards,\nTomasz Wrona"
    )
    return check_hand_written(notes, "Thank you", body, kind=Kind.thank_you, to="Ewa Nowak", now=WHEN, send_at=WHEN)


def codes(draft: Draft, check: str) -> set[str]:
    return {f.code for f in draft.findings if f.check == check and f.severity in ("error", "warning")}


@pytest.mark.parametrize(
    ("middle", "check", "fires"),
    [
        ("It means a great deal to me that you still press the heritage apple varieties.", "tone", False),
        ("This role means a great deal to me.", "tone", True),
        (
            "Hearing that the seam checks are failing the retailer audit reminded me of Vistula Cider.",
            "negativity",
            False,
        ),
        ("Frankly, the canning line is failing.", "negativity", True),
        ("I also know the frustration of good batches lost to one bad seam.", "negativity", False),
        (
            "I would not want to guess at the causes from Lublin, but rebuilding the batch records with my team at"
            " Vistula Cider suggests that clear records matter as much as new kit.",
            "negativity",
            False,
        ),
        ("At Vistula Cider the owners would not fund a second line.", "negativity", True),
        (
            "Knowing the dates will help me plan for my family, and in particular our move from Gdansk to Lublin.",
            "claims",
            False,
        ),
        ("I am sure our canning line will pass the next audit.", "claims", True),
    ],
)
def test_shapes_read_by_what_they_say(notes: Notes, middle: str, check: str, fires: bool) -> None:
    assert bool(codes(thank(notes, middle), check)) is fires


def test_a_wait_supposed_in_grace_is_no_complaint(notes: Notes) -> None:
    body = (
        "Dear Ewa,\n\nI hope the audit preparations on the canning line are going well. I know the team has a lot on "
        "its plate, so I quite understand if the decision has taken a little longer than planned. Is there any news "
        "on the Quality Lead role, or a date I should expect to hear by? Since we spoke I have written up how we moved "
        "Vistula Cider onto shared batch records, which I would be glad to send.\n\nKind regards,\nTomasz Wrona"
    )
    later = datetime(2026, 10, 20, 10, 0).astimezone()
    ask = check_hand_written(
        notes, "Quality Lead", body, kind=Kind.status_check, to="Ewa Nowak", now=later, send_at=later
    )
    assert not codes(ask, "negativity")
    told = body.replace("so I quite understand if the decision has", "but the decision has now")
    grumble = check_hand_written(
        notes, "Quality Lead", told, kind=Kind.status_check, to="Ewa Nowak", now=later, send_at=later
    )
    assert codes(grumble, "negativity")


def test_a_count_is_read_by_its_head_noun(notes: Notes) -> None:
    owners = thank(notes, "I have spoken to two warehouse owners I worked with about consolidation.")
    assert not any(f.code == "unsupported_number" for f in owners.findings)
    sites = thank(notes, "Consolidating the six warehouses will take careful planning.")
    assert any(f.code == "unsupported_number" for f in sites.findings)


def test_their_move_and_a_compound_they_count_stay_checked(notes: Notes) -> None:
    move = thank(notes, "I enjoyed hearing about our move from paper batch sheets to the new line software.")
    assert any(f.code == "not_our_team" for f in move.findings)
    stoppages = thank(notes, "Four line stoppages in a month is a lot for any plant.")
    assert any(f.code == "unsupported_number" for f in stoppages.findings)
