"""A topic that is the candidate's own, not the reader's (issue 17): 'my notice period (60 days)', 'notice period
(I have 1 month)', 'my portfolio'. A thank-you thanks a reader for what they did or said; "thank you for walking me
through the notice period" thanks them for the candidate's own term, and "your overview of my 3 month notice period"
reads as if they explained it. Such an item is no topic to thank for: the letter leaves it out."""

from __future__ import annotations

import re

# the candidate's own terms, whoever raised them: their notice, their current pay, their own availability
_OWN_TERM = re.compile(
    r"\bnotice period\b|\b(?:weeks?|months?|mo|days?)'? notice\b|\bnotice\s*(?:[-–:(]|\d)|"
    r"\bcurrent (?:salary|pay|employer|contract)\b",
    re.I,
)
# said as the candidate's: 'my …' first, or 'mine is …', 'I have …' in the item
_FIRST_PERSON = re.compile(r"^\s*my\b|\bmine\b|\bI (?:have|am|'m|can|could|need)\b", re.I)


def candidate_own(item: str) -> bool:
    """True for an item the candidate owns ('my notice period (1 month)', 'notice period 3 mo', 'my portfolio')."""
    return bool(_OWN_TERM.search(item) or _FIRST_PERSON.search(item))


_NOTICE = re.compile(r"\bnotice(?:\s+period)?\b", re.I)
_SPAN = r"(?P<n>\d+|one|two|three|four|six|twelve)\s*-?\s*(?P<unit>mo|mos|months?|wks?|weeks?|days?|terms?)\b"
# the candidate's side where both are jotted ('theirs ideally 30 days, mine is 1 month'), else the first span
_MINE_SPAN = re.compile(r"\b(?:mine is|I have|I'm on|my notice(?: period)? is)\s+" + _SPAN, re.I)
_ANY_SPAN = re.compile(_SPAN, re.I)
_UNITS = {"mo": "month", "mos": "month", "wk": "week", "wks": "week"}


def notice_length(topics: list[str]) -> str | None:
    """The candidate's notice period jotted among `topics`, as its length ('3 months'); None when none is jotted or
    two lengths leave whose each is unknown."""
    for item in topics:
        if not _NOTICE.search(item):
            continue
        spans = list(_ANY_SPAN.finditer(item))  # two lengths with no 'mine' said: whose each is stays unknown
        span = _MINE_SPAN.search(item) or (spans[0] if len(spans) == 1 else None)
        if not span:
            continue
        unit = _UNITS.get(span["unit"].lower(), span["unit"].lower().rstrip("s"))
        return f"{span['n']} {unit}{'' if span['n'].lower() in ('1', 'one') else 's'}"
    return None


def confirmed_notice(topics: list[str], formal: bool) -> str:
    """The candidate's notice period, jotted among a reader's topics with its length, confirmed as theirs ('As we
    discussed, my notice period is 3 months.'): a fact of the candidate's, never thanks. '' when none is jotted."""
    length = notice_length(topics)
    return f"{'As discussed' if formal else 'As we discussed'}, my notice period is {length}." if length else ""


# a part of the interview where the candidate did the work, labelled as such ('trial: laminated the dough', 'trial
# shift - ran the pass', 'practical: wired a consumer unit', 'case exercise: …')
_TRIAL_LABEL = re.compile(
    r"^\s*(?:(?:my|the|a|an)\s+)?(?:[a-z-]+\s+)?(?:trial|trial (?:shift|bake|day|run|service|lesson|class)|"
    r"practical|practical test|skills test|bench test|test bake|test cook|work trial|test task|exercise|case exercise|"
    r"demo lesson|teaching demo|mock lesson)\s*(?::|-|–|—)\s*\S",
    re.I,
)
# the candidate as the one who did it ('I presented the Q3 plan', 'she watched me plate the tasting menu', 'had me
# strip a carburettor'): the candidate's deed, which no one told them about
_I_DID = re.compile(
    r"^\s*I\s+(?:[a-z]+ed|made|ran|did|gave|showed|taught|built|wrote|led|drove|cut|took|sold|brought|baked|sang|"
    r"drew|fixed|set up|put)\b",
    re.I,
)
_WATCHED_ME = re.compile(
    r"^\s*(?:she|he|they|[A-Z][a-z]+)\s+(?:watched|observed|timed|tasted|checked|assessed|marked|filmed) (?:me|my)\b"
)
_BRACKETS = re.compile(r"\s*\([^)]*\)")


def candidate_did(item: str) -> bool:
    """True for an item where the candidate did the work: a trial, a task or an exercise ('trial: laminated the
    croissant dough, she checked the layers'), 'I presented …', 'she watched me …'. It is the candidate's, never a
    thing the reader told or walked them through ("all you told me about laminating the croissant dough" reads the
    trial backwards): a thank-you leaves it out of their topics. A trial named as a topic of theirs ('the 2-month trial
    period', 'the vacuum infusion trial on the hull') is no such item."""
    text = _BRACKETS.sub("", item)
    return bool(_TRIAL_LABEL.match(text) or _I_DID.match(text) or _WATCHED_ME.match(text))
