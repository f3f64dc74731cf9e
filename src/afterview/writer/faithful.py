"""Whether a highlight said as a clause keeps what the notes give it: the end of a change whose start it says
("cut injury reports ~1 per 900 visits -> ~1 per 2,500" is never "I cut injury reports about 1 per 900 visits"),
and the team a result was won with ("… w/ the floor team" is never the candidate's alone). A clause that drops
either is no clause to send: the writer says something else."""

from __future__ import annotations

import itertools
import re

from afterview.writer.result_clause import ARROW
from afterview.writer.team_words import WORKED_WITH

# where a change's end stops: "~6% w/ a bundle-grading step (team of 4)" ends at "~6%"
_END = re.compile(r",|\(|\s(?:w/|with|by|for|at|in|across|over)\s", re.I)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WITH_TEAM = re.compile(
    r"(?:\bw/\s*|\bwith\s+)(?:the |my |a |our |\d+ |two |three |four |five |six )?(?:[\w-]+ ){0,2}?"
    + WORKED_WITH
    + r"\b",
    re.I,
)
_TEAM_SAID = re.compile(rf"\b(?:{WORKED_WITH}|we|together)\b", re.I)


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def keeps_the_notes(item: str, said: str) -> bool:
    """Whether `said`, a clause made from the highlight `item`, keeps each change's end and the team."""
    told = _numbers(said)
    parts = ARROW.split(item)
    for left, right in itertools.pairwise(parts):
        start, end = _numbers(left), _numbers(_END.split(right)[0])
        if start & told and end and not end <= told:
            return False
    return not (_WITH_TEAM.search(item) and said.startswith("I ") and not _TEAM_SAID.search(said))
