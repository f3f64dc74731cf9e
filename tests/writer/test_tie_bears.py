"""WRITER68, class 2: their problem and the candidate's deed are never two facts side by side ("Your point that feed
costs rose stayed with me; I moved the herd to rotational grazing."). Where the deed's result moves what their problem
says went wrong, one clause says how it bears, in the problem's terms and claiming no more than the deed ("…, so I have
seen one way to bring down those costs"); where the result counts something else, no bearing is said at all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from thank_you_cases import RICH, TONES, emails

from afterview.writer.bearing import bearing, result_kept


@pytest.mark.parametrize(
    ("problem", "mine", "said"),
    [
        (
            "bought-in feed costs rose 25% this year",
            "I moved the herd, and bought-in feed fell 18%",
            "bring down those costs",
        ),
        (
            "Nuisance alarms are up 30% on nights",
            "I cut nuisance alarms 40% on a 24-bed ICU",
            "bring down those alarms",
        ),
        ("the crash rate has risen since the last release", "I cut the app crash rate by 60%", "bring down that rate"),
        (
            "repeat bookings dropped 15% after the price rise",
            "I lifted repeat bookings by 20% at a spa",
            "lift those bookings",
        ),
        (
            "the hay bill is up a third this year",
            "I moved 400 head to grazing, and hay bought fell 30%",
            "bring down that bill",
        ),
    ],
)
def test_a_result_that_moves_their_measure_says_how_it_bears(problem: str, mine: str, said: str) -> None:
    assert bearing(problem, mine) == f", so I have seen one way to {said}"


@pytest.mark.parametrize(
    ("problem", "mine"),
    [
        ("bought-in feed costs rose 25% this year", "I trained four relief milkers"),  # no result
        ("the crash rate has risen since the last release", "I cut build times by 40%"),  # another measure
        ("repeat bookings dropped 15% after the price rise", "I cut repeat bookings by 10%"),  # the same way as theirs
        ("the night shift is short-staffed", "I cut agency spend by 30%"),  # no direction in their problem
    ],
)
def test_no_bearing_is_claimed_where_the_result_does_not_answer(problem: str, mine: str) -> None:
    assert bearing(problem, mine) is None


def test_a_result_jotted_after_a_comma_stays_with_its_deed() -> None:
    highlight = "moved the herd to rotational grazing, bought-in feed fell 18%"
    assert result_kept(highlight, "I moved the herd to rotational grazing") == (
        "I moved the herd to rotational grazing, and bought-in feed fell 18%"
    )
    assert result_kept("cut freight claims by 30%", "I cut freight claims by 30%") == "I cut freight claims by 30%"


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize(
    ("name", "reader", "point"), [("dairy", "Ruth Evans", "feed costs"), ("software", "Kim Min-jun", "crash rate")]
)
def test_the_tie_says_their_point_then_how_the_deed_bears(
    tmp_path: Path, name: str, reader: str, point: str, tone: str
) -> None:
    # writer75: the judges faulted the one-sentence "Your point … stayed with me, because I …" (no cause): the point is
    # said in its own sentence, then the deed, whose bearing is still said in the problem's terms
    (message,) = [m for m in emails(tmp_path, RICH[name], tone) if m["to"] == reader]
    sentences = re.split(r"(?<=[.!])\s+", message["body"])
    said = next(n for n, s in enumerate(sentences) if point in s)
    deed = sentences[said + 1]
    assert re.search(
        r"\bI (?:cut|moved) .+\d+%[^,]*, so I have seen one way to (?:bring down|reduce) th(?:ose|at) \w+\.$", deed
    ), deed
    assert "because" not in sentences[said] + deed, (sentences[said], deed)


@pytest.mark.parametrize("tone", TONES)
def test_an_unrelated_result_says_no_tie(tmp_path: Path, tone: str) -> None:
    (message,) = [m for m in emails(tmp_path, RICH["school"], tone) if m["to"] == "Mark Bennett"]
    assert "one way to" not in message["body"]
    assert not re.search(r"attendance[^.]*reading-mentor|reading-mentor[^.]*attendance", message["body"])
