"""A detail of the notes given to another owner: "the regional government's plan to integrate fares" where the
notes say "the city council's fare integration". The detail is named, so the sentence looks supported; its owner,
said with a possessive, is not the one the notes give (a `facts` error)."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.notes_forms import clipped_forms
from afterview.guardrails.support import notes_texts, per_notes
from afterview.guardrails.text import content_stems
from afterview.notes.model import Notes

# "the city council's fare integration", "the port authority's new berth plan": an owner and what it owns
_OWNED = re.compile(r"\bthe (?P<owner>(?:[a-z][\w-]+ ){0,2}[a-z][\w-]+)['\u2019]s (?P<rest>[^,;:.!?()\n]{3,80})", re.I)
_CLAUSE = re.compile(r"[,;:.!?()\n]")
# owners too vague to tell apart, or the candidate and the reader
_VAGUE = frozenset(content_stems("company team firm group business year week month day today people one other"))


@per_notes
def _owned(notes: Notes) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    """Each possessive the notes write: the owner's stems, the stems of what it owns, and the owner as written."""
    out = []
    for text in notes_texts(notes):
        for m in _OWNED.finditer(text):
            owner = frozenset(content_stems(m.group("owner"), generic=True)) - _VAGUE
            owns = frozenset(content_stems(m.group("rest"), generic=True))
            if owner and len(owns) >= 2:
                out.append((owner, owns, m.group("owner")))
    return tuple(out)


def _shared(a: set[str] | frozenset[str], b: frozenset[str]) -> int:
    """How many stems of `a` one of `b` matches, a word's forms alike ('integrat', 'integration')."""
    return sum(1 for x in a if any(x == y or (min(len(x), len(y)) >= 5 and x[:5] == y[:5]) for y in b))


def _clipped(said: str, owner: frozenset[str]) -> bool:
    """'the university's' for the notes' 'the uni's': the owner the notes clip, said in full."""
    return any(c in owner for word in said.split() for c in clipped_forms(word))


def swapped_owners(body: str, notes: Notes) -> list[Finding]:
    owned = _owned(notes)
    if not owned:
        return []
    found = []
    for m in _OWNED.finditer(body):
        said = frozenset(content_stems(m.group("owner"), generic=True)) - _VAGUE
        if not said:
            continue
        end = _CLAUSE.search(m.group("rest"))
        owns = set(content_stems(m.group("rest")[: end.start() if end else None], generic=True))
        for owner, theirs, written in owned:
            if _shared(owns, theirs) >= 2 and not _shared(said, owner) and not _clipped(m.group("owner"), owner):
                found.append(
                    Finding(
                        "facts",
                        "error",
                        "swapped_owner",
                        f"'{m.group('owner')}' is not whose it is: your notes give it to the {written}.",
                        m.span("owner"),
                        written,
                    )
                )
                break
    return found
