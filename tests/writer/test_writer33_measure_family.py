"""Pairs related by what they measure (writer/measure_family.py, writer/counted_said.py): notes written for these
tests, in trades of their own."""

from __future__ import annotations

import pytest

from afterview.writer.counted_said import bare_change, counted_thing, time_taken
from afterview.writer.measure_family import families, shared_family
from afterview.writer.pair_weight import weigh
from afterview.writer.tie_pair import best_pair


@pytest.mark.parametrize(
    ("theirs", "mine", "family"),
    [
        ("press retooling takes ~3 h each time", "mould swap 70 min -> 25 min on the injection cells", "time"),
        ("bottling line at 9,000 bottles/h, needs 12,000", "filler upgrade, 6,500 -> 8,800 bottles/h", "throughput"),
        ("warranty claims doubled since spring", "reject rate 4.2% -> 1.1% on the gearbox line", "quality"),
        ("3 forklift collisions this winter", "LTI rate 1.8 -> 0.4 over 3 yrs at the depot", "safety"),
        ("unplanned downtime on the kilns ~9%", "OEE 61% -> 74% on the extruders", "availability"),
        ("driver attrition near 40% a year", "warehouse turnover 35% -> 18% after a new shift pattern", "people"),
        ("S&OP numbers off - plan bias ~20%", "forecast accuracy 62% -> 81% w/ the sales team", "forecast"),
        ("steam bill keeps rising", "boiler gas use cut 12% over 2 yrs", "energy"),
    ],
)
def test_one_family_ties_items_in_other_words(theirs: str, mine: str, family: str) -> None:
    assert family in shared_family(mine, theirs)
    assert weigh(mine, theirs) >= 1.5


def test_units_of_time_and_of_rate_are_one_family_each() -> None:
    assert "time" in families("loading a truck takes 2 h") & families("dock turnaround 90 min -> 35 min")
    assert "throughput" in families("mill at 800 t/day") & families("kiln 30 t/h -> 38 t/h")
    assert "time" not in families("8 yrs as plant manager")  # a career's years measure no job
    assert "time" not in families("TRIR 2.1 -> 0.6 over 4 yrs")  # the span a change took


def test_a_shared_term_and_a_family_weigh_more_than_a_family_alone() -> None:
    item = "line 4 changeover takes ~2 h"
    assert weigh("line 4 changeover 80 min -> 30 min", item) > weigh("mould swap 80 min -> 30 min", item) >= 1.5


def test_a_hobby_or_a_certificate_never_ties_by_family() -> None:
    item = "2 serious near-misses in the tank farm"
    assert not shared_family("coach my son's hockey team, 3 -> 11 wins", item)
    assert not shared_family("NEBOSH safety certificate (2022)", item)
    assert not shared_family("site safety walk every Monday", item)  # no change in numbers
    assert weigh("ran 3 marathons, 4:10 -> 3:35", "cycle time ~4 h per batch") < 1


def test_money_ties_only_when_one_side_names_it() -> None:
    assert not shared_family("grew export sales $2m -> $5m", "signed a $40m loan for the new hall")
    assert "money" in shared_family("cut packaging spend €300k -> €180k", "packaging budget €250k, over by 20%")


def test_their_side_and_mine_said_whole() -> None:
    assert (
        counted_thing("3 forklift collisions this winter") == "You mentioned the three forklift collisions this winter."
    )
    assert time_taken("press retooling A-die -> B-die takes ~3 h, twice a week") == (
        "You mentioned that the press retooling takes about three hours."
    )
    assert bare_change("dock turnaround 90 min -> 35 min, w/ the yard team") == (
        "in a previous role, our dock turnaround went from 90 to 35 minutes, with the yard team"
    )
    assert bare_change("cut scrap 8% -> 3%") is None  # a deed: the usual clause says it


def test_a_pair_of_one_family_is_tied_and_said_deterministically() -> None:
    items = ["4 forklift collisions at the cross-dock last year"]
    highlights = ["site LTI rate 1.9 -> 0.5 over 3 yrs, w/ the warehouse safety reps", "coach a junior chess club"]
    first = best_pair(items, highlights, problems=tuple(items))
    assert first is not None
    assert first[1] == highlights[0]
    assert first[2] == "You mentioned the four forklift collisions at the cross-dock last year."
    # the candidate's own arrow, with the time it took and the credit the notes give (writer34's metric_deed); an
    # acronym that only qualifies the measure takes the article a measure takes
    assert first[3] == "I cut the site LTI rate from 1.9 to 0.5 over three years with the warehouse safety reps"
    assert best_pair(items, highlights, problems=tuple(items)) == first


def test_durations_of_other_scales_and_other_kinds_of_time_never_tie() -> None:
    assert not shared_family("die change 50 min -> 15 min", "resin lead times ~10 wks from the Asian supplier")
    assert not shared_family("die change 50 min -> 15 min", "new packers learn the line by shadowing ~4 wks")
    assert "time" in shared_family(
        "w/ the yard crew, pallet check sheet -> loading ~30 min -> ~12 min", "their truck loading takes ~3 h"
    )


def test_a_word_both_use_is_weighed_once_not_again_as_a_family() -> None:
    # 'steam' on both sides is a shared stem (1); it is no family besides
    assert not shared_family("ran the boiler audit, cut steam per tonne ~6%", "the evaporators use too much steam")
    assert "energy" in shared_family(
        "ran the boiler audit, cut steam per tonne ~6%", "the evaporators' gas bill doubled"
    )


def test_a_count_is_never_read_as_the_subject_of_a_given_verb() -> None:
    from afterview.writer.tie_pair import theirs

    # the count is said in words in running prose (writer75), and still as the count of their subject
    assert theirs("2 late sessions/wk need covering") == "You mentioned that two late sessions a week need covering."
    assert " is late" not in (theirs("3 late pours/wk need a lead hand") or "")
