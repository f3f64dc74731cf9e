"""A label jotted with a dash instead of a colon: 'rapport - her dad fished there too', 'probs - the ovens',
'me - ran the night shift', 'todo - send refs'. Read as the same label with a colon, so the label word is a label
(it says where the line goes) and never part of what the line says."""

from __future__ import annotations

import functools
import re

from afterview.notes.markdown import labels

_DASHED = re.compile(r"^(?P<lead>\s*(?:[-*•]\s*)?)(?P<label>[A-Za-z][A-Za-z'’/ ]{0,24}?)\s+[-–—]+\s+(?P<rest>\S.*)$")
# the tags a paste reads that the notes' own tables do not list
_PASTE_TAGS = (
    "prob",
    "probs",
    "their probs",
    "main pain",
    "pain",
    "big issue",
    "todo",
    "to do",
    "to-do",
    "next step",
    "next steps",
    "next",
    "promise",
    "promised",
    "highlight",
    "note",
    "notes",
    "nb",
    "follow up",
    "follow ups",
    "in common",
    "both",
)


@functools.cache
def _tags() -> frozenset[str]:
    words = {*labels.PERSON, *labels.INTERVIEW, *labels.ME, *labels.SECTIONS}
    return frozenset(words | {labels.norm(w) for w in _PASTE_TAGS})


def colon_labels(text: str) -> str:
    """The text with each line led by a known label and a dash ('rapport - …') led by that label and a colon."""
    out: list[str] = []
    for line in text.splitlines():
        found = _DASHED.match(line)
        if found and labels.norm(found.group("label")) in _tags():
            line = f"{found.group('lead')}{found.group('label')}: {found.group('rest')}"
        out.append(line)
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
