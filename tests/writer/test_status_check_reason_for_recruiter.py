"""writer61 (issue 17, item 4): a status check to a recruiter gives a reason for its ask where the notes hold one: the
candidate's own notice period, and the start the company hopes for ("given my six-month notice period, it would help
me to plan towards the Q2 start" won writer_blind54's pair). It follows the ask, says only what the notes say, and is
never said to anyone but the recruiter. Notes invented here (a water utility)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.notes.model import Interviewer
from afterview.writer.notice_reason import _start
from helpers import draft_json

UTILITY = """
candidate:
  name: Owen Pryce
position: Network Planning Manager
company:
  name: Severn Water
  culture: {culture}
interview:
  at: 2026-11-16T10:00
  timezone: Europe/London
  format: onsite
  decision_by: 2026-11-25
interviewers:
  - name: Carys Hughes
    role: {role}
    email: carys@severnwater.example
    primary_contact: true
    topics:
      - {item}
      - the leakage targets for 2027
history:
  - kind: thank_you
    to: Carys Hughes
    at: 2026-11-16T15:00
"""


def _check(tmp_path: Path, item: str, culture: str = "neutral", role: str = "recruiter") -> str:
    notes = UTILITY.format(culture=culture, role=role, item=item)
    run = draft_json(tmp_path, notes, "--now", "2026-11-27T10:00", "--kind", "status_check")
    (check,) = [m["body"] for m in run["messages"] if m["kind"] == "status_check"]
    return str(check)


@pytest.mark.parametrize(
    ("item", "length", "start"),
    [
        ("my notice period is 3 months, they want someone by a March start", "three months", "March"),
        ("notice period (mine is 2 months)", "two months", None),
        ("start date - I have 6 weeks notice", "six weeks", None),
    ],
    ids=["with-start", "mine-is", "weeks"],
)
def test_a_recruiters_check_says_why_the_timing_matters(tmp_path: Path, item: str, length: str, start: str) -> None:
    for culture in ("neutral", "formal"):
        check = _check(tmp_path, item, culture)
        first = check.split("\n\n")[1]  # the ask's paragraph: the ask, then its reason
        assert f"notice period is {length}" in first, check
        assert first.index("notice period") > first.index("decision"), check  # one ask, asked first
        assert ("towards the March start" in first) == (start == "March"), check
        assert check.count("?") <= 1, check


def test_no_reason_without_a_notice_and_none_to_a_hiring_manager(tmp_path: Path) -> None:
    assert "notice" not in _check(tmp_path, "the shift rota")
    assert "notice period is" not in _check(tmp_path, "my notice period is 3 months", role="hiring_manager")


def test_a_start_is_read_only_where_the_notes_name_one() -> None:
    assert _start(["they'd like a Q2 start"]) == "Q2"
    assert _start(["start in early June"]) == "early June"
    assert _start(["could start in early June"]) is None  # the candidate's own start (writer72), not the company's
    assert _start(["start date flexible", "a smooth start for new hires"]) is None
    assert Interviewer  # the model the reason reads (writer/notice_reason.py)
