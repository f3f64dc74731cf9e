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


# a part of a list that is a clause of its own: a subject pronoun or a finite 'be', 'have' or modal
_CLAUSE = re.compile(rf"\b(?:{_PRONOUN}|{_AUX}|my|our)\b", re.I)


def _fragment_list(tail: str) -> bool:
    """Two or more parts after the colon, split by semicolons, none a clause of its own: the notes' shorthand pasted
    as a list ("Info for you: renewed HR truck licence; fumigation scheduling for 14 sites"), whatever leads in."""
    parts = [p.strip() for p in tail.split(";")]
    return len(parts) >= 2 and all(len(p.split()) >= 2 and not _CLAUSE.search(p) for p in parts)


def noun_after_colon(said: list[Piece]) -> Piece | None:
    """The first sentence that is a label, a colon and a noun phrase, or a colon and a list of fragments split by
    semicolons; None when every colon joins a sentence."""
    for piece in said:
        text = piece.text.strip()
        if ":" not in text or _TIME.search(text) or text.count(":") > 1:
            continue
        lead, tail = (side.strip() for side in text.split(":", 1))
        tail = tail.rstrip(".!").strip()
        if lead and "\n" not in lead and _fragment_list(tail):
            return piece
        if not lead or not tail or len(tail.split()) < 2 or "\n" in lead:
            continue
        if _LABEL.match(lead) and not _sentence(lead) and not _sentence(tail):
            return piece
    return None


# A lead that ends on a word wanting its object ("our talk about: X", "thanks for: X") is no sentence of its own.
_OPEN_END = re.compile(r"\b(?:about|on|of|for|re|regarding|with|to|the|a|an|my|our|your|including|like)\s*$", re.I)


# ... nor one that names the notes' own field for what follows: "You described a challenge: <the challenge>".
# ("You also described a challenge the team is addressing: <the challenge>", wherever in the lead it is named)
_FIELD_END = re.compile(
    r"\b(?:challenges?|topics?|problems?|issues?|highlights?|news|items?)\s*$"
    r"|\b(?:a|the|one|your|their) (?:challenges?|topics?|problems?|issues?)\b",
    re.I,
)


_COUNTED = re.compile(
    r"\b(?:one|two|three|four|a few|several|both|a couple of) (?:(?:of the |main |big |key )?(?:things|parts|points?"
    r"|areas|topics|ideas|questions|moments|details|threads|pieces))\b|\bin particular\s*$",
    re.I,
)


def introduces(lead: str, tail: str) -> bool:
    """Whether a colon before a notes item is the writer's own: the words before it are a sentence of their own ("Two
    things stayed with me: the sampling plan …"), or the words after the item go on as a clause ("… about the data:
    the cohort dashboards are clearly useful"). Either way the item is worked into the writer's sentence."""
    # (a colon straight after a verb or a bare announcement, "We covered:", "You mentioned:", "my thoughts here:", is
    # the seam itself; only a lead that counts out what follows, "Two things stayed with me:", "one point in
    # particular:", introduces the items as the writer's own)
    said = _sentence(lead) or re.search(r"\b[a-z]{3,}ed (?:with|for|to) (?:me|us)\b", lead, re.I) is not None
    counted = _COUNTED.search(lead) is not None
    if said and counted and not _LABEL.match(lead) and not _OPEN_END.search(lead) and not _FIELD_END.search(lead):
        return True
    return bool(re.match(r"\s+(?:is|are|was|were|has|have|had|can|could|will|would|seem|seems|look|looks)\b", tail))


def label_item(text: str, item: str) -> bool:
    """Whether a sentence opens with a notes item (whole, or its first or last three words or more) as a label
    before a colon: "Weather holds at Dawson strand passengers overnight: I can help with that.", "Floats to skis
    at freeze-up: very interesting." The note pasted as a heading, the writer's remark hung on it."""
    if ":" not in text or _TIME.search(text):
        return False
    lead = " ".join(text.split(":", 1)[0].lower().replace("\u2019", "'").split())
    words = " ".join(item.lower().replace("\u2019", "'").split()).strip(" .;,!?").split()
    if len(lead.split()) < 3 or len(words) < 3:
        return False
    # (or its first three words or more, up to a comma: "stock forecasting for slow-moving drugs, both of us …")
    heads = [" ".join(words[:k]).rstrip(",") for k in range(3, len(words) + 1)]
    return any(lead == " ".join(words[k:]) for k in range(len(words) - 2)) or lead in heads
