"""A change jotted as 'N unit -> M unit' is one measure that moved, said whole ('from 50 minutes to 15 minutes'),
never cut at the first count ('I cut mould change … from 50 minutes'): blind run 15's judges read such a cut as a
misread result, twice in one set. Notes of our own (an injection-moulding plant)."""

from __future__ import annotations

from pathlib import Path

from afterview.writer.arrow_result import with_result
from helpers import draft_json

NOTES = """
candidate:
  name: Rhys Evans
  highlights:
    - cut mould change on press line 2 from 50 min -> 15 min (SMED, 4 fitters)
position: Production Planner
company:
  name: Kestrel Plastics
interview:
  at: 2026-11-30T10:00
  timezone: Europe/London
  duration_minutes: 60
  format: video
interviewers:
  - name: Owen Pritchard
    title: Operations Manager
    role: hiring_manager
    email: owen@kestrel.example
    topics:
      - how we plan short runs on the injection presses
    challenges:
      - mould changes eat a shift a week
"""


def test_a_change_with_the_same_unit_on_both_sides_is_left_to_the_whole_clause() -> None:
    for jotted in ("cut tool change 45 min -> 20 min", "cut lead time 12 days -> 5 days (new supplier)"):
        assert with_result(jotted) is None, jotted  # never 'I cut tool change 45 minutes'
    # a deed and its result in another unit keeps the arrow's meaning
    assert with_result("trained 3 crews -> 20% fewer incidents") == "I trained 3 crews, which meant 20% fewer incidents"


def test_the_draft_says_both_ends_of_the_change(tmp_path: Path) -> None:
    out = draft_json(tmp_path, NOTES, "--now", "2026-11-30T13:00")
    body = out["messages"][0]["body"]
    assert "50 minutes to 15 minutes" in body, body
    assert "from 50 minutes." not in body and "50 minutes. " not in body, body
