"""Common ground placed where the notes put only the candidate: "the movements we both trained on at Relojería
Prat" where Relojería Prat is the candidate's own employer and the rapport says only "both learned on the same
movements". What the two share is the rapport's to say; a place of the candidate's own history said as shared
invents the interviewer's past. Also the one they chose described where the notes say nothing of them ("I lost
out to a less experienced coach"): a fact about a person the candidate never met."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import own_and_their_texts
from afterview.guardrails.support import notes_texts, per_notes
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
    mine, others = own_and_their_texts(notes)
    theirs = [*others, notes.company.name, *(i.title or "" for i in notes.interviewers)]
    own = frozenset(s for item in mine for s in content_stems(item, generic=True))
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


# the one they chose, described: "lost out to a less experienced coach", "you went with an internal candidate"
_RIVAL = re.compile(
    r"\b(?:(?:lost|lose|losing)(?: out)? to|went with|gone with|chose|picked|hired|preferred|passed over for"
    r"|beaten by) (?:a|an|someone|somebody) (?:\w+ )?(?P<said>less|more|younger|older|cheaper|internal|local|junior"
    r"|senior|external)\b[^.;!?]{0,40}",
    re.I,
)


# the notes speak of the one they chose: then the draft may too
_RIVAL_NOTED = re.compile(r"\b(?:candidate|chose|chosen|went with|hired|internal|external|other applicant)\b", re.I)


@per_notes
def _rival_noted(notes: Notes) -> bool:
    return any(_RIVAL_NOTED.search(t) for t in notes_texts(notes))


def described_rival(body: str, notes: Notes) -> list[Finding]:
    if _rival_noted(notes):
        return []
    found = []
    for m in _RIVAL.finditer(body):
        found.append(
            Finding(
                "facts",
                "error",
                "unsupported_rival",
                f"'{m.group().strip()}' describes the person they chose, whom your notes never describe.",
                m.span(),
                "Leave the other candidate out; ask what you could do better.",
            )
        )
    return found
