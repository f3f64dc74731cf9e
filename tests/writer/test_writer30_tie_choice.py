"""WRITER30 (issue 17): the right tie, and a second one where the notes hold it. Of everything the reader raised and
the candidate's highlights, the strongest pair is tied (two content words or a word family beat one everyday word);
one everyday word ('crew', 'team') ties nothing; the person who decides hears a second strong pair in an email; the
same notes give the same letters. Notes invented here (a cider mill, a ski-lift company, a bus depot)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from afterview.vocabulary import Role
from afterview.writer import reader_ties
from afterview.writer.pair_weight import one_everyday_word, weigh
from helpers import draft_json

CELLAR = "ran a cellar crew of 9 through two harvests"
TRACKER = "built a permit-expiry log for 30 lift mechanics -> 0 lapsed licences in 3 yrs"


def test_two_shared_stems_outweigh_one_everyday_word() -> None:
    idle = "rain days leave whole crews idle"
    lapse = "mechanics' licences lapse unnoticed - 2 lapsed last winter"
    assert weigh(TRACKER, lapse) >= 2 > weigh(CELLAR, idle)
    pair = reader_ties.pair_of(Role.hiring_manager, [], [idle, lapse], [CELLAR, TRACKER])
    assert pair is not None and pair[0] == lapse and pair[1] == TRACKER, pair
    assert "no lapsed licences" in pair[3], pair[3]  # the result after the arrow is said, not read as 'from 30 to 0'
    assert "from 30" not in pair[3], pair[3]


def test_a_shared_month_weighs_nothing() -> None:
    rates = "freight rates up ~25% since March"
    course = "Excel for Analysts course (done March)"
    assert weigh(course, rates) == 0
    assert reader_ties.pair_of(Role.hiring_manager, [], [rates], [course]) is None
    # near-miss: the thing itself shared ties as before, a month beside it or not
    assert weigh("renegotiated freight rates with 3 carriers in March", rates) >= 1


def test_one_everyday_word_ties_nothing() -> None:
    idle = "rain days leave whole crews idle"
    assert one_everyday_word(CELLAR, idle)
    assert reader_ties.pair_of(Role.hiring_manager, [], [idle], [CELLAR]) is None
    # near-miss: a word that says what the work is about ties, the same everyday word beside it or not
    assert not one_everyday_word("ran the rain-day rota for a crew of 9", idle)


def test_a_word_family_joins_different_words_of_one_subject() -> None:
    # a queue ↔ booking slots; a cost ↔ the gas it is spent on; hiring ↔ a team grown
    assert weigh("set up 20-minute booking slots -> wait ~40 -> ~10 min", "Saturday queue at the weighbridge") >= 1
    assert weigh("re-set the dryer burners -> gas per tonne ~9% lower", "drying costs up a third") >= 1
    assert weigh("grew the team 12 -> 85 in two years", "hiring drivers fast enough") >= 1
    # near-miss: no word and no family in common
    assert weigh("grew the team 12 -> 85 in two years", "Saturday queue at the weighbridge") == 0


MILL = """\
candidate:
  name: Wren Halloway
  highlights:
    - rebuilt the press-cleaning rota -> juice spoilage ~8% -> ~3%
    - set up online tasting bookings -> weekend queue ~45 min -> ~10 min
    - ran a cellar crew of 9 through two harvests
position: Cider Mill Operations Lead
company:
  name: Brockhurst Orchards
interview:
  at: 2026-10-14T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Ines Carvell
    role: {role}
    email: ines@brockhurst.example
    topics:
      - queues at the tasting room on Saturdays
    challenges:
      - juice spoilage in the press hall, ~7% of batches
      - rain days leave whole crews idle
"""


def _thank_you(tmp_path: Path, role: str) -> str:
    run = draft_json(tmp_path, MILL.format(role=role), "--now", "2026-10-14T13:00")
    return next(m["body"] for m in run["messages"] if m["kind"] == "thank_you" and m["channel"] == "email")


def test_the_hiring_manager_hears_a_second_strong_tie(tmp_path: Path) -> None:
    body = _thank_you(tmp_path, "hiring_manager")
    assert "spoilage" in body and "8%" in body, body  # the lead tie: their spoilage, the press-cleaning result
    assert "45 minutes" in body or "45 min" in body, body  # the second: their queue, the bookings result
    assert "cellar crew" not in body, body  # one everyday word never ties
    assert body.count("8%") == 1 and body.count("45 min") == 1, body  # never the same result twice


def test_a_peer_hears_one_tie_only(tmp_path: Path) -> None:
    body = _thank_you(tmp_path, "peer")
    said = ("8%" in body) + ("45 min" in body)
    assert said <= 1, body


def test_the_same_notes_give_the_same_letters(tmp_path: Path) -> None:
    first = draft_json(tmp_path, MILL.format(role="hiring_manager"), "--now", "2026-10-14T13:00")
    again = draft_json(tmp_path, MILL.format(role="hiring_manager"), "--now", "2026-10-14T13:00")
    assert [m["body"] for m in first["messages"]] == [m["body"] for m in again["messages"]]


QUAY = """\
candidate:
  name: Tove Brannigan
  highlights:
    - w/ a team of 3 moved ticket sales to timed slots -> car queue ~35 min -> ~8 min
    - 4 yrs deckhand on the island run
position: Terminal Supervisor
company:
  name: Skerry Line
interview:
  at: 2026-10-14T10:00
  timezone: Europe/London
  format: onsite
interviewers:
  - name: Aled Morgan
    role: hiring_manager
    email: aled@skerry.example
    topics:
      - his q - how would I shorten the car queue at the ticket booth?
    challenges:
      - summer car queue backs up onto the harbour road
"""


def test_their_question_is_answered_with_the_highlight_that_bears_on_it_and_told_once(tmp_path: Path) -> None:
    run = draft_json(tmp_path, QUAY, "--now", "2026-10-14T13:00")
    body = next(m["body"] for m in run["messages"] if m["kind"] == "thank_you")
    assert re.search(r"question|You asked", body) and "car queue" in body, body  # their question taken up …
    assert body.count("35 minutes") == 1, body  # … with the slots result, said once (never again as a tie)


@pytest.mark.parametrize(
    ("highlight", "said", "absent"),
    [
        # credit first with no arrow: the deed first, the credit kept
        (
            "w/ the yard team cut diesel per lift ~15% by idling the cranes between ships",
            "I cut diesel per lift by about 15% by idling the cranes between ships with the yard team",
            "",
        ),
        # a change told after a dash: said as where it happened
        (
            "4 yrs dispatcher at a courier firm in Lodz - our fleet grew 12 -> 60",
            "at a courier firm in Lodz, where our fleet grew from 12 to 60",
            "",
        ),
        # a group's size before the arrow is no start value
        ("built a key sign-out log for our crew of 25 -> 0 lost keys in a yr", "no lost keys", "from 25"),
    ],
)
def test_a_highlight_is_said_with_its_result_and_credit(highlight: str, said: str, absent: str) -> None:
    from afterview.writer.tie_pair import with_result

    mine = with_result(highlight) or ""
    assert said in mine, mine
    assert not absent or absent not in mine, mine


def test_a_problem_jotted_with_an_equals_sign_is_said_as_theirs() -> None:
    from afterview.writer.tie_pair import theirs

    said = theirs("fuel = ~a quarter of their running cost") or ""
    assert said.startswith("You mentioned that") and "fuel is about a quarter of your running cost." in said, said
