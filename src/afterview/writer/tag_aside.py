"""A tag jotted in brackets after a piece of work ('plate-waste study at 2 day-care centres (thesis)', 'payouts
ledger rebuild (team of 4)'): what the work was for, or who did it with the candidate. Said in words after the
work ('… for my thesis', '… as part of a team of 4'), or left out; never kept in its brackets, which read as notes
pasted into a letter."""

from __future__ import annotations

import re

_TAG = re.compile(r"\s*\((?P<tag>[^()]{1,40})\)\s*$")
# what a piece of work was done for: said 'for my …'
_PURPOSE = re.compile(
    r"^(?:(?:msc|ma|ba|bsc|meng|masters?|master's|honours|phd|final[- ]year|undergrad(?:uate)?)\s+)?"
    r"(?:thesis|dissertation|capstone|capstone project|coursework|fyp|final[- ]year project|research project|"
    r"project|placement|internship|practicum|co-?op|apprenticeship)$",
    re.I,
)
_SPELLED = {"fyp": "final-year project", "co-op": "co-op placement", "coop": "co-op placement"}
# the people the work was shared with: said as a part in a team, never as the candidate's alone
_TEAM = re.compile(
    r"^(?:(?:in |on |with )?(?:a )?(?:team|squad|crew|group) of (?P<n>\w+)|team effort|group project)$", re.I
)


def split_tag(item: str) -> tuple[str, str | None]:
    """'study at 2 day-care centres (thesis)' → ('study at 2 day-care centres', 'thesis'); an item without a
    closing bracketed tag → (item, None)."""
    found = _TAG.search(item)
    if not found or found.start() == 0:
        return item, None
    return item[: found.start()].rstrip(" ,;-"), found.group("tag").strip()


def tag_words(tag: str | None) -> str | None:
    """A tag said in words after the work: 'thesis' → 'for my thesis', 'team of 4' → 'as part of a team of 4';
    None for a tag with no sure reading (left out)."""
    if not tag:
        return None
    text = " ".join(tag.split())
    if _PURPOSE.match(text):
        return "for my " + _SPELLED.get(text.lower(), text)
    team = _TEAM.match(text)
    if team:
        return f"as part of a team of {team.group('n')}" if team.group("n") else "as part of a team"
    return None


def carries_credit(tag: str | None) -> bool:
    """Whether a tag says the work was shared ('team of 4', 'with Priya'): it may not be dropped silently."""
    return bool(tag and (_TEAM.match(" ".join(tag.split())) or re.match(r"(?i)^(?:with|w/)\s", tag)))


def team_size(tag: str | None) -> str | None:
    """'team of 4' → '4'; 'team effort' → '' (a team, its size not given); None for no team tag. A team among other
    tags counts too ('SMED project, team of 6' → '6'): the work was shared whatever else the bracket says."""
    for part in (tag or "").split(","):
        team = _TEAM.match(" ".join(part.split()))
        if team:
            return team.group("n") or ""
    return None
