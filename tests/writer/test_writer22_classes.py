"""WRITER22 (issue 17, blind runs 23-24): a thin thank-you reaches its length with what the notes hold, never with an
offer that fits any interview. No stock offer of time ("… for whatever comes next") to an urgent hiring manager or a
recruiter; the decision date the notes give is the next step the note closes on; an executive hears the company's
news; a highlight and a topic that share a name are tied, not said side by side. Notes invented here (a water utility,
a piano workshop, a ferry operator)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.writer.named_tie import shared_names
from helpers import draft_json

WATER = """
candidate:
  name: Rangi Parata
  highlights:
    - 4 yrs field hydrologist
position: Hydrology Technician
company:
  name: Awa Water Services
  pace: urgent
  culture: neutral
  news:
    - opened a new laboratory in Te Awamutu
interview:
  at: 2026-11-24T10:00
  timezone: Pacific/Auckland
  decision_by: 2026-12-04
interviewers:
  - name: Moana Hetaraka
    role: hiring_manager
    email: moana@awa.example
    topics:
      - the river gauge network
  - name: Sam Whitcombe
    role: recruiter
    email: sam@awa.example
    topics:
      - the start date
  - name: Ruth Ngata
    role: executive
    email: ruth@awa.example
    topics:
      - the water plan for the next ten years
"""

STOCK_TIME = ("whatever comes next", "short notice", "calendar is flexible", "diary open", "find time")


def _thanks(tmp_path: Path, text: str) -> dict[str, str]:
    out = draft_json(tmp_path, text, "--now", "2026-11-24T13:00")
    return {m["to"]: m["body"] for m in out["messages"] if m["kind"] == "thank_you"}


def test_no_thank_you_offers_time_for_whatever_comes_next(tmp_path: Path) -> None:
    for to, body in _thanks(tmp_path, WATER).items():
        for line in STOCK_TIME:
            assert line not in body.lower(), (to, body)


def test_without_a_decision_date_an_urgent_hiring_manager_is_offered_no_time_either(tmp_path: Path) -> None:
    text = WATER.replace("  decision_by: 2026-12-04\n", "")
    body = _thanks(tmp_path, text)["Moana Hetaraka"]
    for line in STOCK_TIME:
        assert line not in body.lower(), body
    assert "4 December" not in body, body  # no date the notes do not give


@pytest.mark.parametrize("who", ["Moana Hetaraka", "Ruth Ngata"])
def test_the_people_who_decide_hear_the_date_at_most_once_in_the_close(tmp_path: Path, who: str) -> None:
    # writer59: a thank-you tells the date they gave back only where it would otherwise be too thin to send (both
    # writer_blind52/53 judges read it as of no use to the reader); where it is said, it is said once, in the close
    body = _thanks(tmp_path, WATER)[who]
    close = body.rstrip().split("\n\n")[-2]  # the paragraph before the sign-off
    assert body.count("4 December") <= 1, body
    assert "4 December" not in body or "4 December" in close, body


def test_a_date_already_passed_is_not_said(tmp_path: Path) -> None:
    text = WATER.replace("decision_by: 2026-12-04", "decision_by: 2026-11-25")
    out = draft_json(tmp_path, text, "--now", "2026-11-26T09:00")
    for body in [m["body"] for m in out["messages"] if m["kind"] == "thank_you"]:
        assert "25 November" not in body, body


def test_an_executive_in_a_thin_note_hears_the_companys_news(tmp_path: Path) -> None:
    thanks = _thanks(tmp_path, WATER)
    assert "laboratory in Te Awamutu" in thanks["Ruth Ngata"], thanks["Ruth Ngata"]
    assert "laboratory in Te Awamutu" not in thanks["Moana Hetaraka"]  # never to the people who made it


PIANOS = """
candidate:
  name: Ingrid Solberg
  highlights:
    - tuned Bosendorfer pianos for a concert hall
    - 6 yrs piano technician
position: Piano Technician
company:
  name: Fjord Pianos
  culture: neutral
interview:
  at: 2026-11-24T10:00
  timezone: Europe/Oslo
interviewers:
  - name: Erik Dahl
    role: hiring_manager
    email: erik@fjord.example
    topics:
      - the Bosendorfer restoration queue
"""


def test_a_highlight_sharing_a_name_with_the_topic_is_tied_to_it(tmp_path: Path) -> None:
    (body,) = _thanks(tmp_path, PIANOS).values()
    tied = next(s for s in body.split(". ") if "tuned Bosendorfer pianos" in s)
    assert "Bosendorfer restoration queue" in body, body
    assert not tied.strip().startswith("I tuned"), body  # a tie ('Having tuned …, I would …'), not a bare claim
    # (since writer62 a second highlight is never stapled on, so with notes this sparse one line that fits any
    # interview keeps the note from being too thin; never more than one)
    assert (
        sum(line in body for line in ("go into more detail", "how things move forward", "anything that would help"))
        <= 1
    )


def test_one_everyday_word_in_common_is_no_named_tie(tmp_path: Path) -> None:
    text = PIANOS.replace("tuned Bosendorfer pianos", "tuned upright pianos").replace(
        "the Bosendorfer restoration queue", "the upright restoration queue"
    )
    (body,) = _thanks(tmp_path, text).values()
    assert "Having tuned" not in body, body


@pytest.mark.parametrize(
    ("mine", "theirs", "shared"),
    [
        ("I serviced Voith thrusters on two ferries", "the Voith thruster overhaul", {"Voith"}),
        ("I mapped flood plains along the Waipā River", "the Waipā gauge network", {"Waipā"}),
        ("I ran the Fjord Pianos stall at a trade fair", "the Fjord Pianos showroom", set()),  # their own name
        ("Trained apprentices on deck", "Trained crews and the new ferry", set()),  # a capital that starts a sentence
        ("I ran the SOC rota", "the SOC handover", set()),  # an acronym is no name of a thing
    ],
)
def test_shared_names(mine: str, theirs: str, shared: set[str]) -> None:
    assert shared_names(mine, theirs, {"fjord", "pianos"}) == shared
