"""A thing named in the draft, then called a mainstay of the candidate's career: "your experience in succession
planning, which has been a key aspect of my career". The relative clause turns the reader's words (or anything else
the sentence names) into the candidate's own experience; it is a claim only the candidate's own items can back.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import covered, finding, key_stems
from afterview.guardrails.text import Piece
from afterview.notes.model import Notes

_FOCUS = re.compile(
    r",\s+(?:which|something that|an area that|a (?:field|subject|topic) that)\s+(?:has (?:also |always )?been|is|was"
    r"|remains|has remained)\s+(?:a|an|the)\s+(?:(?:key|big|major|central|core|main|important|recurring|constant"
    r"|defining|large|real|significant)\s+)?(?:aspect|part|focus|theme|feature|pillar|thread|cornerstone|area|strand)"
    r"\s+of\s+my\s+(?:own\s+)?(?:career|work|experience|professional life|working life|background|roles?)\b",
    re.I,
)
# Where the thing named begins: after the last word that introduces it ("your experience in", "about", "on").
_INTRO = re.compile(r"\b(?:in|with|on|about|of|for|around|into)\s+", re.I)


def career_focus_in(sentence: Piece, text: str, notes: Notes, own: list[list[str]]) -> list[Finding]:
    m = _FOCUS.search(text)
    if m is None:
        return []
    head = re.split(r"[,;:]", text[: m.start()])[-1]
    intro = list(_INTRO.finditer(head))
    thing = head[intro[-1].end() :] if intro else head
    wanted = key_stems(thing, notes)
    if not wanted or covered(wanted, own) >= 0.5:
        return []  # "night-shift dispatch, which has been a key part of my career" where her highlights say so
    return [
        finding(
            "unsupported_claim",
            sentence,
            m,
            f"'{thing.strip()[:60]}{m.group()[:50]}' makes it your own experience; your highlights and "
            "since_interview do not hold it.",
            "Say what you did that is related, as the notes put it, and how it would help here.",
        )
    ]
