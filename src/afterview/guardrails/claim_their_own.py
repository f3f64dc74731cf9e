"""A thing the notes give to its owner by a possessive ("his risograph zine", "her book on tidal power", "their new
app") said as the candidate's own ("my risograph zine"). The notes name whose it is; "my" takes it. Held back when
one of the candidate's own items names the same thing (both can have a zine)."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import finding
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import Piece, content_stems, stems_match
from afterview.notes.model import Notes

_OWNED = re.compile(
    r"\b(?:his|her|their)\s+(?P<thing>(?:[\w-]+\s+){0,3}?[\w-]+)\s*(?=$|[,;:.()]|\s(?:on|about|with|for|from|at|in|and)\b)",
    re.I,
)
_MY = re.compile(r"\bmy\s+(?P<thing>(?:[\w-]+\s+){0,3}[\w-]+)", re.I)


@per_notes
def _owned_things(notes: Notes) -> tuple[tuple[str, ...], ...]:
    """Content stems of each thing an interviewer's item gives to its owner, head noun last."""
    items = [x for i in notes.interviewers for x in (*i.topics, *i.challenges, *i.rapport)]
    out = []
    for item in items:
        for m in _OWNED.finditer(item):
            stems = tuple(content_stems(m.group("thing"), generic=True))
            if stems:
                out.append(stems)
    return tuple(out)


@per_notes
def _candidate_stems(notes: Notes) -> frozenset[str]:
    """Content stems of the candidate's own items (not rapport, which may be the interviewer's thing itself)."""
    c = notes.candidate
    return frozenset(content_stems(" ".join((*c.highlights, *c.since_interview)), generic=True))


def their_own_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    """'my' before a thing the notes give to an interviewer (at most one finding)."""
    things = _owned_things(notes)
    own = _candidate_stems(notes)
    if not things:
        return []
    for m in _MY.finditer(text):
        said = content_stems(m.group("thing"), generic=True)
        for thing in things:
            head = thing[-1]
            if not any(stems_match(head, s) for s in said):
                continue
            if len(thing) > 1 and not any(stems_match(t, s) for t in thing[:-1] for s in said):
                continue
            if any(stems_match(head, s) for s in own):
                continue  # the candidate has one too
            return [
                finding(
                    "misattributed_credit",
                    sentence,
                    m,
                    f"'{m.group().strip()}' calls yours what your notes give to the interviewer.",
                    "Say whose it is ('your zine'), as the notes do.",
                )
            ]
    return []
