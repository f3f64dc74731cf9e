"""One reader of a hiring process's stages for the writer (writer/stages.py): the recruiter's thank-you
(process_covered) and the status check's next step (next_step) read 'rounds', 'steps' and 'further' the same way."""

from __future__ import annotations

import pytest

from afterview.writer.process_covered import covered
from afterview.writer.stages import counted, more_follow


@pytest.mark.parametrize(
    ("jotted", "said"),
    [
        ("2 more rounds - panel + a paid trial shift", "the next two rounds"),
        ("two further stages after this", "the next two stages"),
        ("next 3 steps: case study, CEO, refs", "the next three steps"),
        ("one more round w/ the founders", "the next round"),
        ("4-step process", "the four-step process"),
        ("3 stage interview overall", "the three-stage process"),
    ],
)
def test_counted_stages_are_said_the_same_way_whatever_the_unit(jotted: str, said: str) -> None:
    assert covered([jotted]) == said


@pytest.mark.parametrize("jotted", ["did 2 interviews already at the depot", "a one-stage process", "backstage tour"])
def test_what_is_no_process_ahead_is_not_said(jotted: str) -> None:
    assert covered([jotted]) is None


@pytest.mark.parametrize(
    ("jotted", "follow"),
    [
        ("2 more rounds - panel + a paid trial shift", True),
        ("the 3-step process, final w/ the COO", True),
        ("further rounds to come in Jan", True),
        ("one more round w/ the founders", True),
        ("2-stage process, this was the final one", False),
        ("no further rounds - decision next week", False),
        ("did 2 interviews already at the depot", False),
        ("the three rounds and the sea trial", False),  # a bare count: perhaps the rounds already held
        ("start date - they want someone in March", False),
    ],
)
def test_whether_stages_follow_is_read_by_both_parts_alike(jotted: str, follow: bool) -> None:
    assert more_follow(jotted) is follow


def test_the_reading_says_where_it_ends_so_the_final_round_can_be_read_after_it() -> None:
    found = counted("2-stage process, final w/ the ops director")
    assert found is not None
    assert found[0].ahead is False and found[0].count == "two"
    assert covered(["2-stage process, final w/ the ops director"]) == (
        "the two-stage process, with a final round with the operations director"
    )
