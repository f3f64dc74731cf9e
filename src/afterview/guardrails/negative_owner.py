"""Whose thing a harsh word describes. "My thesis taught me a lot about messy trip data, and I'd be glad to bring
that to your team": 'messy' describes the candidate's own data, in a clause of their own, while what is the
company's ('your team') is named in another clause; it is no criticism of the company or its product."""

from __future__ import annotations

import re

# Where one clause of a sentence ends and the next begins.
_CLAUSE = re.compile(r"[,;:()\u2014\u2013]| - |\b(?:and|but|so|while|whereas)\b", re.I)
# The candidate as owner or learner: "my thesis", "taught me", "our old system".
_MINE = re.compile(r"\b(?:my|me|mine|our)\b", re.I)
# Someone else's thing pointed at again in the clause: "they are messy", "it felt clunky", "your reports".
_THEIRS = re.compile(r"\b(?:you|your|they|them|their|it|its|it's|this|that|these|those)\b", re.I)


def _clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((b.end() for b in _CLAUSE.finditer(text, 0, start)), default=0)
    right = next((b.start() for b in _CLAUSE.finditer(text, end)), len(text))
    return left, right


def mine_not_theirs(text: str, word: re.Match[str], theirs: re.Match[str]) -> bool:
    """Whether harsh `word` sits in a clause about the candidate's own things, apart from the clause where
    `theirs` names what is the company's."""
    left, right = _clause_of(text, word.start(), word.end())
    if left <= theirs.start() < right:
        return False
    clause = text[left:right]
    return _MINE.search(clause) is not None and _THEIRS.search(clause) is None
