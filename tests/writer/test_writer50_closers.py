"""WRITER50 (issue 17): lines that read templated in any note. A status check's courtesy is true on any day it is
read (no word about the reader's week: a draft is often sent on another day than planned); a close is a short plain
line fit to whom it is said (no stock keenness for "the <role> role"; the people who decide hear about hearing from
them, a recruiter the process, a colleague the work together), and an offer "to help your decision" goes only to
someone who decides. Notes invented here (a seed bank in Tasmania)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.linkedin_room import room
from helpers import draft_json

SEEDS = """
candidate:
  name: Imogen Clarke
  highlights:
    - "germination test backlog 900 -> 150 lots in a season, w/ two technicians"
position: Seed Bank Curator
company:
  name: Huon Native Seed Bank
  culture: {culture}
interview:
  at: 2026-04-14T10:00
  timezone: Australia/Hobart
  format: onsite
  decision_by: 2026-04-24
interviewers:
  - name: Rhys Fenton
    title: Collections Manager
    role: hiring_manager
    email: r.fenton@huonseeds.example
    topics:
      - the move of the collection to the new cold room
    challenges:
      - germination tests are running months behind
  - name: Tamsin Ward
    title: Seed Technician
    role: peer
    channel: linkedin
    topics:
      - cleaning eucalypt seed with the new aspirator
  - name: Joel Ashby
    title: Volunteer Coordinator
    role: other
    channel: linkedin
    topics:
      - the weekend volunteer collecting trips
  - name: Nadia Rahimi
    title: Talent Partner
    role: recruiter
    email: n.rahimi@huonseeds.example
    topics:
      - the relocation allowance
"""

_STOCK_KEEN = re.compile(r"\bkeen(?:er)?\b|\binterest(?:ed)? in the\b|confirmed my interest|strengthened my interest")


def _messages(tmp_path: Path, now: str, culture: str = "casual") -> list[dict]:  # type: ignore[type-arg]
    run = draft_json(tmp_path, SEEDS.format(culture=culture), "--now", now)
    return list(run["messages"])


@pytest.mark.parametrize("culture", ["casual", "formal"])
@pytest.mark.parametrize("now", ["2026-04-27T09:00", "2026-04-30T09:00", "2026-05-02T11:00"])  # Mon, Thu, Sat
def test_a_status_check_says_nothing_about_the_reader_s_week(tmp_path: Path, now: str, culture: str) -> None:
    checks = [m for m in _messages(tmp_path, now, culture) if m["kind"] == "status_check"]
    assert checks
    for check in checks:
        first = check["body"].split("\n\n")[1]
        assert not re.search(r"\bweek\b|\bweekend\b|past (?:few|two) ", first), first


def test_a_linkedin_thank_you_closes_on_what_comes_next_for_this_reader(tmp_path: Path) -> None:
    messages = {m["to"]: m["body"] for m in _messages(tmp_path, "2026-04-14T15:00") if m["kind"] == "thank_you"}
    peer, other = messages["Tamsin Ward"], messages["Joel Ashby"]
    for body in (peer, other):
        assert not re.search(r"keen on the", body), body
    # writer61: a colleague hears no stock close ("It would be great to work together" fits any peer: writer_blind54's
    # judges); the note ends on what the notes gave
    assert not re.search(r"work together", peer) and "eucalypt seed" in peer, peer
    assert not re.search(r"work together|decision", other), other


def test_an_email_thank_you_to_the_recruiter_closes_without_stock_keenness(tmp_path: Path) -> None:
    for culture in ("casual", "formal"):
        body = next(
            m["body"]
            for m in _messages(tmp_path, "2026-04-14T15:00", culture)
            if m["to"] == "Nadia Rahimi" and m["kind"] == "thank_you"
        )
        close = body.rstrip("\n").split("\n\n")[-2]
        assert not _STOCK_KEEN.search(close), close
        assert "look forward" in close, close


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("hiring_manager", "hear"),
        ("executive", "hear"),
        ("recruiter", "next"),
        ("peer", None),  # writer61: no stock line to a colleague ("It would be great to work together")
        ("other", "again"),
    ],
)
def test_the_linkedin_close_without_a_step_fits_the_reader_s_role(role: str, expected: str | None) -> None:
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        for index in (0, 1):
            context = {"role": role, "tone": tone, "index": index, "position": "Seed Bank Curator"}
            slots = room(context, "Hi Tamsin, thank you for your time today.\nThanks again, Imogen\n")
            said = [w for slot in slots for w in slot]
            assert (said and all(expected in w for w in said)) if expected else not said, (role, tone, said)
            assert not any("keen" in w or "Seed Bank Curator" in w for w in said), said


def test_the_linkedin_close_never_says_looking_forward_twice() -> None:
    context = {"role": "hiring_manager", "tone": "formal", "index": 0, "position": "Seed Bank Curator"}
    slots = room(context, "Hi Rhys, thank you for today. I look forward to your decision.\nThanks again, Imogen\n")
    assert not any("look forward" in w for slot in slots for w in slot), slots


def test_a_line_offering_help_with_the_decision_goes_only_to_someone_who_decides() -> None:
    from afterview.prompts import environment

    phrases = environment().get_template("fallback/_phrases.j2").module
    for n in range(8):
        peer = str(phrases.padding(1, "Seed Bank Curator", None, True, n, True, False, False))
        assert "decision" not in peer, peer
    lines = {str(phrases.padding(1, "Seed Bank Curator", None, True, n, True, False, True)) for n in range(4)}
    assert any("decision" in line for line in lines), lines


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
def test_a_recruiter_s_second_item_on_linkedin_is_thanked_for_never_the_subject_of_a_stock_line(tone: str) -> None:
    for index in (0, 1):
        context = {"role": "recruiter", "tone": tone, "index": index, "topic2": "the relocation allowance"}
        slots = room(context, "Hi Nadia, thank you for your time today.\nThanks again, Imogen\n")
        second = [w for slot in slots for w in slot if "relocation allowance" in w]
        assert second, slots
        for line in second:
            assert not re.match(r"(?:Covering|Going over|Hearing about)\b", line), line
            assert re.search(r"\b(?:[Tt]hanks?|[Tt]hank you|appreciated)\b", line), line
