"""WRITER53 (issue 17): a thank-you says fewer things well. One highlight of the candidate's a note, tied to the
reader's item it answers, keeps that tie; a card to a future colleague closes on
working together, never a goodbye ("I hope our paths cross again"), which stays for someone outside the team; a trial
the candidate did is no topic of theirs; articles and small counts as prose says them. Notes invented here (a cheese
dairy in Wisconsin)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import draft_json

DAIRY = """
candidate:
  name: Morgan Lindqvist
  highlights:
{highlights}
position: Cheese Quality Lead
company:
  name: Driftless Creamery
  culture: casual
interview:
  at: 2026-03-10T10:00
  timezone: America/Chicago
  format: onsite
interviewers:
  - name: Dana Kowalski
    title: Plant Manager
    role: hiring_manager
    email: d.kowalski@driftless.example
    topics:
      - the batch sampling plan, vat by vat
      - getting lab records off paper
{challenges}
  - name: Eli Brandt
    title: Cheesemaker
    role: peer
    channel: handwritten
    topics:
      - washing the rinds on the alpine wheels
  - name: Ruth Okafor
    title: Dairy Farmer, milk supplier
    role: other
    channel: handwritten
    topics:
      - the spring milk from her herd
"""

# two deeds without results: each on the topic of the plant manager's records
FLAT = '    - "set up a sample tracking spreadsheet"\n    - "trained 4 seasonal lab techs each season"'
# a result that answers the plant manager's problem, then a tenure
TIED = (
    '    - "cut cheese moisture rejects from 9% to 3% with a new press schedule"\n'
    '    - "spent six years as a dairy lab supervisor"'
)
PROBLEM = "    challenges:\n      - moisture rejects on the cheddar line"


def _thank_yous(tmp_path: Path, highlights: str, challenges: str = "") -> dict[str, str]:
    run = draft_json(tmp_path, DAIRY.format(highlights=highlights, challenges=challenges), "--now", "2026-03-10T15:00")
    return {m["to"]: m["body"] for m in run["messages"] if m["kind"] == "thank_you"}


def _said(body: str, deed: str) -> bool:
    return deed.lower() in body.lower()


def test_the_one_highlight_keeps_its_tie_to_the_reader_s_problem(tmp_path: Path) -> None:
    """the near miss: leaving the second item out never takes the tied one with it"""
    body = _thank_yous(tmp_path, TIED, PROBLEM)["Dana Kowalski"]
    assert "from 9% to 3%" in body, body


_GOODBYE = re.compile(r"paths cross|meet again|see you again|until we meet|talk shop again", re.I)
_TOGETHER = re.compile(r"work(?:ing)? (?:together|alongside you|with you)", re.I)


def test_a_peer_s_card_closes_on_working_together_never_a_goodbye(tmp_path: Path) -> None:
    card = _thank_yous(tmp_path, FLAT)["Eli Brandt"]
    close = card.strip().split("\n\n")[-2]
    assert _TOGETHER.search(close) and not _GOODBYE.search(close), card


def test_a_card_to_someone_outside_the_team_keeps_its_goodbye(tmp_path: Path) -> None:
    """the near miss: a milk supplier on the panel is no future colleague"""
    card = _thank_yous(tmp_path, FLAT)["Ruth Okafor"]
    assert not _TOGETHER.search(card), card


@pytest.mark.parametrize(
    ("item", "theirs"),
    [
        ("trial: laminated the croissant dough, she checked the layers", False),
        ("trial shift - ran the pass on Saturday", False),
        ("practical: wired a consumer unit", False),
        ("I presented the Q3 plan to the board", False),
        ("she watched me plate the tasting menu", False),
        # near misses: a trial or a task of theirs, and the candidate's word in brackets
        ("the 2-month trial period", True),
        ("hand lay-up -> vacuum infusion trial on the 28 ft hull", True),
        ("4-day week trial", True),
        ("relocation package + start date (I said Aug 4 at the latest)", True),
        ("bending glass over the ribbon burner - she let me try a 90 degree bend", True),
        ("exercise classes for residents", True),
    ],
)
def test_an_item_where_the_candidate_did_the_work_is_no_topic_of_theirs(item: str, theirs: bool) -> None:
    from afterview.writer.own_items import candidate_did

    assert candidate_did(item) is not theirs


def test_a_trial_is_never_thanked_for_as_their_telling(tmp_path: Path) -> None:
    notes = DAIRY.format(highlights=FLAT, challenges="").replace(
        "      - the batch sampling plan, vat by vat\n",
        '      - "trial: washed the rinds on two wheels, she checked the brine"\n'
        "      - the batch sampling plan, vat by vat\n",
    )
    run = draft_json(tmp_path, notes, "--now", "2026-03-10T15:00")
    for message in run["messages"]:
        assert "rinds on two wheels" not in message["body"] and "washing the rinds on two" not in message["body"], (
            message
        )


@pytest.mark.parametrize(
    ("item", "place"),
    [
        ("2 yrs chef de partie, viennoiserie, at a London hotel pastry kitchen", "at the London hotel pastry kitchen"),
        ("head roaster at a 3-shop roastery in Curitiba, 5 yrs", "at the 3-shop roastery in Curitiba"),
        ("nurse at Riverside Clinic, 4 yrs", "at Riverside Clinic"),  # near miss: a name takes no article
    ],
)
def test_a_place_keeps_the_article_the_notes_gave_it(item: str, place: str) -> None:
    from afterview.writer.places import place_of

    assert place_of(item) == place


_UNSUPPORTED = re.compile(
    r"even more appealing|gave me a (?:real sense|much better feel)|thought about most since", re.I
)
PEERS = """
candidate:
  name: Morgan Lindqvist
  highlights:
    - "set up a sample tracking spreadsheet"
position: Cheese Quality Lead
company:
  name: Driftless Creamery
  culture: casual
interview:
  at: 2026-03-10T10:00
  timezone: America/Chicago
  format: onsite
interviewers:
{people}
"""
_NAMES = ("Ann Berg", "Bo Lund", "Cy Moss", "Di Park", "Ed Quist", "Flo Ross", "Gus Tamm", "Hal Ueda")


def test_a_topic_is_said_as_heard_never_with_an_effect_the_notes_do_not_give(tmp_path: Path) -> None:
    people = "\n".join(
        f"  - name: {name}\n    title: Cheesemaker\n    role: {role}\n    channel: {channel}\n"
        f"    email: x{n}@d.example\n"
        f"    topics:\n      - the 5am brining rota for the alpine wheels"
        for n, name in enumerate(_NAMES)
        for role, channel in [("hiring_manager" if n % 2 else "executive", "linkedin" if n < 4 else "email")]
    )
    run = draft_json(tmp_path, PEERS.format(people=people), "--now", "2026-03-10T15:00")
    for message in run["messages"]:
        assert not _UNSUPPORTED.search(message["body"]), message["body"]


def test_no_card_of_a_live_process_says_a_final_goodbye() -> None:
    """'I hope our paths cross again' to an outside panellist reads as if the candidate expects to lose"""
    from afterview.writer.process_close import CARD_GOODBYE

    for closes in CARD_GOODBYE.values():
        assert not any("paths cross" in close for close in closes), closes
