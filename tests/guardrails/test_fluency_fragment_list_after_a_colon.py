"""Shorthand pasted as a list after a colon, its parts split by semicolons and none a clause of its own ("Info for
you: renewed HR truck licence; fumigation scheduling for 14 sites"): the notes' jottings, not sentences (blind40; on
blind25 … blind44 every draft with such a list was labelled a fluency fault). A list whose parts are clauses, or a
colon before one sentence, reads as written."""

from __future__ import annotations

import pytest
from checks53_case import check, codes

from afterview.vocabulary import Kind


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "Info for you: renewed skipper licence; timetable drafts for three islands; fuel use per crossing."),
        ("cocoa", "Updates since we met: finished mobile money course; new farmer list for Bekwai district."),
        ("lifts", "Quick notes: rope inspection log for Hafelekar; spare parts budget for the winter season."),
        ("seeds", "For your file: germination results for 2019 lots; drying room humidity readings."),
    ],
)
def test_a_list_of_fragments_after_a_colon_is_pasted_shorthand(trade: str, line: str) -> None:
    body = f"Is there any news on the decision? {line}"
    assert "noun_after_colon" in codes(check(trade, Kind.status_check, body), "fluency")


@pytest.mark.parametrize(
    "trade, line",
    [
        ("ferry", "Two things since we met: I renewed my skipper licence; I also drafted timetables for the islands."),
        ("cocoa", "One update: the mobile money course I was taking is now finished."),
        ("lifts", "I have attached two files: the rope inspection log I kept, and my spare parts budget."),
        ("seeds", "Since we spoke I have tested the 2019 lots, and the drying room readings are in my report."),
    ],
)
def test_clauses_after_a_colon_read_as_written(trade: str, line: str) -> None:
    body = f"Is there any news on the decision? {line}"
    assert "noun_after_colon" not in codes(check(trade, Kind.status_check, body), "fluency")
