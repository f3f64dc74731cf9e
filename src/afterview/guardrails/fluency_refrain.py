"""A three-word phrase said three times in one message: "the new pallet racking … The new pallet racking looks …
set up the new pallet racking", "the drone imagery pilot" three times in a status check.

The notes' own names may be said twice without a seam (fluency_repeats), and a two-word name three times when the
notes give it; a three-word phrase three times reads as a refrain, whoever named it first, where "it" or "there"
would do. The job's, the company's and the interviewers' titles are names the message may need as often as it
likes.
"""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.fluency_repeats import body_sentences, content_words, named_titles
from afterview.notes.model import Notes

_TIMES = 3
_RUNS = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


def _in_a_title(gram: tuple[str, ...], titles: frozenset[tuple[str, ...]]) -> bool:
    n = len(gram)
    return any(gram == t[i : i + n] for t in titles for i in range(len(t) - n + 1))


def phrase_thrice(draft: Draft, notes: Notes) -> list[Finding]:
    """The first three-word phrase said three times or more, flagged at its third time (a warning)."""
    pieces = body_sentences(draft.body)
    seen: dict[tuple[str, ...], list[int]] = {}
    for number, piece in enumerate(pieces):
        for run in _RUNS.split(piece.text):
            words = content_words(run)
            for i in range(len(words) - 2):
                seen.setdefault(tuple(words[i : i + 3]), []).append(number)
    titles = named_titles(notes)
    for gram, at in seen.items():
        if len(at) < _TIMES or any(w.isdigit() for w in gram) or _in_a_title(gram, titles):
            continue
        piece = pieces[at[_TIMES - 1]]
        return [
            Finding(
                "fluency",
                "warning",
                "repeated_phrase",
                f"'{' '.join(gram)}' comes up {len(at)} times in this message; after the first, 'it' or 'there'"
                " will do.",
                (piece.start, piece.end),
                "Name it once and refer back to it.",
            )
        ]
    return []
