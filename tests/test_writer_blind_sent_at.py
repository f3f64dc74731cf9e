"""bench/writer_blind.py: the send time each pair's header prints, in the notes' local time, by the rule the CLI
drafts with when no --send-at is given."""

from __future__ import annotations

import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import writer_blind


def planned(state: str, at: str) -> dict[str, object]:
    return {"send": {"state": state, "recommended_at": at}}


def test_a_message_not_due_yet_prints_its_recommended_time_in_the_notes_zone() -> None:
    # 10:00 in Chicago is 11:00 in New York, the interview's zone
    at = writer_blind.sent_at(planned("not_yet", "2026-12-01T10:00:00-06:00"), "2026-11-24T17:00", "America/New_York")
    assert at == "Tue 01 Dec 2026 11:00"


def test_a_due_message_prints_now_even_with_its_recommended_time_ahead() -> None:
    # the CLI words a due message as sent now (a thank-you drafted at 16:00 and recommended for 17:30)
    at = writer_blind.sent_at(planned("due", "2026-11-24T17:30:00-05:00"), "2026-11-24T16:00", "America/New_York")
    assert at == "Tue 24 Nov 2026 16:00"


def test_a_due_message_whose_recommended_time_passed_prints_now() -> None:
    at = writer_blind.sent_at(planned("due", "2026-12-04T18:30:00+01:00"), "2026-12-05T09:15", "Europe/Paris")
    assert at == "Sat 05 Dec 2026 09:15"


def test_without_a_plan_the_sets_now_is_printed() -> None:
    assert writer_blind.sent_at({}, "2026-11-24T11:30", "America/New_York") == "Tue 24 Nov 2026 11:30"
