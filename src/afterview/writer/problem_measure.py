"""What a problem stated as a measure measures: the words before its number ('energy costs up ~40% in 2 yrs, mostly
the dye boilers' → 'energy costs'; 'queue >90 min on weekends' → 'queue'), so a result relates to it through that
measure, never through a word of its aside."""

from __future__ import annotations

import re

# the first number of the problem, with what leads it in ('up ~', 'at about ', '>')
_NUMBER = re.compile(
    r"\s*(?:\b(?:is|are|at|up|down|over|under|about|around|nearly|roughly|almost|past|above|below|runs?|sits?)\s+)*"
    r"[~<>≈]?\s*[$£€]?\d"
)
_LEAD = re.compile(r"^(?:their|our|the|her|his|its)\s+", re.I)


def problem_measure(problem: str) -> str | None:
    """The measure a problem names before its number; None when it gives no number, opens with one ('~1 in 4 of
    their older boreholes …': the thing follows it), or names it by fewer than one word of its own."""
    found = _NUMBER.search(problem)
    if not found or found.start() == 0:
        return None
    before = _LEAD.sub("", problem[: found.start()].strip(" ,;:-"))
    if "," in before or " - " in before or len(before.split()) > 6:  # a clause or list before it: not a measure name
        return None
    return before or None
