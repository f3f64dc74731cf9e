"""Acclaim added to the candidate's own work (checks43): "passed its final assessment with distinction, placing first
in a cohort of twenty-five", "the highest score in my cohort", "my talk won the audience prize", "the most-attended
session of the day", "a process I pioneered in Scotland". A distinction, a rank, a prize or a first is a claim of its
own: one of the candidate's own items must give it."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import finding
from afterview.guardrails.text import Piece

_ACCLAIM = re.compile(
    r"\bwith (?:distinction|honou?rs|merit|full marks)\b"
    # ("the best results come when teams trust each other" is an opinion, no result of the writer's)
    r"|\b(?:the )?(?:highest|top|best) (?:score|mark|grade)s?\b"
    r"|\btop (?:of|in) (?:the|my|our) (?:class|cohort|year|group|intake)\b"
    r"|\b(?:placing|placed|ranked|ranking|came|finished|coming|finishing) (?:first|second|third|top|joint first)\b"
    r"|\b(?:the )?most[- ](?:attended|viewed|watched|popular|downloaded|read|shared|cited)\b"
    r"|\b(?:won|winning|received|awarded|earned|took|took home|picked up) (?:the|an?|this year's|first) "
    r"(?:[\w-]+ ){0,3}?(?:prize|award|medal|trophy|prize|honou?r)\b"
    r"|\bbest (?:talk|paper|poster|presentation|speaker|pitch|entry|project)\b"
    r"|\b(?:pioneered|pioneering)\b"
    r"|\bthe first (?:[\w-]+ ){0,4}?(?:in|of its kind in) (?:the country|the region|the world|[A-Z][\w-]+)\b",
)
_MINE = re.compile(r"\b(?:I|I've|I'd|I'm|[Mm]y|me|mine)\b")
# Their news retold: "I loved hearing that the plant was the first in France".
_REPORTED = re.compile(
    r"\b(?:hear|heard|hearing|read|reading|learn|learned|learnt|learning|saw|see|seeing|noticed|know|knew|told"
    r"|congratulations|congrats)\b",
    re.I,
)
_THEIRS = re.compile(r"\b(?:you|your|their|its|the company's)\b", re.I)
_WORD = re.compile(
    r"distinction|honou?r|merit|marks|highest|top|best|first|second|third|most|prize|award|medal"
    r"|trophy|pioneer",
    re.I,
)


def acclaim_in(sentence: Piece, text: str, own_texts: tuple[str, ...]) -> list[Finding]:
    if not _MINE.search(text):
        return []
    for m in _ACCLAIM.finditer(text):
        start = max((b.end() for b in re.finditer(r"[;:.!?\u2014]", text[: m.start()])), default=0)
        clause = text[start : m.end()]
        if (_THEIRS.search(clause) and not _MINE.search(clause)) or _REPORTED.search(clause):
            continue  # "congratulations on your award", "I read that the plant was the first in France": theirs
        word = _WORD.search(m.group())
        said = (word.group() if word else m.group()).lower()[:5]
        if any(said in t.lower() for t in own_texts):
            continue  # the notes give it: "passed with distinction" in since_interview
        return [
            finding(
                "unsupported_claim",
                sentence,
                m,
                f"'{m.group().strip()}' adds a distinction to your work that your notes do not give.",
                "Keep to what your notes say of it; leave out ranks, prizes and firsts they do not record.",
            )
        ]
    return []
