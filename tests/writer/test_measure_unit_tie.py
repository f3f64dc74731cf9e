"""WRITER12 (issue 17, blind run 12, class 1): the tie a careful reader makes first is the one where their metric
and the candidate's result count the same thing in the same unit ('plant at 14 L/kg' ↔ 'reuse project -> 15 to 9
L/kg'); a recipient with role `other` hears it too, a peer hears it on a problem of theirs. Notes invented here
(a dairy, a blood bank, a print shop, a bus depot)."""

from __future__ import annotations

import re
from pathlib import Path

from afterview.writer.measure_units import same_unit, units
from afterview.writer.metric_deed import metric_deed
from afterview.writer.tie_pair import best_pair, theirs
from helpers import draft_json


def test_units_say_what_a_number_counts() -> None:
    assert units("cheese vat line at 11 kWh/t") == {"kwh/tonne"}
    assert units("steam use 2.4 kg per litre of milk") >= {"kilogram/litre"}
    assert units("donor chair turnover 40 donors a day") == {"donor"}
    assert units("1 in 4 drivers quits in year 1") == {"driver"}
    assert units("wait times ~3 weeks, 18 months to fix") == set()  # time counts nothing tied
    assert units("12 techs, 4 certified") == {"tech"}  # 'certified' is no unit


def test_same_unit_needs_a_word_in_common_for_a_share() -> None:
    assert same_unit("press scrap 8% -> 3%", "scrap on press 4 at 6%", shared_words=1)
    assert not same_unit("press scrap 8% -> 3%", "staff turnover 20%", shared_words=0)  # a share of anything else
    assert same_unit("boiler retrofit -> 3.1 to 2.2 kg/L", "Tralee site at 2.9 kg/L", shared_words=0)


def test_a_metric_and_its_change_is_said_as_the_candidates_deed() -> None:
    assert metric_deed("ink waste 12% -> 7% w/ colour profiling + nightly calibration") == (
        "I cut ink waste from 12% to 7% with colour profiling and nightly calibration"
    )
    assert metric_deed("on-time departures 81% -> 94%") == "I raised on-time departures from 81% to 94%"
    assert metric_deed("boiler heat-recovery project -> 3.1 to 2.2 kg/L") == (
        "I worked on a boiler heat-recovery project, which took us from 3.1 to 2.2 kg/L"
    )
    assert metric_deed("phlebotomy trainer for 14 new hires, 12 qualified") == (
        "I was the phlebotomy trainer for 14 new hires, and 12 of them were qualified"
    )
    assert metric_deed("led the depot's EV pilot") is None  # no metric: the usual clause says it


def test_their_metric_is_said_where_it_stands_and_where_they_want_it() -> None:
    said = "You mentioned that "
    assert theirs("ink waste at 11%, wants under 8") == said + "ink waste is at 11%, and you want it under 8%."
    assert theirs("Tralee site at 2.9 kg/L") == said + "the Tralee site is at 2.9 kg/L."
    assert theirs("reject rate at 5% on the night shift") == said + "the reject rate is at 5% on the night shift."
    assert theirs("nearly 1 in 4 drivers quits in year 1") == said + "nearly 1 in 4 drivers quits in year 1."
    # a metric's article: a singular count noun takes 'the', an acronym-led one too; a mass noun or plural none
    assert theirs("QA programme = 12 wks") == said + "the QA programme is 12 weeks."
    assert theirs("return rate at 9%") == said + "the return rate is at 9%."
    assert theirs("no-shows ~11% of bookings") == said + "no-shows are about 11% of bookings."


def test_the_pair_counting_one_thing_wins_over_a_shared_word() -> None:
    items = ["drivers leave after ~8 months", "on-time departures at 83%, wants 95"]
    highlights = ["drove a route bus for 4 yrs", "on-time departures 81% -> 94% w/ a new rota"]
    found = best_pair(items, highlights)
    assert found is not None and found[1] == highlights[1]
    assert found[3] == "I raised on-time departures from 81% to 94% with a new rota"


DAIRY = """
candidate:
  name: Saoirse Malone
  highlights:
    - 5 yrs shift manager at a cheese plant in Cork
    - boiler heat-recovery project -> 3.1 to 2.2 kg steam/L
    - trained 9 operators on CIP
position: Site Operations Manager
company:
  name: Kerrygold Vale Dairies
  culture: neutral
interview:
  at: 2026-11-16T10:00
  timezone: Europe/Dublin
  format: onsite
interviewers:
  - name: Declan Roche
    role: hiring_manager
    email: declan@vale.example
    topics:
      - new whey line in 2027
  - name: Ingrid Solberg
    title: Group Energy Lead, parent company
    role: other
    email: ingrid@parent.example
    challenges:
      - Tralee site at 2.9 kg steam/L
"""


def test_a_recipient_with_role_other_hears_the_measure_tie(tmp_path: Path) -> None:
    run = draft_json(tmp_path, DAIRY, "--now", "2026-11-16T15:00")
    bodies = {m["to"]: m["body"] for m in run["messages"] if m["kind"] == "thank_you"}
    ingrid = bodies["Ingrid Solberg"]
    # their figure and the candidate's measured result in one sentence (writer65: never two flat sentences)
    # (writer75: their point, then the deed, with no 'because' between them, which is no cause; never a semicolon)
    assert re.search(
        r"You mentioned that the Tralee site is at 2\.9 kg steam/L\. (?:It brought to mind my own work, where I|I) "
        r"worked on a boiler heat-recovery project, which took us from 3\.1 to 2\.2 kg steam/L\.",
        ingrid,
    ), ingrid
    assert ", because I" not in ingrid and ";" not in ingrid, ingrid


def test_more_shapes_of_a_metric_and_its_target() -> None:
    said = theirs("emissions at 3.2 t/day, council wants 2 by 2029")
    assert said == "You mentioned that emissions are at 3.2 t/day, and the council wants them at 2 t/day by 2029."
    assert metric_deed("late trains 12% -> 4% w/ crew rosters") == "I cut late trains from 12% to 4% with crew rosters"
    assert metric_deed("scanner upgrade -> 30 to 22 kWh/t over 3 yrs") == (
        "I worked on a scanner upgrade, which took us from 30 to 22 kWh/t over three years"
    )
    assert metric_deed("reduced churn 20% -> 12%") is None  # a deed of its own: the usual clause says it


def test_the_same_metric_named_on_both_sides_ties_without_a_unit() -> None:
    found = best_pair(
        ["lost parcels at 40 a week"], ["drove a van for 2 yrs", "lost parcels 55 -> 12 a week w/ scan gates"]
    )
    assert found is not None and found[3] == "I cut lost parcels from 55 to 12 a week with scan gates"
    # a rate said once, in their sentence: 'per 1,000 parcels' twice would be a repeated phrase
    found = best_pair(["mis-sorts at 6 per 1,000 parcels"], ["mis-sorts 8 -> 2 per 1,000 parcels"])
    assert found is not None and found[2].endswith("at 6 per 1,000 parcels.") and found[3].endswith("from 8 to 2")
