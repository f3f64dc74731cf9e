"""writer/linkedin_room.py (issue 17, writer38): a LinkedIn thank-you uses its 300 characters for the notes (the
reader's second item, the common ground a structure left out, a recruiter's next step, a close fit to the reader's
role) and keeps the fullest version that fits, never a one-liner with 200 characters free; a recruiter's email closes
on the process, not thanks that fit any process nor stock keenness for the role (writer50). Notes invented here (a
tram depot, a seed bank); none is from a blind set."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from afterview import limits
from afterview.writer.linkedin_room import fuller, room, with_room
from afterview.writer.sentence_check import garbled_spans
from afterview.writer.template_writer import TemplateWriter
from helpers import requests_for

TRAM = """
candidate:
  name: Rowan Tait
  highlights:
    - rebuilt the bogie inspection schedule at Harbourside depot, defects found 2 weeks earlier on average
position: Tram Maintenance Planner
company:
  name: Otago Light Rail
interview:
  at: 2026-11-24T10:00
  timezone: Pacific/Auckland
interviewers:
  - name: Mereana Walsh
    role: hiring_manager
    email: mereana@olr.example
    topics:
      - the new wheel lathe arriving in March
    challenges:
      - overnight inspections overrun into the first service
  - name: Callum Bryce
    role: peer
    channel: linkedin
    topics:
      - the depot's pit roads on the night shift
    rapport:
      - we both started as apprentices at the Christchurch workshops
  - name: Anika Shah
    role: recruiter
    channel: linkedin
    topics:
      - relocation support to Dunedin
      - the shift allowance for weekend work
      - "next step: depot visit with the fleet engineer"
"""

SEEDS = """
candidate:
  name: Priya Nandakumar
  highlights:
    - ran germination tests on 1,200 accessions a year at a regional gene bank
position: Seed Bank Curator
company:
  name: Highveld Seed Vault
interview:
  at: 2026-11-24T10:00
  timezone: Africa/Johannesburg
interviewers:
  - name: Thabo Mokoena
    role: recruiter
    email: thabo@highveldseed.example
    topics:
      - relocation support to Pretoria
      - the medical aid contribution
"""


def _thank_yous(tmp_path: Path, text: str, tone: str | None = None) -> dict[str, str]:
    notes = tmp_path / "notes.yaml"
    notes.write_text(text, encoding="utf-8")
    bodies = {}
    for label, request in requests_for(notes, "2026-11-24T16:00"):
        if "thank_you" in label:
            request = replace(request, tone=tone) if tone else request
            bodies[label] = TemplateWriter().write(request).body
    return bodies


def _to(bodies: dict[str, str], name: str) -> str:
    return next(body for label, body in bodies.items() if name in label)


def test_a_recruiters_linkedin_thank_you_says_both_terms_and_the_next_step(tmp_path: Path) -> None:
    anika = _to(_thank_yous(tmp_path, TRAM), "Anika")
    assert len(anika.strip()) <= limits.LINKEDIN_MAX_CHARS
    assert "Dunedin" in anika and "shift allowance" in anika  # each term she covered
    assert "depot visit" in anika  # what the candidate does next
    assert "anything you need" not in anika  # no line that fits any recruiter


def test_a_peers_linkedin_thank_you_fills_its_room_with_the_notes(tmp_path: Path) -> None:
    callum = _to(_thank_yous(tmp_path, TRAM), "Callum")
    assert 150 <= len(callum.strip()) <= limits.LINKEDIN_MAX_CHARS
    assert "pit roads" in callum and "apprentices" in callum
    # never stock keenness for "the <role> role" (writer50), nor "It would be great to work together", which fits any
    # peer (writer61: writer_blind54's judges); the note ends on what the notes gave
    assert "work together" not in callum and "keen" not in callum


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
def test_every_tone_fits_and_reads_whole(tmp_path: Path, tone: str) -> None:
    for label, body in _thank_yous(tmp_path, TRAM, tone).items():
        if "linkedin" in label:
            assert len(body.strip()) <= limits.LINKEDIN_MAX_CHARS, (label, body)
            assert not garbled_spans(body), (label, body)
            assert body.count("\n") == 2, (label, body)  # one paragraph, then the sign-off


def test_each_tone_gives_its_own_linkedin_message(tmp_path: Path) -> None:
    bodies = {tone: _to(_thank_yous(tmp_path, TRAM, tone), "Anika") for tone in ("warm", "formal", "enthusiastic")}
    assert len(set(bodies.values())) == 3


def test_the_same_notes_give_the_same_bytes(tmp_path: Path) -> None:
    assert _thank_yous(tmp_path, TRAM) == _thank_yous(tmp_path, TRAM)


def test_a_long_role_name_gives_up_the_keenness_before_the_readers_item(tmp_path: Path) -> None:
    long_role = TRAM.replace(
        "position: Tram Maintenance Planner", "position: Senior Light Rail Vehicle Maintenance and Overhaul Planner"
    )
    anika = _to(_thank_yous(tmp_path, long_role), "Anika")
    assert len(anika.strip()) <= limits.LINKEDIN_MAX_CHARS
    assert "shift allowance" in anika


def test_a_recruiters_email_closes_on_the_process_without_stock_keenness(tmp_path: Path) -> None:
    thabo = _to(_thank_yous(tmp_path, SEEDS), "Thabo")
    assert "Seed Bank Curator" in thabo
    assert "Pretoria" in thabo and "medical aid" in thabo  # each term he covered
    assert "look forward" in thabo and not re.search(r"\bkeen(?:er)?\b|confirmed my interest", thabo)
    assert "process so easy" not in thabo and "well organi" not in thabo


def test_the_room_says_nothing_twice() -> None:
    context = {"tone": "warm", "role": "peer", "position": "Kiln Room Lead", "topic2": "the glaze audit"}
    body = "Hi Tomas, thanks for talking with me today about the glaze audit for the Kiln Room Lead role.\nBest, Ines\n"
    said = [w for slot in room(context, body) for w in slot]
    assert not any("glaze audit" in w or "Kiln Room Lead" in w for w in said), said  # its item and the role are said


def test_the_fullest_choice_comes_first_and_none_last() -> None:
    choices = fuller([("item",), ("keen with step", "step")])
    assert choices[0] == ["item", "keen with step"]
    assert choices[-1] == []
    assert choices.index(["item"]) < choices.index(["keen with step"])  # the reader's item outlasts the keenness


def test_the_room_goes_before_the_sign_off() -> None:
    assert with_room("Hi Ana, thanks.\nBest, Sam\n", ["More."]) == "Hi Ana, thanks. More.\nBest, Sam\n"


def test_a_recruiters_card_closes_with_the_role_and_the_step_they_set_out(tmp_path: Path) -> None:
    card = SEEDS.replace(
        "    email: thabo@highveldseed.example\n", "    email: thabo@highveldseed.example\n    channel: handwritten\n"
    ).replace("      - relocation support to Pretoria\n", '      - "next step: panel with the head curator"\n')
    for tone in ("warm", "formal", "concise", "enthusiastic"):
        thabo = _to(_thank_yous(tmp_path, card, tone), "Thabo")
        assert "Seed Bank Curator" in thabo, (tone, thabo)
        assert "panel with the head curator" in thabo, (tone, thabo)
        assert "medical aid" in thabo, (tone, thabo)
        assert not garbled_spans(thabo), (tone, thabo)
