"""A verdict word that is part of the notes' own term for a thing ("broken-grain ratio" in a highlight, "years out of
date" in a challenge): said back with the word beside it, it names the thing as the notes do and judges no one.

The match must sit in the notes with a neighbouring word of the draft (the one before or after it), and the sentence
must name the same thing (another word of that item): a lone "broken" or "out of date" said of something else ("your
portal is years out of date") is still a verdict.
"""

from __future__ import annotations

import re

from afterview.guardrails.support import per_notes
from afterview.notes.model import Notes

_WORD = re.compile(r"[\w']+")


def _flat(text: str) -> str:
    """Lower case, words joined by single spaces (hyphens and punctuation as spaces)."""
    return " ".join(w.lower() for w in _WORD.findall(text))


@per_notes
def _notes_text(notes: Notes) -> tuple[str, ...]:
    items = [*notes.candidate.highlights, *notes.candidate.since_interview, *notes.company.news]
    items += [x for i in notes.interviewers for x in (*i.topics, *i.challenges)]
    return tuple(f" {_flat(item)} " for item in items)


def notes_term(body: str, span: tuple[int, int], notes: Notes) -> bool:
    """Whether the words at `span` of `body` (one sentence, `span` within it), with the word just before or just after
    them, stand in one of the notes' items as written."""
    start, end = span
    said = _flat(body[start:end])
    if not said:
        return False
    before = _WORD.findall(body[max(0, start - 40) : start])
    after = _WORD.findall(body[end : end + 40])
    phrases = []
    if before and not re.search(r"[.!?;:]\s*$", body[max(0, start - 40) : start]):
        phrases.append(f" {before[-1].lower()} {said} ")
    if after and not re.match(r"\s*[.!?;:,]", body[end:]):
        phrases.append(f" {said} {after[0].lower()} ")
    # ... and the sentence names the same thing: another word of that item besides the term ("the field boundary
    # layer being years out of date"; not "your software felt years out of date" where the layer was out of date)
    rest = set(_flat(body[:start] + " " + body[end:]).split())
    return any(
        p in item and any(len(w) > 3 and w in rest and w not in p.split() for w in item.split())
        for p in phrases
        for item in _notes_text(notes)
    )
