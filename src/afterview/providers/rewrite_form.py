"""Which notes the template writer's draft pastes as they were jotted down, for the rewrite to write
out (issue 16): "model runs take overnight, can't rerun during renewal crunch", "hybrid: 3 days in
the Milwaukee office", "the Stage 4 package ~6 wks behind".

Told in general to fix such fragments, a small model copies them (measured: 33 of 47 template
sentences copied either way); pointed at the exact words, it has something it can act on. Only
notes items the draft carries word for word are listed, so the list adds nothing the draft does
not already say: it stays inside the data block like the draft.
"""

from __future__ import annotations

import re

from afterview.draft import DraftRequest

_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# What marks words as jotted rather than written: shorthand, symbols, a clause spliced on with a comma
# or a colon, a dash between two phrases.
_JOTTED = re.compile(
    r"[~≈→]|->|=>|\bw/|\bb/c\b|\d+/\d+|\b\d+(?:\.\d+)?\s*(?:wks?|yrs?|hrs?|mins?|mos|mths?|k)\b"
    r"|\b(?:wks|yrs|approx|mgr|mgmt|dept|thru|ppl|mtg|vs|govt|esp|asap)\b\.?"
    rf"|\b{_MONTH}\b(?!\s*\d)|\s[-–]\s|\w:\s|,\s*(?:can't|cannot|no|not|but|still|now|only)\b"
)
# In a notes item (not in a letter's own words): written from the candidate's notebook, about "them".
_NOTEBOOK = re.compile(r"\b(?:them|their|they'd|they're)\b", re.I)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
MAX_FRAGMENTS = 4


def jotted(text: str) -> bool:
    """Whether words read as jotted down (shorthand, symbols, a spliced clause)."""
    return _JOTTED.search(text) is not None


def pasted_fragments(request: DraftRequest, body: str) -> list[str]:
    """The sentences of `body` (the template writer's draft) that carry a note as it was jotted
    down, in order, at most four: a sentence with shorthand or a spliced clause, or with a notes
    item word for word that speaks of the reader's company as "them"."""
    notes, person = request.notes, request.planned.to
    items = [
        " ".join(item.split()).lower()
        for item in (
            *person.topics,
            *person.challenges,
            *person.rapport,
            *notes.candidate.highlights,
            *notes.candidate.since_interview,
            *notes.company.news,
            *notes.requested,
        )
    ]
    paragraphs = body.strip().split("\n\n")[1:-1]  # not the greeting, not the sign-off
    found: list[str] = []
    for paragraph in paragraphs:
        for m in _SENTENCE.finditer(paragraph):
            sentence = m.group().strip()
            low = sentence.lower()
            notebook = any(item in low and (jotted(item) or _NOTEBOOK.search(item)) for item in items)
            if sentence and (notebook or jotted(sentence)) and sentence not in found:
                found.append(sentence)
    return found[:MAX_FRAGMENTS]
