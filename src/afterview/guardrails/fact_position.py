"""The role's own name told as more than one role. A position named with a comma or a dash ("Process Engineer,
Board Machine", "Sous Chef - Pastry") is one job: its first part is the title, the rest says where or on what. A
letter that joins the parts with "and" ("the Process Engineer and Board Machine positions") tells the reader the
candidate applied for two jobs (a facts error)."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.notes.model import Notes

_PARTS = re.compile(r"\s*(?:,|\s[-\u2013\u2014]\s|/)\s*")


def _flexible(part: str) -> str:
    """A part of the name as a pattern that allows any spacing and a hyphen for a space."""
    return r"[\s-]+".join(re.escape(w) for w in part.split())


def split_position(body: str, notes: Notes) -> list[Finding]:
    """'the Process Engineer and Board Machine positions' where the notes give 'Process Engineer, Board Machine'."""
    parts = [p for p in _PARTS.split(notes.position.strip()) if p]
    if len(parts) < 2:
        return []
    found = []
    for i in range(len(parts) - 1):
        joined = re.compile(
            rf"\b{_flexible(parts[i])}(?:\s+(?:role|position|job|post|opening))?\s*,?\s+(?:and|&|or|as well as)\s+"
            rf"(?:(?:the|a|an)\s+)?{_flexible(parts[i + 1])}\b",
            re.I,
        )
        for m in joined.finditer(body):
            found.append(
                Finding(
                    "facts",
                    "error",
                    "split_position",
                    f"'{m.group()}' tells one position as two: your notes name one role, '{notes.position}'.",
                    m.span(),
                    notes.position,
                )
            )
    return found
