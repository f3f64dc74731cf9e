"""Jotted forms the writer used to paste as they stand (issue 17, stop 32): a gerund with its object takes no
article; a detail after a spaced dash is no part of the deed; a job before a name or a language pair is a job,
not a verb and its object; 'both <a thing>' is a shared interest, not 'we are both <a thing>'; clipped 'incl.'
and 'a/b' are written out; a participle said of a counted subject gets its verb. Cases invented here; none is
from a blind set."""

from __future__ import annotations

import pytest

from afterview.writer.adapt import clause_form
from afterview.writer.items import rapport_shape, since_shape
from afterview.writer.shapes import classify, experience_noun
from afterview.writer.shorthand import prose
from afterview.writer.topic_detail import with_article


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("sorting returned parcels", "sorting returned parcels"),  # a gerund and its object
        ("mixing glazes", "mixing glazes"),
        ("grading timber", "grading timber"),
        ("marshalling yard", "the marshalling yard"),  # a thing named by an -ing word
        ("sewing machine", "the sewing machine"),
    ],
)
def test_a_gerund_with_its_object_takes_no_article(said: str, expected: str) -> None:
    assert with_article(said) == expected


def test_a_detail_after_a_spaced_dash_is_left_out_of_the_deed() -> None:
    assert since_shape("passed the forklift refresher (online) - night shift only")["clause"] == (
        "I passed the forklift refresher"
    )
    assert (
        experience_noun("rebuilt the loading dock - 2 weeks, under budget")
        == "my experience rebuilding the loading dock"
    )


def test_a_range_between_numbers_is_no_aside() -> None:
    assert "3 - 4" in (since_shape("cut returns to 3 - 4 a week")["clause"] or "")


@pytest.mark.parametrize(
    "item",
    [
        "certified translator Polish-English (court list)",
        "registered midwife - 6 yrs community",
        "accredited sommelier (Court of Master Sommeliers)",
        "licensed electrician, 4 yrs",
    ],
)
def test_a_job_before_a_name_or_an_aside_is_a_job(item: str) -> None:
    assert classify(item) == "role"
    said = experience_noun(item) or ""
    assert said.startswith("my experience as a") and " - " not in said and "(" not in said


@pytest.mark.parametrize("item", ["trained new drivers", "licensed the recipes to a chain"])
def test_a_verb_and_its_object_stay_a_deed(item: str) -> None:
    assert classify(item) == "verb"


@pytest.mark.parametrize(
    ("item", "clause"),
    [
        ("both Sunday league cricket", "we share an interest in Sunday league cricket"),
        ("both bouldering, she goes Tuesdays", "we share an interest in bouldering"),
        ("both from Tromsø", "we are both from Tromsø"),
        ("both left-handed", "we are both left-handed"),
        ("both keen cyclists", "we are both keen cyclists"),
        ("both grew up on farms", "we both grew up on farms"),
    ],
)
def test_what_both_share_reads_after_we(item: str, clause: str) -> None:
    assert rapport_shape(item)["clause"] == clause


@pytest.mark.parametrize(
    ("jotted", "written"),
    [
        ("three samples incl. one glaze test", "three samples including one glaze test"),
        ("a print/online subscription", "a print or online subscription"),
        ("notes from prev mgr", "notes from previous manager"),
        ("4 hrs/week", "4 hours a week"),  # a rate stays a rate
        ("and/or", "and/or"),
    ],
)
def test_clipped_words_and_alternatives_are_written_out(jotted: str, written: str) -> None:
    assert prose(jotted) == written


@pytest.mark.parametrize(
    ("item", "clause"),
    [
        ("~1 in 8 ferries cancelled bc crew short", "about 1 in 8 ferries are cancelled because crew short"),
        ("3 of 7 looms booked until June", "3 of 7 looms are booked until June"),
        ("porters stretched thin at weekends", "porters are stretched thin at weekends"),
        ("invoices paid late when approvals stall", "invoices are paid late when approvals stall"),
        ("bookings dropped after the price rise", "bookings dropped after the price rise"),  # their own verb
        ("visits doubled over winter", "visits doubled over winter"),
    ],
)
def test_a_participle_said_of_its_subject_gets_its_verb(item: str, clause: str) -> None:
    assert clause_form(item) == clause
