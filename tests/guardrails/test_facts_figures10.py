"""Figures from blind11's held-out half (issue 15), on notes written here: a bare number at a question mark counts
what the number before it in the line counts ("notice period 8 weeks -> could it be 4?" supports "four weeks"), and a
figure with a scale word ("4 million trays") is the notes' figure or wrong, as "1 million" would be, while "NZD 12
million" is the notes' "NZD 12m"."""

from __future__ import annotations

import pytest
from orchard_case import NOTES, ZONE, fired, thanks

from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.vocabulary import Kind

EXTRA = NOTES.replace(
    "topics: [the hiring timeline]", 'topics: [the hiring timeline, "notice period 8 weeks -> could it be 4?"]'
).replace(
    "news: [opened a cold store in Motueka]",
    "news: [opened a cold store in Motueka, packed 3 million trays last season, NZD 12m grader budget, "
    "a full grader restart takes 36h]",
)


def _facts(tmp_path, middle: str) -> list[str]:
    from datetime import datetime

    path = tmp_path / "orchard-extra.yaml"
    path.write_text(EXTRA.replace("OUTCOME", "pending").replace("CULTURE", "neutral"), encoding="utf-8")
    when = datetime(2026, 11, 17, 15, 0, tzinfo=ZONE)
    draft = check_hand_written(
        load_notes(path), "Thank you", thanks(middle), kind=Kind.thank_you, to="Hemi Walker", now=when, send_at=when
    )
    return fired(draft, "facts")


@pytest.mark.parametrize(
    ("middle", "wrong"),
    [
        ("As Sophie and I discussed, I will ask whether my notice could come down to four weeks.", False),
        ("As Sophie and I discussed, I will ask whether my notice could come down to five weeks.", True),
        ("Packing 3 million trays last season is a serious volume for one packhouse.", False),
        ("Packing 4 million trays last season is a serious volume for one packhouse.", True),
        ("A NZD 12 million budget for the grader shows how seriously the co-op takes it.", False),
    ],
)
def test_figures_are_read_with_their_unit_and_scale(tmp_path, middle, wrong) -> None:
    assert ("error:unsupported_number" in _facts(tmp_path, middle)) is wrong, middle


@pytest.mark.parametrize(
    ("middle", "wrong"),
    [
        # the notes: "opened a cold store in Motueka"; Nelson is where the co-op is (its notes file says so nowhere)
        ("It was good to hear the co-op opened a new cold store in Richmond this year.", True),
        ("It was good to hear the co-op opened a new cold store in Motueka this year.", False),
        # a store in another sense, with other words around it: no item retold
        ("I grew up near a general store in Richmond.", False),
    ],
)
def test_a_place_swapped_inside_a_notes_detail(tmp_path, middle, wrong) -> None:
    assert ("error:wrong_place" in _facts(tmp_path, middle)) is wrong, middle


@pytest.mark.parametrize(
    ("middle", "wrong"),
    [
        ("Planning around the 36-hour full restart of the grader is a job I would enjoy.", False),
        ("Planning around the 30-hour full restart of the grader is a job I would enjoy.", True),
    ],
)
def test_a_unit_jotted_onto_a_figure_in_the_notes_is_still_its_figure(tmp_path, middle, wrong) -> None:
    """The notes write '36h': 36 is the restart's figure, not a code, so '36 hours' matches and '30 hours' does not."""
    assert ("error:unsupported_number" in _facts(tmp_path, middle)) is wrong, middle
