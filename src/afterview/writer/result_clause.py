"""A highlight jotted as a result without a verb of the candidate's, said as a sentence a letter can hold.

Notes give a result as a noun and its change: 'mis-picks 1.8% -> 0.5% at Cardinal', 'promoter programme in
420 outlets -> sell-out +18% in 6 months', 'capstone: etch uniformity DoE, nonuniformity 9% -> 4%'. The
writer cannot make these "I …" clauses (there is no verb to give the candidate), and left them out: the
highlight a hiring manager most needs to hear. Said as what changed, with where it happened ('In my time at
Cardinal, mis-picks went from 1.8% to 0.5%'), what the candidate did ('With a promoter programme in 420
outlets, sell-out rose 18% in six months') or the item's own label ('In my capstone, …'), it keeps the
notes' words and claims no cause the notes do not make.
"""

from __future__ import annotations

import re

from afterview.writer.gate import problem, reads_well
from afterview.writer.measure import spelled_spans
from afterview.writer.role_phrase import ROLE_OPENER
from afterview.writer.shapes import classify
from afterview.writer.shorthand import prose

_ASIDE = re.compile(r"\s*\([^()]*\)")
_LABEL = re.compile(r"^(?P<label>[a-z][\w -]{0,20}):\s+(?P<rest>.+)$", re.I)
_ROUGHLY = r"(?:about |nearly |around |over |under )?"
# a jotted arrow between a deed and its result, or a change's start and end (arrow_result.py, faithful.py)
ARROW = re.compile(r"\s*(?:->|→|=>)\s*")
# 'mis-picks from 1.8% to 0.5% at Cardinal': a measure and its change, then where (or when) it happened; a unit
# after each figure ('from about 24 minutes to about 15 minutes') is kept as written
_UNIT = r"(?: (?:seconds|minutes|hours|days|weeks|months|years|points))?"
_CHANGE = re.compile(
    rf"^(?P<np>[a-z][\w' -]*?) from (?P<x>{_ROUGHLY}\S+?)(?P<xu>{_UNIT}) to (?P<y>{_ROUGHLY}\S+)(?P<yu>{_UNIT})"
    r"(?P<rest>(?: (?:at|in|over|within) [^,;]+)?)(?P<after>(?: after (?:we|I) [^,;]+)?)$",
    re.I,
)
# 'sell-out +18% in 6 months', 'churn -20%', 'NPS up 12 points'
_MOVED = re.compile(
    r"^(?P<np>[a-z][\w' -]*?) (?P<sign>\+|-|up |down )(?P<n>\d[\d.,]*%?(?: points?| pts)?)"
    r"(?P<rest>(?: (?:in|over|within) [^,;]+)?)$",
    re.I,
)
_PLACE = re.compile(r" at (?P<place>[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*)*)$")
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|went|rose|fell|grew|I|we)\b")


def _change(part: str) -> str | None:
    found = _CHANGE.match(part)
    if found:
        x, y = found.group("x") + found.group("xu"), found.group("y") + found.group("yu")
        said = f"{found.group('np')} went from {x} to {y}{found.group('rest')}"
        return said + found.group(
            "after"
        )  # '… after we added retries': what the notes give as its cause, with its credit
    moved = _MOVED.match(part)
    if moved:
        verb = {"+": "went up", "-": "went down", "up ": "went up", "down ": "went down"}[moved.group("sign")]
        return f"{moved.group('np')} {verb} {moved.group('n')}{moved.group('rest')}"
    return None


def result_clause(item: str) -> str | None:
    """'each-pick zone mis-picks 1.8% -> 0.5% at Cardinal (…), held it 3 qtrs' → 'in my time at Cardinal,
    each-pick zone mis-picks went from 1.8% to 0.5%'; None when the item has no such result or already
    reads as the candidate's own clause."""
    text = prose(_ASIDE.sub("", item)).strip(" .")
    label = ""
    found = _LABEL.match(text)
    if found:
        label, text = found.group("label").lower(), found.group("rest")
    halves = ARROW.split(text, maxsplit=1)
    arrow = len(halves) == 2
    deed = halves[0] if arrow else ""
    parts = [halves[1].split(", ")[0]] if arrow else text.split(", ")
    for n, part in enumerate(parts):
        said = _change(part)
        if not said or _VERBISH.search(said.split(" went ")[0]):
            continue
        place = _PLACE.search(said)
        if place:
            said = said[: place.start()]
        core = spelled_spans(said)
        bare = problem(core, "clause") == "bare singular subject" or re.match(r"(?:average|mean|median) ", core)
        if bare and not re.match(r"(?i)(?:the|a|an|my|our) ", core):
            core = "our " + core  # 'fleet utilisation went …': a measure of the team the candidate was part of
        if not reads_well(core, "clause") or not reads_well(core.split(" went ")[0]):
            return None
        lead = (deed or (parts[0] if n and not arrow else "")).strip()
        if label and lead and reads_well(lead):
            return f"in my {label} on {_lowered(lead)}, {core}"
        if label:
            return f"in my {label}, {core}"
        if place:
            return f"in my time at {place.group('place')}, {core}"
        if lead and all(w[:1].isupper() or w in ("&", "and", "of") for w in lead.split()):
            return f"in my time at {lead}, {core}"  # 'Seorae Pickles, …': the employer, never 'with a seorae Pickles'
        if lead and ROLE_OPENER.match(lead):  # 'as base chief pilot at Fort Nelson, our reload turnaround went …'
            return f"{_lowered(lead)}, {core}"
        if lead and reads_well(lead) and classify(lead) == "noun" and not _VERBISH.search(lead):
            # the candidate's past, said as such: never 'With an oxy-fuel conversion of furnace 2, gas use …',
            # which reads as the hiring company's furnace
            return f"in a previous role, {core} with {_article(lead)}"
        if re.search(r" after (?:we|I) ", core):  # the candidate's past, with the deed and its credit the notes give
            return f"in a previous role, {core}"
        return None
    return None


def _lowered(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _article(phrase: str) -> str:
    first = phrase.split()[0].lower()
    if first in ("a", "an", "the", "my", "our"):
        return "the " + phrase.split(" ", 1)[1] if first == "our" else phrase
    return ("an " if first[:1] in "aeio" else "a ") + _lowered(phrase)
