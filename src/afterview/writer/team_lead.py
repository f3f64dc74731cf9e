"""A result jotted with its team first ('w/ a team of 3 -> build time 210 h -> 150 h by jigging …', 'team of 12 ->
rework 9% -> 4%'): the team is who did it, never what it is about. Read as the result with its team tag after it
('build time 210 h -> 150 h by jigging … (team of 3)'), so what it relates to is read from the result, and the
result is said as the team's (writer/team_credit.py) rather than not at all."""

from __future__ import annotations

import re

from afterview.shorthand_words import SPELLED
from afterview.writer.team_words import TEAM

_ARROW = r"\s*(?:->|→|=>)\s*"
# 'w/ a team of 3', 'with the volunteer crew of 5', 'w/ our hatchery team of 8', 'team of 12', 'w/ the maintenance team'
_LEAD = re.compile(
    r"^(?:(?:w/|with)\s+(?:a|the|my|our)\s+)?(?P<kind>(?:[a-z-]+\s+){0,2}?" + TEAM + ")"
    r"(?:\s+of\s+(?P<n>\d+|[a-z]+))?" + _ARROW + r"(?P<rest>.+)$",
    re.I,
)
_SIZES = frozenset(SPELLED.values()) - {"one"}


# 'w/ a team of 4 students, built a feeding log app -> …': the team, a comma, then the deed (a verb first)
_LEAD_DEED = re.compile(
    r"^(?:w/|with)\s+(?:a|the|my|our)\s+(?P<kind>(?:[a-z-]+\s+){0,2}?" + TEAM + ")"
    r"(?:\s+of\s+(?P<n>\d+|[a-z]+)(?:\s+[a-z]+)?)?\s*,\s*(?P<rest>[a-z][a-z-]*(?:ed|ung|ought|uilt|ew|an|ut|et|ent)\b.+)$",
    re.I,
)


def team_last(highlight: str) -> str:
    """'w/ a team of 2 -> proof rounds 4 -> 2 by a shared profile' → 'proof rounds 4 -> 2 by a shared profile (team
    of 2)'; 'w/ the volunteer crew of 5 -> forfeits 11 -> 3' → 'forfeits 11 -> 3 w/ the volunteer crew (team of 5)';
    'w/ the maintenance team -> energy bill down 22%' → 'energy bill down 22% w/ the maintenance team'; 'w/ a team of 4
    students, built a log app -> missed feeds 5 -> 1' → 'built a log app -> missed feeds 5 -> 1 (team of 4)'; any other
    item as it is."""
    found = _LEAD.match(highlight.strip()) or _LEAD_DEED.match(highlight.strip())
    if not found:
        return highlight
    rest, n, kind = found.group("rest").strip(), found.group("n"), " ".join(found.group("kind").lower().split())
    if rest.endswith(")") or (n and not n.isdigit() and n.lower() not in _SIZES):
        return highlight  # a tag of its own already, or 'team of engineers' (no size): left as jotted
    named = f" w/ the {kind}" if " " in kind else ""  # who they were ('the volunteer crew') is said with the result
    if not n:
        return f"{rest} w/ the {kind}"
    return f"{rest}{named} (team of {n})"


def teams_last(highlights: list[str]) -> list[str]:
    return [team_last(h) for h in highlights]
