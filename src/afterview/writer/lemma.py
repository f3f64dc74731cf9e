"""A word's lemmas by part of speech (lemminflect, loaded on first use), with verbs behind a common prefix."""

from __future__ import annotations

from functools import cache


@cache
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    found: dict[str, tuple[str, ...]] = lemminflect.getAllLemmas(word)
    if not found:  # 'relaunched', 'co-founded': a known verb behind a prefix the dictionary lacks
        for prefix in _VERB_PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) > 3 and "VERB" in (inner := lemmas(rest)):
                return {"VERB": tuple(prefix + lemma for lemma in inner["VERB"])}
    return found


_VERB_PREFIXES = ("re-", "re", "co-", "co", "pre", "un", "mis", "out", "over", "under")


# verbs of events that happen to a thing and take no object ('the compressor died', never 'is died'): head.py and
# phrase_kind.py read a past event by them
NO_OBJECT = frozenset(
    "die fail crash jam stall trip leak freeze overheat collapse flood burst fall rise spike stop occur happen "
    "arrive expire lapse quit resign disappear vanish explode melt sink slip drop surge dip".split()
)
