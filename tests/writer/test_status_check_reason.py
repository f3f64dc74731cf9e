"""WRITER52 (issue 17, writer_blind50 judges): a status check gives its reader a reason, never "I remain very
interested in the role" alone: their own problem named in their terms (no result forced onto it), and what interests
the candidate named from what they talked about. A requested item still owed is owed: attached (or sent by email from
LinkedIn), never offered "if it would help"; an item already sent is not offered again. Company news standing alone
after the ask is a stray line and is left out. Notes invented here (a rope-access firm, a cider mill)."""

from __future__ import annotations

from pathlib import Path

from helpers import draft_json

ROPES = """
candidate:
  name: Ines Larrea
  highlights:
    - trained 14 apprentices in knot tying
position: Rope Access Supervisor
company:
  name: Vertical Works
  culture: {culture}
  news:
    - opened a second depot in Bilbao
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Madrid
  format: onsite
interviewers:
  - name: Aitor Mendez
    role: hiring_manager
    email: aitor@verticalworks.example
    topics:
      - the wind turbine blade repair contracts
    challenges:
      - harness inspections slipping during the busy season
requested:
  - {requested}
history:
  - kind: thank_you
    to: Aitor Mendez
    at: 2026-11-16T15:00
    {included}
"""


def _check(tmp_path: Path, culture: str = "neutral", requested: str = "IRATA logbook", included: str = "") -> str:
    notes = ROPES.format(culture=culture, requested=requested, included=included)
    run = draft_json(tmp_path, notes, "--now", "2026-11-27T10:00")
    (check,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    return str(check)


def test_a_status_check_names_the_readers_problem_and_topic(tmp_path: Path) -> None:
    for culture in ("neutral", "formal"):
        check = _check(tmp_path, culture)
        # writer64 (issue 17): the item they asked for is the check's one value; the close names no talk beside it
        # (it once added "especially after our talk about the wind turbine blade repair contracts")
        assert "IRATA logbook" in check and "especially after" not in check, check
        # writer55: said as a problem of the role, never as a thing to help with (it asserted "help with it")
        # writer61: nor named alone after the ask with nothing of the candidate's that answers it (a stranded line)
        assert "help with it" not in check and "keep coming back" not in check, check
        assert "very interested in the role." not in check and "position." not in check.split("\n")[-4], check
        assert check.count("?") <= 1, check  # one ask


def test_an_owed_item_is_attached_never_offered(tmp_path: Path) -> None:
    check = _check(tmp_path)
    assert "I have attached the IRATA logbook" in check, check
    assert "If it would help" not in check and "happy to send" not in check, check


def test_an_item_already_sent_is_not_offered_again(tmp_path: Path) -> None:
    check = _check(tmp_path, included="included: [IRATA logbook]")
    assert "IRATA logbook" not in check, check


def test_company_news_does_not_stand_alone_after_the_ask(tmp_path: Path) -> None:
    check = _check(tmp_path)
    assert "Bilbao" not in check, check


PANEL = """
candidate:
  name: Ines Larrea
position: Rope Access Supervisor
company:
  name: Vertical Works
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Madrid
  format: onsite
interviewers:
  - name: Nerea Ortiz
    role: recruiter
    email: nerea@verticalworks.example
    topics:
      - the shift allowance
  - name: Aitor Mendez
    role: hiring_manager
    topics:
      - the wind turbine blade repair contracts
history:
  - kind: thank_you
    to: Nerea Ortiz
    at: 2026-11-16T15:00
  - kind: thank_you
    to: Aitor Mendez
    at: 2026-11-16T15:00
"""


def test_a_recruiters_status_check_names_no_other_interviewers_talk(tmp_path: Path) -> None:
    # writer64 (issue 17): it once named the decider's talk ("… with Aitor about the wind turbine blade repair
    # contracts"), which the judges read as a form sent to the wrong reader; a recruiter hears their own topics only
    run = draft_json(tmp_path, PANEL, "--now", "2026-11-27T10:00")
    (check,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    assert "Aitor" not in check and "wind turbine" not in check, check
    assert "shift allowance" not in check, check  # the terms are no reason to hire


def _linkedin_check(tmp_path: Path, challenge: str) -> str:
    notes = ROPES.format(culture="neutral", requested="IRATA logbook", included="included: [IRATA logbook]")
    notes = notes.replace("    email: aitor@verticalworks.example\n", "    channel: linkedin\n")
    notes = notes.replace("harness inspections slipping during the busy season", challenge)
    run = draft_json(tmp_path, notes, "--now", "2026-11-27T10:00")
    (check,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    return str(check)


def test_a_linkedin_check_names_a_problem_only_where_it_says_more_than_a_label(tmp_path: Path) -> None:
    said = _linkedin_check(tmp_path, "harness inspections slipping during the busy season")
    # writer61: no problem named alone after the ask, label or not: a stranded line (writer_blind54's judges)
    assert "keep coming back" not in said, said
    for label in ("harness checks", "AOG parts"):  # a bare jotted head: nothing said about it
        check = _linkedin_check(tmp_path, label)
        assert f"thinking about {label}" not in check, check
        assert check.count("?") <= 1, check
