"""A change of the candidate's standing told as news: a promotion, an appointment, an award, a place won.

"I've been promoted to quality lead", "I was appointed to the board of the Seafood Council", "I've been named
volunteer coordinator of the year", "I've been accepted onto the advanced rehab course", "I have become a certified
HACCP auditor": each tells the reader something about the candidate that only the candidate's own items
(highlights, since_interview) can back. What the standing is (the words after the verb, up to the clause's end)
must be named by one of those items; the event itself need not be ("promoted to quality lead" is backed by a
highlight "quality lead at Karoo since 2023").

Not a standing: a decision of theirs about the candidate ("I was not selected", "accepted the offer"), being
accepted or named by the reader ("named in your email"), a person other than the candidate ("my manager was
promoted")."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import covered, finding, key_stems
from afterview.guardrails.text import Piece
from afterview.notes.model import Notes

_STANDING = re.compile(
    # (a second deed of the same sentence: "I have completed the B2 course and have also been appointed to the board")
    r"(?:\bI(?:'ve|\u2019ve| have| had|'m|\u2019m| am| was)?|\band(?: have| had)?) (?:now |also |just |recently |since "
    r"|finally |officially )?(?:(?:been|was|got|get|being) )?"
    r"(?P<verb>promoted|appointed|elected|named|voted|shortlisted|accepted|admitted|awarded|won|become|became)"
    r"\b(?P<what>[^,.;:!?()]{3,80}?)(?=\s*(?:[,.;:!?()]|$|\b(?:so|which|because|and|where|after|since|for my"
    r"|for the work|thanks)\b))",
    re.I,
)
# What follows the verb and makes it no standing: "accepted the offer", "named in your email", "won over by".
_NOT_STANDING = re.compile(
    r"^\s*(?:the (?:offer|decision|outcome|invitation)|your|that|it|this|over|back|by you|in your|in the email"
    r"|to the (?:interview|next (?:round|stage))|for (?:an|the|a second) interview|not\b|until|after)",
    re.I,
)
# The verbs that need a place or a title after them ("promoted to", "accepted onto", "shortlisted for"), and what
# one becomes that is a standing ("a certified auditor", "a chartered engineer"; not "interested in soil").
_NEEDS_PLACE = {"promoted", "accepted", "admitted", "shortlisted"}
_PLACE = re.compile(r"^\s*(?:to|onto|into|as|for)\b", re.I)
_BECOME = {"become", "became"}
# What one wins that is a standing: a prize, not a contract or a client ("I won the contract for the depot" is a deed
# of work, the other checks').
_PRIZE = re.compile(
    r"\b(?:award|prize|medal|title|cup|championship|competition|scholarship|grant|bursary|fellowship|of the year)\b",
    re.I,
)
_BECOME_WHAT = re.compile(
    r"^\s*(?:an? |the )?(?:[\w-]+ )?(?:certified|chartered|licensed|qualified|accredited|registered|member|fellow"
    r"|head|lead|manager|director|chair)\b",
    re.I,
)


def standing_in(sentence: Piece, notes: Notes, own: list[list[str]]) -> list[Finding]:
    """A promotion, appointment, award or place told as the candidate's, that none of their own items names."""
    text = sentence.text
    for m in _STANDING.finditer(text):
        what = m.group("what")
        verb = m.group("verb").lower()
        if (
            _NOT_STANDING.match(what)
            or (verb in _NEEDS_PLACE and not _PLACE.match(what))
            or (verb in _BECOME and not _BECOME_WHAT.match(what))
            or (verb == "won" and not _PRIZE.search(what))
        ):
            continue
        wanted = key_stems(what, notes)
        if not wanted or covered(wanted, own) >= 0.99:
            continue
        return [
            finding(
                "unsupported_claim",
                sentence,
                m,
                f"'{m.group().strip()[:80]}' tells a promotion, appointment or award your highlights and"
                " since_interview do not hold.",
                "Leave it out, or add it to since_interview (or highlights) if it is true.",
            )
        ]
    return []
