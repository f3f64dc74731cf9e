"""Experience of a kind of work, not a piece of it, claims nothing the notes must hold (claim_first_person.py asks),
nor do the strengths joined after the experience named first ("my experience leading shifts and my focus on safety"):
"I have worked seasonal peaks before", "Having worked across several sites, …"."""

from __future__ import annotations

import re

from afterview.guardrails.claim_support import found_anywhere, key_stems
from afterview.notes.model import Notes

# Experience of a kind of work, not a piece of it: "before", "many times", "a lot of" with an indefinite object.
_EXPERIENCE = re.compile(
    r"\b(?:before|many times|more than once|several times|a lot of|lots of|plenty of|many|countless|dozens of"
    r"|hundreds of)\b",
    re.I,
)
# A participle of work spread over places or teams of a kind, with no object: "Having worked across several sites".
_HAVING_ACROSS = re.compile(
    r"\s*having\s+(?:worked|served|managed|supervised|taught|lived|travelled|traveled)\s+(?:on|at|in|across|with|for)"
    r"\s+(?:several|many|various|different|multiple|a (?:few|number of|range of|variety of)|numerous)"
    r"\s+[\w-]+\s*(?:,|$)",
    re.I,
)
_ONE_THING = re.compile(r"\s*(?:a|an|one)\b(?! (?:lot|few|number|range|variety|couple|series|string)\b)", re.I)
_DEFINITE = re.compile(r"\s*(?:the|your|their|this|that|these|those|our|its|his|her)\b", re.I)


# Time served, counted in the trade's own periods, at a place and nothing more: "I have worked several crushes at
# Usina X", "Having guided five seasons out of Ketchikan": a tenure, no piece of work ("three seasons fixing X" names
# the work and is read as usual).
_TENURE = re.compile(
    r"\s*(?:several|a few|many|multiple|numerous|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?"
    r"(?:seasons|years|summers|winters|harvests|crushes|vintages|campaigns|rotations|tours|terms|intakes)\b"
    r"(?:\s+(?:at|in|for|with|out of|across)\s+[^,;.:!?]*?)?\s*(?:[,;.:!?]|\band\b|\bso\b|$)",
    re.I,
)
_TENURE_VERB = re.compile(r"(?:I(?:'ve|\u2019ve| have)|[Hh]aving) (?:worked|served|guided|done|spent|run|crewed)\b")


def general_experience(said: str, claim: str) -> bool:
    """A present perfect of work with an indefinite object and a word of repeated experience, and no figure: "I have
    worked seasonal peaks before", "I've trained a lot of new inspectors" (not "I have cut the backlog before")."""
    if _TENURE_VERB.match(said.strip()) and _TENURE.match(claim):
        return True  # "I have worked several crushes at Usina X, and ...": time served there
    if _HAVING_ACROSS.match(said + claim):
        return True  # "Having worked across several sites, ...": places of one kind, no piece of work named
    if not re.match(r"I(?:'ve|\u2019ve| have) ", said) or _DEFINITE.match(claim) or re.search(r"\d", claim):
        return False
    if _ONE_THING.match(claim):
        return False  # "I have led a sales team through a merger before": one piece of work, claimed
    first = re.split(r"[,;:]|\b(?:and|but|so|which|where|while|because)\b", claim, maxsplit=1)[0]
    return bool(_EXPERIENCE.search(first))


# A second strength joined to the first: "my experience leading shifts | and my focus on safety", "my background in
# running crews | and improving quality".
_NEXT_STRENGTH = re.compile(
    r"\s+and\s+(?:(?:my|a|an)\s+(?:[\w-]+\s+){0,2}?(?:on|in|of|with|for)\s+|[a-z]{3,}ing\b)", re.I
)


def first_conjunct(claim: str, notes: Notes, own: list[list[str]], theirs: list[list[str]]) -> str:
    """The experience named first, when the strengths joined after it borrow nothing of theirs: "my experience
    leading shifts and my focus on safety and quality" claims the shifts; the virtues after it are no work to
    find in the notes ("... and cutting your hydrotherapy waiting list" borrows theirs: the whole is read)."""
    cut = _NEXT_STRENGTH.search(claim)
    if cut is None:
        return claim
    rest = key_stems(claim[cut.start() :], notes)
    if any(found_anywhere(w, theirs) and not found_anywhere(w, own) for w in rest):
        return claim
    return claim[: cut.start()]
