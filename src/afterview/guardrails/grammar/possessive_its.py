"""'it's' before a noun that then does something: "before it's battery bank drops" (its). A word that is only ever
a noun ("battery", "mission"), with a content word after it, cannot follow "it is"; "it's time to", "it's fun",
"it's history that matters" and "it's nothing" are left alone."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.text import STOPWORDS

_ITS = re.compile(r"\b(?P<wrong>it['\u2019]s)\s+(?P<noun>[a-z][a-z-]+)\s+(?P<next>[a-z][a-z'-]*)\b")
_PRONOUNS = frozenset(
    "nothing something everything anything nobody somebody everybody anybody everyone someone"
    # a wh-clause is what 'it is' names: "it's what made the tastings work", "it's where the yield is lost"
    " what who where when why how which whatever".split()
)
_ADVERBS = frozenset("now today again too though anyway indeed overall here there yet still already".split())
# A determiner opens the noun phrase 'it is' takes: "it's my happy place", "it's our best month" (no noun there)
_DETERMINERS = frozenset("my your our his her their this that these those one each every any some no".split())


def _only_a_noun(word: str) -> bool:
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    lemmas = lemminflect.getAllLemmas(word)
    return bool(lemmas) and set(lemmas) == {"NOUN"}


def its_before_noun(text: str) -> list[Finding]:
    found = []
    for m in _ITS.finditer(text):
        noun, after = m.group("noun"), m.group("next")
        if noun in _PRONOUNS | _DETERMINERS or after in STOPWORDS or after in _ADVERBS or not _only_a_noun(noun):
            continue
        start, end = m.span("wrong")
        found.append(
            Finding(
                "grammar",
                "warning",
                "its_its",
                f"'{m.group('wrong')} {noun}' should be 'its {noun}' here.",
                (start, end),
                "its",
            )
        )
    return found


# "it's approach to growth", "it's sim-to-real gap for robots": 'it is' cannot take a bare singular noun that a
# phrase then qualifies; a count noun after "it is" needs an article. Nouns that go bare after "it is" (amounts,
# stuff, idioms: "it's time to", "it's part of", "it's home to", "it's work for") and words that are also
# adjectives or adverbs ("it's key to", "it's down to") are left alone.
_ITS_NOUN_PHRASE = re.compile(
    r"\b(?P<wrong>it['\u2019]s)\s+(?:(?P<mod>[a-z]+(?:-[a-z]+)+)\s+)?(?P<noun>[a-z]{3,})\s+"
    r"(?P<prep>to|for|of|on|in|with|at|from|towards|toward|across)\b"
)
_BARE_AFTER_IS = frozenset(
    """time part home work news history proof evidence music money business luck way kind sort half fun worth
    progress everything nothing something anything all enough more less most much plenty nonsense common none
    one two three first second third next last due""".split()
)


def _count_noun_only(word: str) -> bool:
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    lemmas = lemminflect.getAllLemmas(word)
    if not lemmas or "NOUN" not in lemmas or {"ADJ", "ADV"} & set(lemmas):
        return False
    return lemmas["NOUN"][0] == word and not word.endswith(("ing", "ed", "ly", "ness"))


def its_before_phrase(text: str) -> list[Finding]:
    found = []
    for m in _ITS_NOUN_PHRASE.finditer(text):
        noun = m.group("noun")
        if noun in _BARE_AFTER_IS or noun in STOPWORDS or not _count_noun_only(noun):
            continue
        start, end = m.span("wrong")
        shown = f"{m.group('mod')} {noun}" if m.group("mod") else noun
        found.append(
            Finding(
                "grammar",
                "warning",
                "its_its",
                f"'{m.group('wrong')} {shown} {m.group('prep')}' should be 'its {shown}': 'it is' needs an article"
                " before a noun like this.",
                (start, end),
                "its",
            )
        )
    return found
