"""Why a status check to a recruiter asks about timing, where the notes give one (issue 17, item 4): the candidate's
own notice period, and the start the company hopes for. "Given my six-month notice period, it would help me to plan
towards the Q2 start" gives the recruiter a reason to answer; a bare "is there any news?" gives none. Only what the
notes say: no notice jotted, no sentence."""

from __future__ import annotations

import re

from afterview.notes.model import Interviewer, Notes
from afterview.shorthand_words import SPELLED
from afterview.vocabulary import Role
from afterview.writer.own_items import notice_length

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WHEN = rf"(?:Q[1-4]|H[12]|(?:early |mid-|late )?(?:{_MONTHS}|spring|summer|autumn|fall|winter|new year))"
# the start they would like, as the notes name it: 'they'd like a Q2 start', 'start in March', 'start by early June'
_START = re.compile(
    rf"\b(?P<a>{_WHEN}) start\b|(?<!could )(?<!can )(?<!able to )\bstart(?:ing)? (?:in|by|from) (?P<b>{_WHEN})\b",
    re.IGNORECASE,
)
# the candidate's own availability, jotted: 'could start in January', 'I can start after Easter', 'available from May'
_HOLIDAYS = "Easter|Christmas|the new year|half-term|the summer"
_MINE = re.compile(
    rf"\b(?:could|can|able to) start (?P<a>(?:in|from|after|by) (?:{_WHEN}|{_HOLIDAYS}))\b|"
    rf"\bavailable (?P<b>(?:from|after) (?:{_WHEN}|{_HOLIDAYS}))\b",
    re.IGNORECASE,
)


def _lower(found: re.Match[str]) -> str:
    return found[0].lower()


def _start(items: list[str]) -> str | None:
    for item in items:
        found = _START.search(item)
        if found:
            when = found["a"] or found["b"]
            return re.sub(r"(?i)\b(?:spring|summer|autumn|fall|winter|early|mid|late|new year)\b", _lower, when)
    return None


def notice_reason(person: Interviewer, notes: Notes, *, formal: bool) -> str:
    """The sentence after the ask, to a recruiter whose notes jot the candidate's notice period ('As my notice period
    is 6 months, knowing the timing would help me plan towards the Q2 start.'); '' to anyone else or when none is
    jotted. The reader's own items first, then the panel's: the notice is the candidate's, whoever heard it."""
    if person.role is not Role.recruiter:
        return ""
    mine = list(person.topics)
    everyone = mine + [t for p in notes.interviewers if p.name != person.name for t in p.topics]
    length = notice_length(mine) or notice_length(everyone)
    if not length:
        return _availability(mine, formal=formal)
    count, unit = length.split(" ", 1)
    length = f"{SPELLED.get(count, count)} {unit}"  # 'six months', as a person writes a small number
    start = _start(mine) or _start(everyone)
    towards = f" towards the {start} start" if start else " ahead" if formal else ""
    own = _MINE.search(" ; ".join(mine)) if not start else None
    if own:  # the notice and the start the candidate jotted, in one practical sentence
        when = own["a"] or own["b"]
        if formal:
            return f"As my notice period is {length} and I could start {when}, knowing the timing would help me plan."
        return f"My notice period is {length} and I could start {when}, so knowing the timing would help me plan."
    if formal:
        return f"As my notice period is {length}, knowing the timing would help me plan{towards}."
    return f"My notice period is {length}, so knowing the timing would help me plan{towards}."


def _availability(items: list[str], *, formal: bool) -> str:
    """The candidate's own start jotted with the reader ('could start in January'), said once as why the timing
    matters ('I could start in January, so knowing the timing would help me plan.'); '' when none is jotted."""
    for item in items:
        found = _MINE.search(item)
        if found:
            when = found["a"] or found["b"]
            if formal:
                return f"As I could start {when}, knowing the timing would help me plan."
            return f"I could start {when}, so knowing the timing would help me plan."
    return ""
