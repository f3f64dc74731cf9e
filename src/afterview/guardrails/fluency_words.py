"""One word of praise or emphasis said three times in one message ("valuable … valuable … valuable",
"truly … truly … truly"): the reader hears the filler, not the point."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import sentences
from afterview.notes.model import Notes

SAME_WORD_TIMES = 3
WINDOW = 3  # sentences
# Words that praise or intensify, distinct enough that the third one is heard. Subject matter ("cabinets") may come
# up often, and so may "really" and "very", which people say without hearing them.
FILLER = frozenset(
    """valuable invaluable great truly incredibly genuinely deeply greatly sincerely particularly especially
    excited exciting amazing wonderful fantastic insightful inspiring inspired passionate impressive impressed
    fascinating thrilled delighted grateful appreciative eager keen incredible remarkable outstanding excellent
    tremendous absolutely certainly definitely extremely highly""".split()
)


@per_notes
def _notes_words(notes: Notes) -> frozenset[str]:
    items = [*notes.candidate.highlights, *notes.candidate.since_interview, *notes.company.news]
    items += [x for i in notes.interviewers for x in (*i.topics, *i.challenges, *i.rapport)]
    return frozenset(w.lower() for item in items for w in re.findall(r"[A-Za-z]+", item))


def same_word(body: str, notes: Notes) -> list[Finding]:
    """Three times within three sentences in a row: close enough that the reader hears it (a word said at the start,
    the middle and the end of a note is a habit, not a stutter)."""
    counts: dict[str, list[tuple[int, tuple[int, int]]]] = {}
    for number, piece in enumerate(sentences(body)):
        for m in re.finditer(r"[A-Za-z]+", piece.text):
            low = m.group().lower()
            if low in FILLER and low not in _notes_words(notes):
                counts.setdefault(low, []).append((number, (piece.start + m.start(), piece.start + m.end())))
    for word, said in counts.items():
        at = [n for n, _ in said]
        if any(at[i + SAME_WORD_TIMES - 1] - at[i] < WINDOW for i in range(len(at) - SAME_WORD_TIMES + 1)):
            return [
                Finding(
                    "fluency",
                    "warning",
                    "repeated_word",
                    f"'{word}' comes up {len(at)} times in this message; once says it.",
                    said[-1][1],
                    "Keep the one that matters, and drop or vary the others.",
                )
            ]
    return []
