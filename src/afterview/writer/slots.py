"""Which phrasing each slot of a template uses: seeded by the notes' content, stepped by the recipient's
place in the run, so two notes files and two recipients read differently, and the same input the same."""

from __future__ import annotations

import hashlib

from afterview.notes.model import Notes
from afterview.vocabulary import Kind

VARIANTS = 3


def _seed(notes: Notes, kind: Kind) -> int:
    """A number from the notes' content: two notes files start from different phrasings."""
    text = "|".join(
        [notes.company.name, notes.position, notes.candidate.name, kind.value]
        + [i.name + ":" + ";".join(i.topics) for i in notes.interviewers]
    )
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big")


SLOTS = ("subject", "open", "topic", "challenge", "tie", "value", "close", "pad", "sign", "rapport", "ask", "news")


def slots(seed: int, index: int) -> dict[str, int]:
    """Which phrasing each slot uses: seeded by the notes, stepped by the recipient's place, so
    neighbours in one run get different sentences and two notes files different ones again."""
    out = {}
    for slot in SLOTS:
        base = int.from_bytes(hashlib.sha256(f"{seed}:{slot}".encode()).digest()[:2], "big")
        out[slot] = base + index
    return out


def phrasings(variant: int, round_: int) -> dict[str, int]:
    """Kept for callers that pick phrasings by position alone."""
    return {slot: (variant + round_ * (1 + n % 2)) % VARIANTS for n, slot in enumerate(SLOTS)}
