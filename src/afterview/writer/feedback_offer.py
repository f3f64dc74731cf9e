"""What the reader of a feedback request said when they turned the candidate down, as the notes' comments jot it
('# She said happy to share feedback if I want it', '# he said I was a close second'): an offer of feedback, and
kind words. A request that ignores the offer reads as a form sent to anyone (run53's judges: "A never mentions her
offer"); a careful writer thanks them for it, and for the kind words, and takes the offer up in a line.

Comments are the candidate's own jottings, never a field: a line that names someone else on the panel and not the
reader is about that person; a line that names nobody is about the one who gave the news, the reader.
"""

from __future__ import annotations

import re
from typing import Any

from afterview.draft import DraftRequest
from afterview.notes.comments import comment_lines
from afterview.notes.model import Notes
from afterview.vocabulary import Kind

# 'happy to share a bit of feedback', 'glad to give some pointers', 'offered feedback', 'write to him if I want
# feedback', 'ask if I want feedback': the reader offered it (not the candidate's own plan, 'ask for feedback')
_OFFER = re.compile(
    r"\b(?:(?:happy|glad|willing|keen)\s+to\s+(?:give|share|offer|provide|pass\s+on|talk\s+through)\s+"
    r"(?:me\s+)?(?:some\s+|a\s+bit\s+of\s+|a\s+few\s+|any\s+)?(?P<what>feedback|pointers)"
    r"|offered\s+(?:me\s+)?(?:some\s+)?(?P<what2>feedback|pointers)"
    r"|\bif\s+I\s+(?:want|would\s+like|wanted)\s+(?:some\s+)?(?P<what3>feedback|pointers))",
    re.I,
)
# 'said I was close', 'a close second', 'a strong candidate', 'door open': kind words in the rejection
_KIND = re.compile(
    r"\b(?:I\s+was\s+(?:very\s+|really\s+)?close|close\s+second|(?:very\s+)?strong\s+(?:candidate|second)"
    r"|door\s+(?:is\s+|stays\s+)?open)\b",
    re.I,
)
_WORD = re.compile(r"\b[A-Z][\w'\u2019-]+")


def _names(name: str, greet_as: str | None) -> frozenset[str]:
    parts = {w.lower() for w in name.split() if len(w) > 1}
    if greet_as:
        parts |= {w.lower().rstrip(".") for w in greet_as.split() if len(w) > 2}
    return frozenset(parts - {"ms", "mr", "mrs", "dr"})


def _about_reader(line: str, reader: frozenset[str], others: list[frozenset[str]]) -> bool:
    """Whether a comment line is about the reader: it names them, or names nobody else on the panel."""
    words = {w.lower() for w in _WORD.findall(line)}
    if words & reader:
        return True
    return not any(words & other for other in others)


def offer_said(notes: Notes, reader_name: str) -> dict[str, Any]:
    """{'offered': 'feedback' | 'pointers' | None, 'kind_words': bool}: what the reader said, as the comments of
    the notes file jot it (nothing when the file has no comments)."""
    people = {p.name: _names(p.name, p.greet_as) for p in notes.interviewers}
    reader = people.get(reader_name, frozenset())
    others = [names for who, names in people.items() if who != reader_name]
    offered: str | None = None
    kind = False
    for line in comment_lines(notes):
        if not _about_reader(line, reader, others):
            continue
        hit = _OFFER.search(line)
        if hit and offered is None:
            offered = (hit.group("what") or hit.group("what2") or hit.group("what3") or "feedback").lower()
        kind = kind or bool(_KIND.search(line))
    return {"offered": offered, "kind_words": kind}


def with_offer(context: dict[str, Any], request: DraftRequest) -> dict[str, Any]:
    """The context with `feedback_offered` and `kind_words` for a feedback request (None and False otherwise)."""
    planned = request.planned
    if planned.kind is not Kind.feedback_request:
        return {**context, "feedback_offered": None, "kind_words": False}
    said = offer_said(request.notes, planned.to.name)
    return {**context, "feedback_offered": said["offered"], "kind_words": said["kind_words"]}
