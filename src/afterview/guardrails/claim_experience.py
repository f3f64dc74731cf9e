"""Experience of a kind of work, not a piece of it, claims nothing the notes must hold (claim_first_person.py asks):
"I have worked seasonal peaks before", "Having worked across several sites, …"."""

from __future__ import annotations

import re

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
