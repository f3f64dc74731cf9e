"""A count of things the sentence has just named: "ornithologists and operations share the channel, and I saw how the
two teams work side by side" counts the two groups named before it, not a figure from the notes (checks41). The
count must follow 'the', 'these', 'those' or 'both', and the same sentence must name that many things in one list
before it ("A and B" for two, "A, B and C" for three). A count of something the notes count otherwise stays the
number checks' to flag."""

from __future__ import annotations

import re

from afterview.shorthand_words import NUMBER_WORDS

_DEFINITE = re.compile(r"\b(?:the|these|those|both)\s+\Z", re.I)
_SENTENCE_START = re.compile(r"[.!?](?:\s|\Z)|\n")
_ITEM = r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}"
_JOIN = r",?\s+(?:and|or|&)\s+"


def _listed(before: str, n: int) -> bool:
    """Whether `before` (one sentence) holds a list of `n` items joined by commas and a last 'and'."""
    if n < 2:
        return False
    commas = "".join(rf",\s+{_ITEM}" for _ in range(n - 2))
    return re.search(rf"\b{_ITEM}{commas}{_JOIN}{_ITEM}", before) is not None


def recounts_named(body: str, start: int, word: str) -> bool:
    """Whether the number word at `start` counts again the things its sentence has just listed (module doc)."""
    n = NUMBER_WORDS.get(word.lower())
    if n is None or not 2 <= n <= 5 or not _DEFINITE.search(body, max(0, start - 12), start):
        return False
    begin = max((m.end() for m in _SENTENCE_START.finditer(body, 0, start)), default=0)
    return _listed(body[begin:start], n)
