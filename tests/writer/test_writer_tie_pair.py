"""WRITER11 (issue 17, blind run 11): the one tie a careful person makes — the hiring manager's problem in a clause
of theirs, then the candidate's deed WITH the result the notes give it, then an offer to look; items no frame can
hold left out; no sentence stem twice; a pastime said only beside the same pastime of theirs. Notes invented here."""

from __future__ import annotations

import re
from pathlib import Path

from afterview.writer.frameable import frameable
from afterview.writer.template_writer import no_stem_twice
from afterview.writer.tie_pair import best_pair, theirs, with_result
from helpers import draft_json

DEPOT = """
candidate:
  name: Oona Halvorsen
  highlights:
    - 6 yrs shift lead at a parcel depot in Bergen
    - re-sequenced the loading bays by carrier -> Friday dwell time from 90 to 35 minutes
    - plays the cello in an amateur orchestra
position: Depot Operations Manager
company:
  name: Fjordline Parcel
  culture: neutral
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Oslo
  format: onsite
  decision_by: 2026-11-27
interviewers:
  - name: Sindre Aas
    role: hiring_manager
    email: sindre@fjordline.example
    topics:
      - water
      - dock KPI 2.1
    challenges:
      - the loading bays back up every Friday afternoon
  - name: Liv Berg
    role: executive
    channel: handwritten
    topics:
      - why the depot moved to electric vans
    rapport:
      - she played the cello at school
  - name: Mona Dahl
    role: recruiter
    email: mona@fjordline.example
    topics:
      - relocation support
"""


def _thanks(tmp_path: Path, tone: str = "warm") -> dict[str, str]:
    run = draft_json(tmp_path, DEPOT, "--now", "2026-11-16T15:00", "--tone", tone)
    return {m["to"]: m["body"] for m in run["messages"] if m["kind"] == "thank_you"}


def test_a_highlight_keeps_the_result_its_arrow_gives() -> None:
    said = with_result("rebuilt the returns triage -> backlog 300 -> 40 parcels")
    assert said == "I rebuilt the returns triage, and backlog went from 300 to 40 parcels"
    said = with_result("moved night picking to waves -> ~25 min less walking per picker")
    assert said is not None and said.startswith("I moved night picking to waves")
    assert "about 25 minutes less walking per picker" in said and "->" not in said and "~" not in said
    # an aside with a year only is no result: the deed stands alone, nothing "meant" a year
    assert with_result("took a pottery course (2021)") == "I took a pottery course"
    assert with_result("Danish, conversational") is None  # no deed of the candidate's to say
    # where it happened, then what changed there in the notes' own verb (no "I" the notes do not write)
    said = with_result("Tromsø hub 2024 - driver briefings moved from paper to an app -> briefing ~15 min -> 5 min")
    assert said == (
        "at Tromsø hub 2024, driver briefings moved from paper to an app, and briefing went from about 15 minutes to "
        "5 minutes"
    )


def test_their_item_is_said_as_theirs_or_not_at_all() -> None:
    assert theirs("forklift charging runs out mid-shift") == "You mentioned that forklift charging runs out mid-shift."
    # a measure of theirs jotted after its noun is said with its verb, their acronyms kept ('EU', never 'you')
    assert theirs("parcel damage ~4% of EU orders") == "You mentioned that parcel damage is about 4% of EU orders."
    assert theirs("their returns 12% of sales") == "You mentioned that your returns are 12% of sales."
    assert theirs("which carrier? DHL or Bring") is None  # a question to the candidate
    assert theirs("CO2 12 t") is None  # a jotted count, no phrase
    assert theirs("my answer on the KPI question") is None  # the candidate's own, not theirs
    # a noun with its relative clause is no clause of theirs; a short noun phrase a verb-like word ends is a noun
    assert theirs("the fleet audit story she wants finished before spring") is None
    assert (
        theirs("corrosion defects on the hull plates")
        == "You walked me through the corrosion defects on the hull plates."
    )


def test_the_pair_is_the_one_that_shares_what_it_is_about() -> None:
    pair = best_pair(
        ["the canteen closes at 2", "the loading bays back up every Friday afternoon"],
        ["plays the cello", "re-sequenced the loading bays by carrier -> dwell time from 90 to 35 minutes"],
    )
    assert pair is not None
    assert pair[0] == "the loading bays back up every Friday afternoon"
    assert pair[1].startswith("re-sequenced")
    assert best_pair(["the canteen closes at 2"], ["plays the cello"]) is None  # nothing forced


def test_the_hiring_manager_hears_their_problem_then_the_deed_with_its_result(tmp_path: Path) -> None:
    for tone in ("warm", "formal"):
        body = _thanks(tmp_path, tone)["Sindre Aas"]
        assert "loading bays back up every Friday afternoon" in body
        assert "from 90 to 35 minutes" in body  # the result, which was dropped before
        assert body.index("back up every Friday") < body.index("from 90 to 35")
        assert "->" not in body
        assert "cello" not in body  # a pastime is no tie to a problem of the depot


def test_items_no_frame_can_hold_are_left_out(tmp_path: Path) -> None:
    body = _thanks(tmp_path)["Sindre Aas"]
    assert "water" not in body and "KPI 2.1" not in body
    assert not frameable("water") and not frameable("dock KPI 2.1") and not frameable("power plan 14 gensets")
    assert frameable("the outfitting plan on the 30 m ferries") and frameable("how the shift takes 12 hours")
    assert frameable("trainee reviews with the board in week 6")  # a number that names ('week 6') is no count
    assert not frameable("cranes 3 and 4 both down")  # counts jotted after their noun


def test_a_pastime_is_said_beside_the_same_pastime_of_theirs(tmp_path: Path) -> None:
    thanks = _thanks(tmp_path)
    assert re.search(r"I play the cello in an amateur orchestra myself\.", thanks["Liv Berg"])
    assert "cello" not in thanks["Mona Dahl"]


def test_the_recruiter_hears_the_timeline_they_gave(tmp_path: Path) -> None:
    body = _thanks(tmp_path)["Mona Dahl"]
    assert "27 November" in body


def test_no_sentence_opens_with_the_stem_of_an_earlier_one() -> None:
    body = (
        "Dear Ana,\n\nThank you for your time today. I would be glad to send references. I would be glad to share "
        "more.\n\nThank you for your help with the process.\n\nBest,\nMo\n"
    )
    out = no_stem_twice(body)
    assert "I would be glad to send references." in out and "share more" not in out
    assert "Thank you for your help with the process." in out  # one thanks at each end stays
