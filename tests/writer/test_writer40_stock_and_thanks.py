"""Issue 17 (writer40): no line that fits any letter where something of this one is there to say, and thanks only for
what the reader did or said. Own notes (an apiary co-op, a ropeworks, a glacier-guiding outfit), through the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.writer.org_name import position_once, reads_pasted, short_position
from afterview.writer.own_items import candidate_own, confirmed_notice
from helpers import draft_json

APIARY = """
candidate:
  name: Maren Solberg
  highlights:
    - moved 120 hives to a queen-rearing rota -> winter losses ~30% -> ~12%
    - built a varroa count sheet used by 14 beekeepers
position: Apiary Lead, 2027 pollination season
company:
  name: Fjellhonning Co-op
  news:
    - opened a second extraction room in March
interview:
  at: 2026-09-08T10:00
  timezone: Europe/Oslo
interviewers:
  - name: Ingrid Dahl
    role: hiring_manager
    email: ingrid@fjellhonning.example
    topics:
      - the pollination contracts with the apple growers in Hardanger
      - my notice period (2 months) vs their April start
    challenges:
      - winter colony losses around 25% last year
  - name: Tomas Berg
    title: Partner, Nordlys Executive Search
    role: recruiter
    email: tomas@nordlys-search.example
    topics:
      - notice period - mine is 2 months
      - the relocation package for Voss
"""

STOCK = re.compile(
    r"that experience|the kind of work I would bring to the team|whether (?:something similar|a similar approach)"
    r"|sharing your expertise",
    re.I,
)


def _thanks(tmp_path: Path, tone: str) -> dict[str, str]:
    out = draft_json(tmp_path, APIARY, "--now", "2026-09-08T14:00", "--tone", tone)
    return {m["to"]: m["body"] for m in out["messages"] if m["kind"] == "thank_you"}


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
def test_the_notice_period_is_confirmed_never_thanked_for(tmp_path: Path, tone: str) -> None:
    for person, body in _thanks(tmp_path, tone).items():
        assert not re.search(r"(?:through|over|explaining|overview of|explanation of)[^.]*notice", body), (person, body)
        if "notice" in body:
            assert "my notice period is two months" in body, (person, body)


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
def test_no_line_for_anyone_beside_the_candidates_result(tmp_path: Path, tone: str) -> None:
    for person, body in _thanks(tmp_path, tone).items():
        assert not STOCK.search(body), (person, body)


@pytest.mark.parametrize("tone", ["warm", "formal"])
def test_a_search_firm_recruiter_is_not_congratulated_on_the_clients_news(tmp_path: Path, tone: str) -> None:
    body = _thanks(tmp_path, tone)["Tomas Berg"]
    assert "extraction room" not in body and "Congratulations" not in body, body


def test_a_pasted_title_is_said_short_everywhere(tmp_path: Path) -> None:
    out = draft_json(tmp_path, APIARY, "--now", "2026-09-08T14:00")
    for message in out["messages"]:
        said = f"{message.get('subject') or ''}\n{message['body']}"
        assert "pollination season" not in said, said
        assert "Apiary Lead" in said or message["channel"] != "email", said


def test_the_same_notes_give_the_same_letters(tmp_path: Path) -> None:
    first = draft_json(tmp_path, APIARY, "--now", "2026-09-08T14:00")
    again = draft_json(tmp_path, APIARY, "--now", "2026-09-08T14:00")
    assert [m["body"] for m in first["messages"]] == [m["body"] for m in again["messages"]]


def test_a_title_with_a_qualifier_is_said_in_full_once_then_short() -> None:
    assert short_position("Rigger, Ropeworks & Sail Loft") == "Rigger"
    assert short_position("Glacier Guide - Svínafellsjökull base") == "Glacier Guide"
    assert short_position("Cooper/Cellar Hand") == "Cooper"
    assert short_position("Head of Guiding") == "Head of Guiding"
    assert short_position("UI/UX Designer") == "UI/UX Designer"  # a slash after capitals joins one title's parts
    assert short_position("Engineer <b/>") == "Engineer <b/>"  # a short form never ends on a stray mark
    assert reads_pasted("Glacier Guide, summer 2027") and reads_pasted("Rigger, masts and standing rigging")
    assert not reads_pasted("Vice President, Guiding") and not reads_pasted("Head of Guiding")
    body = "the Rigger, Ropeworks & Sail Loft role … in the Rigger, Ropeworks & Sail Loft role."
    assert (
        position_once(body, "Rigger, Ropeworks & Sail Loft")
        == "the Rigger, Ropeworks & Sail Loft role … in the Rigger role."
    )


def test_an_item_of_the_candidates_own_is_no_topic_of_theirs() -> None:
    assert candidate_own("my notice period (6 weeks)") and candidate_own("notice period 3 mo")
    assert candidate_own("my portfolio of rope splices")
    assert not candidate_own("the relocation package for Voss") and not candidate_own("their notice board app")
    assert confirmed_notice(["notice period (theirs 4 weeks, mine is 6 weeks)"], False) == (
        "As we discussed, my notice period is 6 weeks."
    )
    assert confirmed_notice(["notice period 3 mo"], True) == "As discussed, my notice period is 3 months."
    assert confirmed_notice(["notice period, to be agreed"], False) == ""  # no length: nothing to confirm
    assert confirmed_notice(["their 30 days vs my 60 days notice"], False) == ""  # whose is which: unknown


SLASHED = """
candidate:
  name: Inés Vargas
  highlights:
    - priced ~60 roof quotes a month in Excel
position: Estimator / Site Coordinator
company:
  name: Techos Andinos
  pace: PACE
interview:
  at: 2026-03-03T10:00
  timezone: America/Lima
interviewers:
  - name: Pablo Ríos
    role: hiring_manager
    email: pablo@techos.example
    topics:
      - quote turnaround for the new housing estates
"""


@pytest.mark.parametrize("pace", ["normal", "busy", "urgent"])
def test_a_title_with_a_spaced_slash_keeps_the_status_checks_question(tmp_path: Path, pace: str) -> None:
    # a spaced slash reads as notes shorthand and the last gate drops its sentence; the ask must never go with it
    run = draft_json(tmp_path, SLASHED.replace("PACE", pace), "--now", "2026-03-03T14:00")
    check = next(m for m in run["messages"] if m["kind"] == "status_check")
    assert "Estimator/Site Coordinator" in check["body"], check["body"]
    assert not [f for f in check["findings"] if f["check"] == "purpose"], check["findings"]
    assert not [f for f in check["findings"] if f["severity"] == "error"], check["findings"]


@pytest.mark.parametrize("pace", ["normal", "urgent"])
def test_a_status_check_whose_ask_the_last_gate_took_asks_again_with_the_titles_head(tmp_path: Path, pace: str) -> None:
    # a title with a jotted qualifier ('- 6 mo contract') draws a shorthand fault, and the gate drops the sentence
    # that quotes it: the ask is rendered again, plainly, never left out
    notes = SLASHED.replace("PACE", pace).replace("Estimator / Site Coordinator", "Estimator (Lima) - 6 mo contract")
    run = draft_json(tmp_path, notes, "--now", "2026-03-03T14:00")
    check = next(m for m in run["messages"] if m["kind"] == "status_check")
    assert "the Estimator role" in check["body"], check["body"]
    assert not [f for f in check["findings"] if f["check"] == "purpose"], check["findings"]
