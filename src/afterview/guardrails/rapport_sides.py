"""The parts of the rapport notes that are about the interviewer alone: "he sailed Folkboats as a boy", "both row
(she: Heidelberg)". Rapport is common ground, so the claims check reads it as the candidate's too; a part written
of him or her in the third person is theirs, and saying it back to them ("you sailed Folkboats as a boy") gives
the credit where the notes give it."""

from __future__ import annotations

import re

from afterview.guardrails.support import per_notes
from afterview.guardrails.text import content_stems
from afterview.notes.model import Notes

_PART = re.compile(r"[;,()]|\b(?:and|but|while|whereas)\b", re.I)
_THIRD = re.compile(r"^\s*(?:he|she|they|his|her|their|him)\b", re.I)


@per_notes
def their_rapport(notes: Notes) -> tuple[tuple[str, ...], ...]:
    """Content stems of each rapport part written about the interviewer in the third person (or by name)."""
    out = []
    for person in notes.interviewers:
        names = {w.lower() for w in person.name.split()} | {(person.first_name or "").lower()}
        for item in person.rapport:
            for part in _PART.split(item):
                first = re.match(r"\s*([\w'-]+)", part)
                if first and (_THIRD.match(part) or first.group(1).lower() in names - {""}):
                    stems = tuple(content_stems(part, generic=True))
                    if stems:
                        out.append(stems)
    return tuple(out)
