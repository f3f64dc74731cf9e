"""Stop 35 (issue 17; spent run24/run25 judges): children, kids, juniors, teens and pupils are one subject in
different words, so a result with children answers a club's problem with its juniors ("a third of new juniors drop
out by February" ↔ "ran Saturday lessons for about 40 children"), as the careful reference does; the role's own
trade is no pastime; a measure after an adjective is no jotted count; a material opening a highlight is no deed
("felt hat blocking" is never "I felt hat blocking"). Notes invented here (a swimming club, a hat maker)."""

from __future__ import annotations

from pathlib import Path

from afterview.writer.relate import pick_related
from helpers import draft_json

POOL = """\
candidate:
  name: Noor Haddad
  email: noor@example.com
  highlights:
    - ran Saturday learn-to-swim lessons for ~40 children w/ 3 other coaches
    - plays the cello
position: Assistant Swim Coach
company:
  name: Delfini Swim Club
  culture: casual
interview:
  at: 2026-11-10T10:00
  timezone: Europe/Rome
  duration_minutes: 45
  format: onsite
interviewers:
  - name: Paolo Greco
    title: Head Coach
    role: hiring_manager
    email: paolo@delfini.example
    topics:
      - the new 25 m teaching pool
    challenges:
      - half the new juniors quit after their first winter
"""


def test_a_result_with_children_answers_a_problem_with_juniors(tmp_path: Path) -> None:
    run = draft_json(tmp_path, POOL, "--now", "2026-11-10T13:00")
    body = next(m["body"] for m in run["messages"] if m["kind"] == "thank_you")
    assert "juniors" in body and "40 children" in body, body
    assert body.index("juniors") < body.index("40 children"), body  # their problem, then the evidence


def test_a_hobby_stays_unrelated_to_the_juniors() -> None:
    assert pick_related(["plays the cello"], "half the new juniors quit after their first winter", problem=True) is None


def test_the_trade_of_the_role_is_no_pastime() -> None:
    from afterview.writer.personal_item import personal

    item = "ran Saturday learn-to-swim lessons for ~40 children w/ 3 other coaches"
    assert personal(item)  # to an accountant's interviewer, swimming lessons are a pastime
    assert not personal(item, "Assistant Swim Coach")  # to a swim club, they are the work
    assert personal("swam the Bosphorus cross-continental race", "Junior Accountant")


def test_a_measure_after_an_adjective_is_no_jotted_count() -> None:
    from afterview.writer.frameable import frameable

    assert frameable("the new 25 m teaching pool")
    assert frameable("a second 40 t press")
    assert not frameable("power plan 14 gensets")  # a noun jotted with its count stays out


def test_a_material_opening_a_highlight_is_no_deed() -> None:
    from afterview.writer.shapes import highlight_clause

    assert highlight_clause("felt hat blocking for a theatre costume shop") is None  # never 'I felt hat blocking'
    assert highlight_clause("cast iron pan restoration for 2 cafés") is None
    assert highlight_clause("felt the weave slacken and re-tensioned the loom") == (
        "I felt the weave slacken and re-tensioned the loom"
    )
    assert highlight_clause("forged gate hinges for 3 estates") == "I forged gate hinges for 3 estates"
