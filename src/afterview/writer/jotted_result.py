"""A result jotted with its credit first or its means in brackets ('w/ a team of 5, re-dye rate ~9% -> ~3% (moved
approvals to lab dips)'), regrouped into the order the result adapters read ('re-dye rate ~9% -> ~3% w/ a team of
5'): the credit kept, the bracketed means left out (one point, said once; never a credit, which tag_aside keeps)."""

from __future__ import annotations

import re

from afterview.writer.lemma import lemmas
from afterview.writer.tag_aside import carries_credit, split_tag

# the people first, then the change: 'w/ the M&E team, functioning boreholes ~62% -> ~88%'
_CREDIT_FIRST = re.compile(r"^(?P<who>(?:w/|with)\s+(?:my|the|our|a|an|\w+)\b[^,;]{0,40}?),\s*(?P<rest>.+)$", re.I)
_ARROW = re.compile(r"->|→|=>")
_NUMBER = re.compile(r"\d")
# the means jotted in closing brackets, of any length ('(moved colour approvals to spectrophotometer lab dips)')
_MEANS = re.compile(r"\s*\((?P<means>[^()]+)\)\s*$")


def regrouped(highlight: str) -> str | None:
    """The highlight in the order its change reads ('<measure> <from> -> <to> w/ <who>'); None when it is already in
    that order, holds no change in numbers, or its bracket says who shared the work (that credit is never dropped)."""
    text = " ".join(highlight.split())
    if not _ARROW.search(text) or not _NUMBER.search(text.split("->")[-1]):
        return None
    body, tag = split_tag(text)
    if tag and carries_credit(tag):
        return None
    means = _MEANS.search(body)
    if means and means.start() > 0:
        body = body[: means.start()].rstrip(" ,;-")
    credit = _CREDIT_FIRST.match(body) or _credit_then_deed(body)
    own_team = credit and _credit_then_deed(body) and re.match(r"(?i)^(?:w/|with)\s+(?:my|our)\s", credit.group("who"))
    if credit and own_team:  # 'w/ my team cut …': the candidate's own team did it, 'we cut …' (team_credit says it)
        body = f"we {credit.group('rest').rstrip(' ,;')}"
    elif credit:
        body = f"{credit.group('rest').rstrip(' ,;')} {credit.group('who')}"
    return body if body != text else None


# the people, then the deed with no comma between: 'w/ the survey team moved to multibeam surveys -> …'
_WHO_THEN_DEED = re.compile(
    r"^(?P<who>(?:w/|with)\s+(?:my|the|our|a|an)\s+(?:[\w&-]+\s+){0,3}?(?:team|crew|tech|techs|leads?|staff|"
    r"engineers?|nurses?|chefs?|group|squad|colleagues?|partner|coordinators?)(?:\s+of\s+\w+)?)\s+"
    r"(?P<rest>(?:[a-z]+ed|cut|set|built|kept|led|ran|grew|made|wrote|won|put|brought|took|taught|sold|began)\b.+)$",
    re.I,
)


def _credit_then_deed(body: str) -> re.Match[str] | None:
    """'w/ my team cut gold loss …': the credit, then a deed in the past (the tagger's reading of its first word)."""
    found = _WHO_THEN_DEED.match(body)
    first = found.group("rest").split()[0].lower() if found else ""
    return found if found and "VERB" in lemmas(first) else None


def credit_last(highlight: str) -> str | None:
    """'w/ the kiln team cut gas per m2 ~12% by …' (no arrow) → 'cut gas per m2 ~12% by … w/ the kiln team': the deed
    first, as a clause reads it, the credit kept; None for any other shape."""
    text = " ".join(highlight.split())
    found = _credit_then_deed(text) if not _ARROW.search(text) else None
    return f"{found.group('rest')} {found.group('who')}" if found else None


# the credit at the end of a result, in the order `regrouped` gives it: 'w/ the shift leads', 'with a team of 4'
_CREDIT_LAST = re.compile(r"\s+(?:w/|with)\s+(?:my|the|our|a|an)\b[^,;()]{0,40}$", re.I)


def work_part(highlight: str) -> str:
    """The highlight without whom it was done with, for judging what it is about: 'w/ the shift leads, Sat check-in
    wait ~25 min -> ~10 min' is about the check-in wait, never about shifts."""
    text = regrouped(highlight) or " ".join(highlight.split())
    credit = _CREDIT_FIRST.match(text)
    text = credit.group("rest") if credit else text
    return _CREDIT_LAST.sub("", text)
