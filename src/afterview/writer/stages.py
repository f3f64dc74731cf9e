"""The stages of a hiring process as notes jot them ('the 2-stage process', '3 stage interview', '2 more rounds',
'next two stages', 'two further interviews', 'more rounds to come'), read once for every part of the writer that
names them: a recruiter's thank-you says what they walked the candidate through (writer/process_covered.py); a
status check asks about the next stage instead of "the decision" (writer/next_step.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterview.shorthand_words import SPELLED

_UNITS = {"stage": "stages", "round": "rounds", "step": "steps", "interview": "interviews"}
_COUNTED = re.compile(
    r"\b(?:(?P<next>next|remaining)\s+)?(?P<n>\d|one|two|three|four)[- ]"
    r"(?:(?P<more>more|further|other)\s+)?(?P<unit>stage|round|step|interview)s?\b"
    r"(?P<process>\s+(?:process|interview))?",
    re.I,
)
# 'more rounds to come', 'further stages': stages still ahead, not counted
_UNCOUNTED = re.compile(r"\b(?:more|further)\s+(?:stages?|rounds?)\b", re.I)
# 'this was the final round', 'no further stages': the interview just held was the last
_THIS_WAS_LAST = re.compile(r"\b(?:this|today)\b.{0,20}\b(?:final|last)\b|\bno (?:more|further)\b", re.I)


@dataclass(frozen=True)
class Stages:
    """A counted reading: how many, of what, and whether they are still ahead ('2 more', 'the next two') or the
    shape of the whole process ('the 2-stage process')."""

    count: str  # spelled, lower case: 'two'
    unit: str  # singular: 'stage', 'round', 'step', 'interview'
    ahead: bool
    process: bool  # said as a process ('the 2-stage process', '3 stage interview'), not a bare count ('3 rounds')

    def said(self) -> str | None:
        """'the next two stages', 'the next round', 'the two-stage process'; None for what reads as no process (a
        bare '2 interviews' the candidate may already have had, a 'one-stage process')."""
        if self.ahead:
            return f"the next {self.unit}" if self.count == "one" else f"the next {self.count} {_UNITS[self.unit]}"
        if self.unit == "interview" or self.count == "one":
            return None
        return f"the {self.count}-{self.unit} process"


def counted(text: str) -> tuple[Stages, int] | None:
    """The first counted stages in `text` and where the match ends; None when none are read. A bare count with no
    'more', 'next' or 'process' ('3 stages') is read as the whole process."""
    for found in _COUNTED.finditer(text):
        ahead = bool(found["next"] or found["more"])
        if found["unit"].lower() == "interview" and not (ahead or found["process"]):
            continue  # '2 interviews': perhaps the ones already held
        count = SPELLED.get(found["n"], found["n"]).lower()
        return Stages(count, found["unit"].lower(), ahead, bool(found["process"])), found.end()
    return None


def more_follow(text: str) -> bool:
    """Whether the item says stages follow the interview just held: stages still ahead or a multi-stage process,
    unless it also says this one was the last. A bare count ('the three rounds and the sea trial') may be the
    process already held, and says nothing follows."""
    if _THIS_WAS_LAST.search(text):
        return False
    reading = counted(text)
    stages = reading[0] if reading else None
    ahead = stages and (stages.ahead or (stages.process and stages.count != "one"))
    return bool(ahead or _UNCOUNTED.search(text))
