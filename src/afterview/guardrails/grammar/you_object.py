"""Harper's "you" -> "your" advice checked against the words around it: "you" after a preposition or a verb that
takes an object ("work with you day to day", "thank you all", "tell you more") is the object, not a possessive that
lost its "r"; the advice is right only where "you" stands before a noun it would own ("you team's work")."""

from __future__ import annotations

import re

# Words after which "you" is an object: prepositions and verbs that take a person as their object.
_TAKES_OBJECT = re.compile(
    r"(?:\b(?:with|to|for|from|about|by|at|of|than|like|behind|beside|around|toward|towards|before|after|without"
    r"|thank|meet|met|see|saw|seeing|tell|told|telling|help|helping|helped|let|give|gave|giving|ask|asked|send|sent"
    r"|show|showed|call|email|emailed|join|joined|joining|support|supporting|update|updating|reach|contact|hear"
    r"|heard|hearing|assure|remind|owe|offer|wish|bring|brought|keep|leave|trust|thanking|meeting|congratulate"
    r"|invite|invited|and|or)\s+)$",
    re.I,
)
_TIME_WORD = re.compile(r"\s+(?:today|yesterday|tomorrow|on|last|this|earlier|again|soon|later|then)\b", re.I)


def you_is_object(problem: str, before: str, after: str) -> bool:
    """Whether Harper's possessive advice on `problem` ("you") is wrong here: "you" is an object or a time follows."""
    if problem.lower() != "you":
        return False
    return bool(_TIME_WORD.match(after) or _TAKES_OBJECT.search(before[-30:]))
