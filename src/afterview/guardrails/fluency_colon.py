"""A noun phrase announced after a colon: "One update from my side since our interview: my Six Sigma Green Belt
certificate." Neither side of the colon is a sentence: a label ("One update …") and a list entry, the seam of a form
filled in (issue 17). Said as a sentence it reads as written: "Since we spoke, I have earned my Six Sigma Green Belt
certificate." A colon after a sentence ("I can send two things: my portfolio and the audit plan.") or before one
("One update: the proposal I wrote was funded.") is left alone, and so are times ("at 10:30") and a greeting.
"""

from __future__ import annotations

import re

from afterview.guardrails.text import Piece

# the head of a label that announces what follows: "One update", "A quick note", "News from my side"
_LABEL = re.compile(
    r"^(?:(?:one|a|an|some|another|just|quick|small|short|brief|final|last|further|little|good|exciting|"
    r"more|other|bit of|piece of|the|my)\s+)*"
    r"(?:updates?|news|notes?|additions?|things?|points?|highlights?|developments?|follow-ups?|progress|"
    r"addenda|addendum|items?|reminders?|questions?)\b",
    re.I,
)
# a finite verb or its subject: what makes a side of the colon a sentence of its own
_AUX = (
    r"am|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|"
    r"i'm|i've|i'd|i'll|it's|we've|we're"
)
_PRONOUN = r"i|we|you|he|she|they|it"
_IRREGULAR_PAST = (
    r"stood|came|went|made|took|got|felt|found|left|kept|began|grew|won|met|saw|heard|said|told|thought|brought|"
    r"built|led|ran|wrote|gave|knew|held|sent|spent|taught|became|sold|bought|paid|put|set|drove|flew|"
    r"rose|fell|caught|meant|lost|hit|cut|let|shut"
)
_FINITE = re.compile(
    rf"\b(?:{_AUX}|{_PRONOUN}|{_IRREGULAR_PAST})\b|\b[a-z]{{3,}}ed\b(?!\s+(?:by|in|at|for|from|to|of|with)\b)"
    r"|\b[a-z]{3,}ed$",
    re.I,
)
_TIME = re.compile(r"\d:\d")


# a participle used as an adjective: 'my completed course', 'a newly updated plan'
_ADJECTIVE_ED = re.compile(r"\b(?:my|the|a|an|our|your|newly|recently|fully)\s+[a-z]+ed\b", re.I)


def _sentence(text: str) -> bool:
    return bool(_FINITE.search(_ADJECTIVE_ED.sub(" ", text)))


def noun_after_colon(said: list[Piece]) -> Piece | None:
    """The first sentence that is a label, a colon and a noun phrase; None when every colon joins a sentence."""
    for piece in said:
        text = piece.text.strip()
        if ":" not in text or _TIME.search(text) or text.count(":") > 1:
            continue
        lead, tail = (side.strip() for side in text.split(":", 1))
        tail = tail.rstrip(".!").strip()
        if not lead or not tail or len(tail.split()) < 2 or "\n" in lead:
            continue
        if _LABEL.match(lead) and not _sentence(lead) and not _sentence(tail):
            return piece
    return None
