"""Stop 36, from run27's judges (spent): "I cut injury reports about 1 per 900 visits" was said for "cut injury
reports ~1 per 900 visits -> ~1 per 2,500 w/ the floor team": the change's end and the team were both dropped. A
highlight said as a clause keeps each change's end whose start it says, and the team it was done with; otherwise
the writer says something else. Items invented (a ferry workshop, a bakery, a print shop)."""

from __future__ import annotations

import pytest

from afterview.writer.faithful import keeps_the_notes
from afterview.writer.items import tie_clause


@pytest.mark.parametrize(
    ("item", "said", "kept"),
    [
        ("cut hull leaks ~1 per 40 trips -> ~1 per 300", "I cut hull leaks about 1 per 40 trips", False),
        ("cut hull leaks ~1 per 40 trips -> ~1 per 300", "I cut hull leaks from 1 per 40 trips to 1 per 300", True),
        ("proofing waste 12% -> 5% w/ the night crew", "I cut proofing waste from 12% to 5%", False),
        (
            "proofing waste 12% -> 5% w/ the night crew",
            "With the night crew, I cut proofing waste from 12% to 5%",
            True,
        ),
        ("reprints ~8% -> ~3% w/ a colour-check step (team of 2)", "we cut reprints from about 8% to about 3%", True),
        ("set up online orders -> pickup wait 20 min -> 6 min", "I set up online orders", True),
    ],
)
def test_a_clause_keeps_the_change_end_and_the_team(item: str, said: str, kept: bool) -> None:
    assert keeps_the_notes(item, said) is kept


def test_a_dropped_change_end_is_never_said() -> None:
    said = tie_clause("cut hull leaks ~1 per 40 trips -> ~1 per 300 w/ the dock team (new checklist)")
    assert said is None or ("300" in said and "team" in said)


def test_a_whole_change_is_still_said() -> None:
    said = tie_clause("rolled out a booking app -> ferry queue 30 min -> 10 min")
    assert said is not None and "30" in said and "10" in said


@pytest.mark.parametrize(
    ("item", "verb"),
    [
        ("waitlist for custom saddles about 9 weeks", "takes"),
        ("queue at the slipway about 2 hours", "takes"),
        ("repairs on the tenders about 3 weeks", "take"),
        ("fittings about 4 days", "take"),
    ],
)
def test_a_measured_fragment_agrees_with_its_head_noun(item: str, verb: str) -> None:
    # "the waitlist for custom seats take about 11 weeks" agreed with the last noun, not the head (run27, spent)
    from afterview.writer.fragments import with_copula

    found = with_copula(item)
    assert found is not None and found[1] == verb
