"""Claims false alarms of blind43 said in other words (checks51): the item they asked for, delivered ("I have lined
up the references you asked for from two former shift leads"), is the candidate's to do, not their work claimed;
and an own result retold with another figure ("cut errors by 60%" for the notes' 50%) is the facts check's wrong
number, not a result the notes never give. A result the notes do not hold at all is still flagged."""

from __future__ import annotations

from datetime import datetime

import pytest

from afterview.hand_written import check_hand_written
from afterview.notes.loader import notes_from_text
from afterview.vocabulary import Kind

_NOTES = """\
candidate:
  name: {candidate}
  highlights:
    - {highlight}
position: {position}
company:
  name: {company}
interview:
  at: 2026-10-06T10:00
  timezone: Europe/London
  duration_minutes: 60
  format: onsite
interviewers:
  - name: {person}
    title: Manager
    role: hiring_manager
    email: boss@company.example
    topics:
      - {topic}
requested:
  - {requested}
"""
TRADES = {
    "kitchen": dict(
        candidate="Ola Bankole",
        highlight="cut food waste by 40% at Greenleaf Kitchens",
        position="Head Chef",
        company="Harbour Table",
        person="Sam Price",
        topic="the new tasting menu",
        requested="references from two former sous chefs",
    ),
    "mine": dict(
        candidate="Tane Walker",
        highlight="reduced haul truck downtime by 25% at Kaka Mines",
        position="Maintenance Lead",
        company="Ridge Minerals",
        person="Ana Ruiz",
        topic="the crusher upgrade",
        requested="a sample maintenance schedule",
    ),
    "school": dict(
        candidate="Mei Chen",
        highlight="raised reading scores by 15% at Hillview Primary",
        position="Literacy Lead",
        company="Bayside School",
        person="Tom Reed",
        topic="the phonics programme",
        requested="a lesson plan for year three",
    ),
    "garage": dict(
        candidate="Luis Mora",
        highlight="cut repeat repairs by 30% at Sur Motors",
        position="Workshop Manager",
        company="Costa Auto",
        person="Eva Lind",
        topic="the electric vehicle bay",
        requested="copies of my EV safety certificates",
    ),
}
LATER = datetime(2026, 10, 13, 10, 0).astimezone()


def _claims(trade: str, line: str) -> set[str]:
    t = TRADES[trade]
    notes = notes_from_text(_NOTES.format(**t), f"{trade}.yaml")
    body = f"Dear {t['person'].split()[0]},\n\nThank you for Tuesday. {line}\n\nKind regards,\n{t['candidate']}"
    found = check_hand_written(notes, None, body, kind=Kind.thank_you, to=t["person"], now=LATER, send_at=LATER)
    return {f.code for f in found.findings if f.check == "claims" and f.severity in ("error", "warning")}


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("kitchen", "I have lined up the references you asked for from two of my former sous chefs."),
        ("mine", "I have drafted the sample maintenance schedule you asked for and attached it."),
        ("school", "I have written the year three lesson plan you requested."),
        ("garage", "I have gathered copies of my EV safety certificates, as you requested."),
    ],
)
def test_the_requested_item_delivered_is_no_claim(trade: str, line: str) -> None:
    assert _claims(trade, line) == set()


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("kitchen", "At Greenleaf Kitchens I cut food waste by 55% in a year."),
        ("mine", "At Kaka Mines I reduced haul truck downtime by 35%."),
        ("school", "At Hillview Primary I raised reading scores by 20%."),
        ("garage", "At Sur Motors I cut repeat repairs by 45% with a new checklist."),
    ],
)
def test_an_own_result_with_another_figure_is_left_to_facts(trade: str, line: str) -> None:
    assert _claims(trade, line) == set()


@pytest.mark.parametrize(
    ("trade", "line"),
    [
        ("kitchen", "At Greenleaf Kitchens I also grew catering sales by 70%."),
        ("garage", "At Sur Motors I also boosted tyre sales by 50%."),
    ],
)
def test_a_result_the_notes_do_not_hold_is_still_flagged(trade: str, line: str) -> None:
    assert _claims(trade, line)
