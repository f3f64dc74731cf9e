"""The job's own town, named where the candidate moves to or works: "ready to move to Kumamoto", "joining the quality
team in Chimbote", "a busy season for ship supply in Gdynia". Notes seldom write the town the interview was held in
(the timezone stands for it), yet the candidate knows it from the posting or the visit; a place said as the
destination of their move or the home of the team they would join is that town, not a name made up, unless it is a
city known to lie in another country than the interview's (then it is a swapped place)."""

from __future__ import annotations

import re

from afterview.guardrails.fact_world_places import country_of_city
from afterview.notes.model import Notes
from afterview.notes.timezones import zone_countries

# Where the candidate's own move goes: "I'm moving to X", "ready to move to X", "this move to X", "my relocation to
# X" ("the move to Prefect", "the warehouse move to X" are their moves, whose places the notes must hold).
_MOVE_TO = re.compile(
    r"\b(?:I|I'm|I\u2019m|am|I'd|I\u2019d|would|will|I'll|I\u2019ll|to|this|my|our|family|family's|we're|we are)\s+"
    r"(?:(?!(?:the|a|an)\b)[\w'\u2019]+\s+){0,2}?"
    r"(?:mov(?:e|es|ed|ing)|relocat(?:e|es|ed|ing|ion)|com(?:e|ing) (?:up|down|over|out)|settl(?:e|ed|ing))"
    r"(?: (?!to\b)[\w'-]+){0,3}? (?:to|in)\s+$",
    re.I,
)
# Where the team they would join or the work is: "the quality team in X", "ship supply in X", "based in X" ("an
# offer from a hospital in X" is another employer's, and "the new depot in X" a site of theirs the notes must hold).
_WORK_IN = re.compile(
    r"\b(?:the|your|this|our)\s+(?:[\w'-]+\s+){0,3}?(?:team|teams|crew|role|job|position|post|department)\s+in\s+$"
    r"|\b(?:season|supply|work|life|based|here|there)\s+in\s+$",
    re.I,
)


def _zone_countries(notes: Notes) -> set[str]:
    zones = [z for z in (notes.interview.timezone, *(i.timezone for i in notes.interviewers)) if z]
    return {zone_countries().get(z, ("", ""))[1].lower() for z in zones} - {""}


def job_place(low: str, text: str, start: int, end: int, notes: Notes) -> bool:
    """Whether the capitalised word text[start:end] ('kumamoto' in lower case) is one place name said as the
    destination of the candidate's move or the town of the team or work, and no known city of another country."""
    before = text[max(0, start - 60) : start]
    if not (_MOVE_TO.search(before) or _WORK_IN.search(before)):
        return False
    if re.match(r"\s+[A-Z]", text[end:]):
        return False  # one word only: "move to New Plymouth" names more than the town the check can place
    country = country_of_city(low)
    return country is None or country in _zone_countries(notes)
