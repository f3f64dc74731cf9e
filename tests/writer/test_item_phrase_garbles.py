"""WRITER41 (issue 17, blind runs 38/39): item forms that garbled, each repaired by a general rule or given no
form: a time after a noun is no predicate ('the staff change is after every election'); a length in brackets
goes after an owner's name, not before it ('the 5-year fund's exit horizon'); a detail that brings its own
'with' is not hung on a name with another ('… briefings with buddy checks with …'); the verb of an item jotted
without its subject is never named as a noun ('the want half'). Items invented here."""

from __future__ import annotations

from afterview.writer import adapt
from afterview.writer.head import verb_first
from afterview.writer.head_noun import short_noun
from afterview.writer.topic_detail import with_detail


def test_a_time_after_a_noun_is_no_copula() -> None:
    assert "is after" not in (adapt.clause_form("ward staff change after every audit") or "")
    said = adapt.topic("site crew change after every harvest")
    assert "is after" not in said and "after every harvest" in said
    # a predicate adjective still takes its verb
    assert adapt.clause_form("timber facades hard to get through building control") == (
        "timber facades are hard to get through building control"
    )


def test_a_bracketed_length_goes_after_the_owners_name() -> None:
    said = with_detail(["the trust's payout window (~3 yrs)"], "the trust's payout window")
    assert said == "the trust's 3-year payout window"
    assert with_detail(["the induction programme (6 weeks)"], "the induction programme") == (
        "the 6-week induction programme"
    )


def test_a_detail_with_its_own_with_is_not_hung_on_a_name_with_another() -> None:
    assert with_detail(["fall-arrest drills, harness checks w/ new riggers"], "fall-arrest drills") is None
    assert with_detail(["night dives, buddy checks w/ new volunteers"], "night dives") is None


def test_the_verb_of_a_subjectless_item_is_no_noun() -> None:
    assert verb_first("want half the pickers hired locally") == "want"
    named = short_noun("want half the pickers hired locally")
    assert named is None or "want" not in named
    assert short_noun("council pushback on road diets") == "the council pushback"
