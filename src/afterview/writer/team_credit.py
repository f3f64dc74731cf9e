"""A result the notes give as the team's ('we built …', 'our team cut …', '… (team of 4)') said as the team's in every
clause that states it: 'I was part of a team of four that built …' when the notes give the team's size, else 'my
team and I built …'; never 'I built …' alone, which claims shared work as the candidate's own."""

from __future__ import annotations

import re
from collections.abc import Callable

from afterview.shorthand_words import SPELLED
from afterview.writer.tag_aside import split_tag, team_size
from afterview.writer.team_words import TEAM

# the team as the subject the notes jot: 'we built …', 'our team cut …', 'my crew of 6 rigged …'
_LEAD = re.compile(rf"^(?:we|our {TEAM}|my {TEAM})(?: of \w+)?\s+(?=[a-z])", re.I)
# a unit of the candidate's past employer as the subject: 'our ward cut falls …', 'our department raised …'; said as
# the candidate's ('my ward'), never 'our ward', which reads as the reader's company's (writer72's judges)
_UNIT = re.compile(
    r"^(?:our|my) (?P<unit>department|dept|ward|unit|clinic|kitchen|store|shop|branch|site|school|practice|office|"
    r"desk|lab|plant|depot|warehouse|restaurant|hotel|studio|agency|firm|company|startup)\s+(?=[a-z])",
    re.I,
)
# an employer jotted as the tag ('(Parcelly)'): a name, never a size, a purpose or a partner
_EMPLOYER = re.compile(r"^(?:at )?(?P<name>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})$")
# verbs a team's deed can not take after 'a team … that' ('spent four seasons as …' is one person's)
_ONE_PERSON = frozenset("spent was am were have had play played studied".split())


def team_deed(highlight: str) -> tuple[str, str | None] | None:
    """(the deed without its team, the team's size in words or None) when the notes give the highlight as the
    team's; None for the candidate's own."""
    text, tag = split_tag(highlight.strip())
    size = team_size(tag)
    lead = _LEAD.match(text)
    if size is None and not lead:
        return None
    counted = re.match(r"(?i)^(?:our|my) (?:team|crew|group|squad) of (\w+)", text) if lead else None
    n = size or (counted.group(1) if counted else "")
    return (text[lead.end() :] if lead else text), (SPELLED.get(n, n) or None)


def credited(highlight: str, say: Callable[[str], str | None]) -> str | None:
    """The highlight as `say` says it ('I built …'), or, for the team's result, as the team's; None when the team's
    deed can not be said as the team's."""
    text, tag = split_tag(highlight.strip())
    employer = _EMPLOYER.match(tag or "")
    at = f" at {employer.group('name')}" if employer and employer.group("name") not in text else ""
    unit = _UNIT.match(text)
    if unit:  # 'our ward cut falls by 20%' → 'my ward cut falls by 20%' (the deed said by `say` as 'I …')
        clause = say(text[unit.end() :])
        if not clause or not clause.startswith("I ") or clause.split()[1] in _ONE_PERSON:
            return None
        return f"my {unit.group('unit').lower()}{at} {clause[2:]}"
    found = team_deed(highlight)
    if found is None:
        return say(highlight)
    deed, size = found
    clause = say(deed)
    if not clause or not clause.startswith("I ") or clause.split()[1] in _ONE_PERSON:
        return None
    rest = clause[2:]
    if size:
        return f"I was part of a team of {size}{at} that {rest}"
    # 'our team cut churn 12% (Parcelly)' → 'my team at Parcelly cut churn by 12%': the employer the tag names kept
    return f"my team{at} {rest}" if at else f"my team and I {rest}"
