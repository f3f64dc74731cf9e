"""First-person words that claim no deed (checks43): a wish ("I hope I develop the right skills"), a gerund as a
subject ("Having structured handovers would help me settle in"), a trip ("I drove over to the plant on Saturday"),
a trait grown ("I have developed a deep appreciation for night crews"), one's own work in a plan ("how I'd pace
my own work"), and one's own affairs arranged ("I have rearranged my plans around a March start", "I have planned
my notice period around your date"). claim_first_person reads none of them as work the notes must hold."""

from __future__ import annotations

import re

# What governs the claim as a wish or an aim: "I hope (that) I develop ...", "so that I build ...".
_WISHED = re.compile(
    r"\b(?:hope|hoping|hoped|wish|wishing|trust|expect|want|ensure|make sure|so that|until|provided|as long as)"
    r"(?: that)?\s+$",
    re.I,
)
# A participle clause opens with a comma after it; "having X" followed by its own finite verb is a gerund subject.
_GERUND_VERB = re.compile(
    r"[^,;:.!?]*?\b(?:would|could|will|can|might|may|should|helps?|makes?|means?|gives?|is|was|sounds?|seems?)\b",
    re.I,
)
# A trip, not a drive of results: "drove over to", "drove out on Saturday" ("drove down costs" still claims).
_TRAVEL = re.compile(
    r"\s+(?:over|out|back|across|around|past|by|home|there|through|in|up to|down to|to|up the|down the)\b", re.I
)
# A trait grown, not work: "developed a deep appreciation for", "built up a habit of", "gained a real respect for".
_GROWN = re.compile(r"(?:developed|gained|built|built up|grown|grew|acquired|formed|picked up)$", re.I)
_TRAIT = re.compile(
    r"\s*(?:(?:a|an|some|my|real|deep|deeper|strong|genuine|lot of|lots of|great|good|keen)\s+){0,3}"
    r"(?:appreciation|respect|interest|passion|love|fondness|understanding|sense|feel|feeling|habits?|instincts?"
    r"|eye|taste|curiosity|admiration|soft spot|affinity|patience|empathy|confidence)\b",
    re.I,
)
# One's own work as the object of a plan: "how I'd pace my own work", "I will organise my work around ...".
_PLANNED = re.compile(
    r"\b(?:I|we)(?:'d|\u2019d| would| will|'ll|\u2019ll| could| can| might| want to| hope to| plan to| intend to)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


# The candidate's own affairs as the object: plans, notice, diary, a move; arranged for the job, no work done.
_OWN_AFFAIRS = re.compile(
    r"\s*(?:all |both )?(?:my|our) (?:own |current |existing |other |travel |family )?(?:plans?|notice(?: period)?"
    r"|schedule|calendar|diary|leave|holidays?|vacation|move|relocation|commitments|availability|start date"
    r"|childcare|lease|tenancy|flat|apartment|week|weekend|affairs|finances|travel)\b",
    re.I,
)


def claims_no_deed(text: str, m: re.Match[str], claim: str) -> bool:
    """Whether the first-person words at `m` (with `claim`, the clause after them) claim no deed at all."""
    before = text[: m.start()]
    if _WISHED.search(before):
        return True
    groups = m.groupdict()
    if groups.get("having") and _GERUND_VERB.match(text, m.end()):
        return True
    verb = groups.get("verb") or groups.get("having") or ""
    if travelled(verb, text, m.end()):
        return True
    if _GROWN.search(verb) and _TRAIT.match(claim):
        return True
    if verb and _OWN_AFFAIRS.match(claim):
        return True
    return m.group().lstrip().lower().startswith("my ") and _PLANNED.search(before) is not None


def travelled(verb: str, text: str, end: int) -> bool:
    """Whether `verb` ending at `end` tells a trip ("drove over to the plant"), not a result driven."""
    return verb.lower() == "drove" and _TRAVEL.match(text, end) is not None
