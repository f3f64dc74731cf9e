"""A weekday or a month the candidate says of their own life or plans, which the notes never date.

- their own term: "my contract ends in January", "my lease runs out in March";
- their own start, said with a modal in the first person: "I can start in January", "I'm ready to start Monday"
  (a plan for their work, "I could help with racking in September", still dates their work and is checked);
- their own act since the interview: "I sent the sample report on Friday".

A date of something the notes date is still checked: what they said ("you mentioned a decision by Friday"), their
news ("the store opened in March"), the interview ("thanks for Thursday"), and a plan claimed as agreed with them
("I can still start in July, as we discussed").
"""

from __future__ import annotations

import re

_MY_TERM = re.compile(
    r"\bmy (?:[\w-]+ ){0,2}?(?:contract|lease|notice(?: period)?|visa|course|degree|programme|program|studies"
    r"|internship|placement|job|role|tenancy|permit|secondment|assignment|semester|term) (?:\w+ )?(?:ends?|ending"
    r"|finishes|runs out|expires?|is up|starts?|begins?)\s+(?:in|on|at the end of|by|around)?\s*(?:early |mid-?"
    r"|late |the end of )?$",
    re.I,
)
# "I can start", "I'm ready to start", "I could begin": the candidate's own start, with no one else named between it and
# the date (helping with their work in a month, "I could help with racking in September", dates their work: checked).
_I_PLAN = re.compile(
    r"\bI(?:'d|\u2019d|'ll|\u2019ll| would| could| can| will|'m ready to|\u2019m ready to| am ready to|'m able to"
    r"|\u2019m able to| am able to)(?: \w+){0,2}? (?:start|begin|join|commence)(?! with)\b"
    r"(?:(?!\b(?:you|your|we|our|us|they|their|team|decision|decide|decided|hear)\b)[^.!?;\n]){0,40}$",
    re.I,
)
_AGREED_AFTER = re.compile(
    r"^[^.!?\n]*\bas (?:we|you|they|the team) (?:discussed|agreed|mentioned|said|suggested|proposed|asked)\b"
    r"|^[^.!?\n]*\bas (?:discussed|agreed)\b",
    re.I,
)
_OWN_ACT = re.compile(
    r"\bI(?:'ve|\u2019ve| have)? (?:\w+ )?(?:sent|send|emailed|e-mailed|submitted|shared|uploaded|posted|mailed"
    r"|forwarded|completed|finished|passed|returned|delivered|filed)\b[^.!?]{0,80}\b(?:on|by)\s+(?:the\s+)?(?:last\s+)?$",
    re.I,
)


def own_time(body: str, start: int, end: int) -> bool:
    """Whether the weekday or month at body[start:end] dates the candidate's own term, plan or act."""
    before = body[max(0, start - 120) : start]
    if _MY_TERM.search(before) or _OWN_ACT.search(before):
        return True
    return _I_PLAN.search(before) is not None and _AGREED_AFTER.match(body[end:]) is None
