"""bench/writer_blind.py: the send time each pair's header prints, in the notes' local time."""

from __future__ import annotations

import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import writer_blind


def planned(at: str) -> dict[str, object]:
    return {"send": {"recommended_at": at}}


def test_a_planned_time_in_another_zone_is_compared_as_an_instant() -> None:
    # 16:30 in Chicago is 17:30 in New York: ahead of a 17:00 New York `now`, so the draft goes out then,
    # printed in the notes' (New York) time; compared as wall times it would look past and print 17:00
    assert (
        writer_blind.sent_at(planned("2026-11-24T16:30:00-06:00"), "2026-11-24T17:00", "America/New_York")
        == "Tue 24 Nov 2026 17:30"
    )


def test_a_planned_time_already_past_in_the_notes_zone_prints_now() -> None:
    # 17:00 in London is 12:00 in New York, behind a 13:00 New York `now`; as wall times 17:00 looks ahead
    assert (
        writer_blind.sent_at(planned("2026-11-24T17:00:00+00:00"), "2026-11-24T13:00", "America/New_York")
        == "Tue 24 Nov 2026 13:00"
    )


def test_without_a_planned_time_the_sets_now_is_printed() -> None:
    assert writer_blind.sent_at({}, "2026-11-24T11:30", "America/New_York") == "Tue 24 Nov 2026 11:30"
