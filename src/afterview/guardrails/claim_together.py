"""Work told as done together with the reader (a `claims` error): "the effluent pond monitoring we set up together",
"the schedule you and I drafted". An interview discusses work; it does not do it. Unless the candidate's own items
hold the thing, the joint deed is invented.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import covered, finding, key_stems
from afterview.guardrails.text import Piece
from afterview.notes.model import Notes

_DEEDS = (
    r"(?:set up|built|designed|did|ran|made|created|worked (?:on|out)|put together|started|planned|developed|tested"
    r"|wrote|drafted|mapped|sketched|launched|fixed|solved|rolled out|prototyped)"
)
_TOGETHER = re.compile(
    rf"\b(?:(?:the|that|this|our) (?P<a>(?:[\w'-]+ ){{0,5}}?[\w'-]+) (?:that |which )?)?(?:we|you and I|you and me)"
    rf" (?:\w+ )?{_DEEDS}(?P<b>(?: [\w'-]+){{0,5}}?)? (?:together|jointly|as a team)\b"
    rf"|\b(?:the|that|this|our) (?P<c>(?:[\w'-]+ ){{0,5}}?[\w'-]+) (?:that |which )?you and I (?:\w+ )?{_DEEDS}\b",
    re.I,
)


def together_in(sentence: Piece, text: str, notes: Notes, own: list[list[str]]) -> list[Finding]:
    m = _TOGETHER.search(text)
    if m is None:
        return []
    thing = " ".join(g for g in (m.group("a"), m.group("b"), m.group("c")) if g)
    wanted = key_stems(thing, notes)
    if not wanted or covered(wanted, own) >= 0.5:
        return []
    return [
        finding(
            "unsupported_claim",
            sentence,
            m,
            f"'{m.group().strip()[:80]}' tells work done together with them that your notes do not hold.",
            "Say what you discussed, not what you did together; claim only what your own items hold.",
        )
    ]
