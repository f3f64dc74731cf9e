"""Common ground placed where the notes put only the candidate: "the movements we both trained on at Relojería
Prat" where Relojería Prat is the candidate's own employer and the rapport says only "both learned on the same
movements". What the two share is the rapport's to say; a place of the candidate's own history said as shared
invents the interviewer's past."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import content_stems
from afterview.notes.model import Notes

# "we both", "both of us", "you and I both", "we were both", then a place or an employer named after a preposition
_SHARED = re.compile(
    r"\b(?:we(?:'d| had| have|'ve| were| each| both)? both|we each|both of us|you and I(?: both)?|the two of us)\b"
    r"[^.;!?\n]{0,80}?\b(?:at|in|with|from|for|by)[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w'\u2019&-]*(?:[ \t]+(?:de[ \t]+|of[ \t]+|del[ \t]+)?[A-Z][\w'\u2019&-]*){0,3})"
)


@per_notes
def _sides(notes: Notes) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the candidate's own items, and of everything the notes say of the interviewers and the company."""
    c = notes.candidate
    own = frozenset(s for item in (*c.highlights, *c.since_interview) for s in content_stems(item, generic=True))
    theirs = [x for i in notes.interviewers for x in (*i.rapport, *i.topics, *i.challenges, i.title or "")]
    theirs += [*notes.company.news, notes.company.name]
    shared = frozenset(s for item in theirs for s in content_stems(item, generic=True))
    return own, shared


def shared_places(body: str, notes: Notes) -> list[Finding]:
    own, theirs = _sides(notes)
    found = []
    for m in _SHARED.finditer(body):
        stems = content_stems(m.group("name"), generic=True)
        if not stems or not all(s in own for s in stems) or any(s in theirs for s in stems):
            continue
        found.append(
            Finding(
                "facts",
                "error",
                "unsupported_shared",
                f"'{m.group('name')}' is from your own history in the notes; saying you share it puts the "
                "interviewer there too, which your notes never say.",
                m.span("name"),
                "Say only what the rapport in your notes says you share.",
            )
        )
    return found
