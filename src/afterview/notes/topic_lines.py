"""Lines of pasted notes that are someone's topic though no tag says so: a remark quoted ('Rosa said "we're
growing faster than we can hire"', a quote on its own line), a next round ('2nd round w/ the ED next wk', 'final
round = meet the founder'), a question of yours and its answer ('asked abt ride-alongs -> yes, 2-3 a season').

Whose: the one named as saying it, else the hiring manager, else the only person met; no one's (left unread) when
there are several and none of those. Each topic is a span of its line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.notes.free_text import Line
from afterview.notes.importing import Fact

QUOTED = re.compile(  # 'Rosa said "…"', 'she said "…"', a quote on its own line
    r"^\s*(?:[-*•+]\s*)?(?:(?:(?P<who>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?|(?i:she|he|they))\s*"
    r"(?:said|says|mentioned|put it|told (?:me|us)|quote|:)\s*[:,-]?\s*)?"
    r"[\"“](?P<said>[^\"“”]{8,}?)[.!]?[\"”][\s.!]*$"
)
_ROUND = re.compile(
    r"^\s*(?:[-*•+]\s*)?(?P<said>(?:(?:next|then)\s*(?:steps?)?\s*[:=-]?\s*)?(?:2nd|second|3rd|third|final|last|next|"
    r"another|follow[- ]up)\s+(?:round|interview|stage|conversation|convo)\b.*?)[\s.!]*$",
    re.I,
)
# 'asked abt field ride-alongs -> yes, 2-3 per season': what you asked about, up to the answer
_I_ASKED = re.compile(
    r"^\s*(?:[-*•+]\s*)?(?:i\s+)?asked\s+(?:them\s+|him\s+|her\s+)?(?:abt|about)\s+(?P<said>[^>→]+?)\s*(?:->|→|$)", re.I
)


def the_hiring_manager(facts: list[Fact]) -> int | None:
    """The index of the one person read as the hiring manager; None when there is no one, or more than one."""
    said = {int(f.field[13:].split("]")[0]) for f in facts if f.field.endswith(".role") and f.value == "hiring_manager"}
    return said.pop() if len(said) == 1 else None


def _whose(who: str | None, names: Sequence[str], hiring: int | None) -> int | None:
    if who:
        said = [n for n, name in enumerate(names) if name.split()[0].casefold() == who.casefold()]
        return said[0] if len(said) == 1 else None
    if hiring is not None:
        return hiring
    return 0 if len(names) == 1 else None


def topic_in(text: str, names: Sequence[str], hiring: int | None, *, mine: bool = False) -> tuple[int, str] | None:
    """(whose, the topic) when the line is a quoted remark or a next round (`mine`: a line of your own, where 'asked
    abt …' is your question and what it was about a topic of the conversation), else None."""
    found = QUOTED.match(text)
    if found:
        whose = _whose(found.group("who"), names, hiring)
        return (whose, found.group("said").strip()) if whose is not None else None
    found = _ROUND.match(text) or (_I_ASKED.match(text) if mine else None)
    if found:
        whose = _whose(None, names, hiring)
        return (whose, found.group("said").strip(" ,.")) if whose is not None else None
    return None


def topic_lines(
    lines: list[Line], skip: set[int], told: list[str], names: Sequence[str], facts: list[Fact]
) -> tuple[list[Fact], set[int], list[str]]:
    """(the topics read, the numbers of the lines read, the clauses of `told` left) from the lines not in `skip`
    and the clauses a decision line goes on with (`told`: '…, 2nd round = meet the ED if advancing')."""
    boss = the_hiring_manager(facts)
    out: list[Fact] = []
    read: set[int] = set()
    for line in lines:
        said = topic_in(line.text, names, boss) if line.number not in skip else None
        if said is not None:
            out.append(Fact(f"interviewers[{said[0]}].topics", said[1], line.text))
            read.add(line.number)
    left = []
    for clause in told:
        said = topic_in(clause, names, boss)
        quote = next((line.text for line in lines if clause in line.text), None)
        if said is None or quote is None:
            left.append(clause)
            continue
        out.append(Fact(f"interviewers[{said[0]}].topics", said[1], quote))
    return out, read, left
