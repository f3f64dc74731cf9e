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
# a number that counts: led in by a sign or a word of measure, or followed by its unit ('25 min', '9 wks', '18%'); never
# one that is part of a name ('line 3 is above target', 'District 3', 'Hwy 11 corridor', 'hulls 14 and 15')
_LED = re.compile(r"[~<>≈]|\b(?:is|are|at|up|down|over|under|about|around|nearly|roughly|almost|past|above|below)\s")
_UNIT = re.compile(
    r"^[\d.,]*\+?\s?(?:%|/|x\b|(?:s|mins?|minutes?|h|hrs?|hours?|days?|wks?|weeks?|mo|months?|yrs?|years?|[a-z]+/[a-z]+)\b)",
    re.I,
)
_NAMED_NUMBER = re.compile(r"\d")
_LEAD = re.compile(r"^(?:their|our|the|her|his|its)\s+", re.I)


def problem_measure(problem: str) -> str | None:
    """The measure a problem names before its number; None when it gives no number, opens with one ('~1 in 4 of
    their older boreholes …': the thing follows it), or names it by fewer than one word of its own."""
    named = measure_as_jotted(problem)
    return _LEAD.sub("", named) or None if named else None


def _quantity(problem: str, found: re.Match[str]) -> bool:
    """Whether the number `found` counts something (led in, or with its unit after it), not part of a name."""
    digits = problem[found.end() - 1 :]
    if re.match(r"^[\d.,]*\s?(?:am|pm)\b|^\d{1,2}:\d\d", digits, re.I):
        return False  # a time of day ('at 6am') counts nothing
    return bool(_LED.search(found.group()) or _UNIT.match(digits))


def measure_as_jotted(problem: str) -> str | None:
    """The measure's name as the notes put it, its owner kept ('their prep backlog'), for saying it back by name."""
    found = next((n for n in _NUMBER.finditer(problem) if _quantity(problem, n)), None)
    if not found or found.start() == 0:
        return None
    before = problem[: found.start()].strip(" ,;:-")
    if _NAMED_NUMBER.search(before):
        return None  # 'line 3', 'Stage 4': a number before it names a thing, and what follows is no measure of it
    if re.search(r"[,:;=(]| - |->", before) or len(_LEAD.sub("", before).split()) > 6:
        return None  # a clause, a list or a label before it: not a measure's name
    if not set(_LEAD.sub("", before).lower().split()) - _NO_MEASURE:
        return None  # 'only ~30% of output …': the measure follows the number
    return before or None


_NO_MEASURE = frozenset("only just still almost nearly about around roughly some over under up down now".split())
