"""Find the notes item a user means by a few words ("the on-call problem", "marathon")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterview.notes.model import Interviewer, Notes

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_STOP = frozenset(
    (
        "a an and the of to in on for with about at by from that this it its our my your their we you i "
        "is was be are problem issue thing point part bit stuff item one"
    ).split()
)


@dataclass(frozen=True)
class NotesItem:
    text: str
    where: str  # e.g. "Dana Lee's challenges", "your highlights"


def items_for(notes: Notes, person: Interviewer) -> list[NotesItem]:
    """Every item a message to `person` could mention, theirs first."""
    out = [NotesItem(t, f"{person.name}'s topics") for t in person.topics]
    out += [NotesItem(c, f"{person.name}'s challenges") for c in person.challenges]
    out += [NotesItem(r, f"common ground with {person.name}") for r in person.rapport]
    out += [NotesItem(h, "your highlights") for h in notes.candidate.highlights]
    out += [NotesItem(s, "your news since the interview") for s in notes.candidate.since_interview]
    out += [NotesItem(n, f"{notes.company.name} news") for n in notes.company.news]
    out += [NotesItem(r, "materials they asked for") for r in notes.requested]
    for other in notes.interviewers:
        if other.name != person.name:
            out += [NotesItem(t, f"{other.name}'s topics") for t in other.topics]
            out += [NotesItem(c, f"{other.name}'s challenges") for c in other.challenges]
    first: dict[str, NotesItem] = {}  # each text once, where it first appears
    for item in out:
        first.setdefault(item.text, item)
    return list(first.values())


def _stems(text: str) -> set[str]:
    words = (w for w in _WORD.findall(text.lower()) if w not in _STOP)
    return {re.sub(r"(?:ing|ed|es|s)$", "", w) if len(w) > 4 else w for w in words}


def match_item(query: str, items: list[NotesItem]) -> NotesItem | None:
    """The item sharing the most words with `query` (ties: the earlier, i.e. the recipient's own)."""
    wanted = _stems(query)
    lowered = query.lower().strip()
    best: tuple[float, int] = (0.0, -1)
    for n, item in enumerate(items):
        if lowered and lowered in item.text.lower():
            return item
        have = _stems(item.text)
        if not wanted or not have:
            continue
        score = len(wanted & have) / len(wanted)
        if score > best[0]:
            best = (score, n)
    return items[best[1]] if best[1] >= 0 and best[0] >= 0.5 else None
