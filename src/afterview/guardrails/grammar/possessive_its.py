"""'it's' before a noun that then does something: "before it's battery bank drops" (its). A word that is only ever
a noun ("battery", "mission"), with a content word after it, cannot follow "it is"; "it's time to", "it's fun",
"it's history that matters" and "it's nothing" are left alone."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.text import STOPWORDS

_ITS = re.compile(r"\b(?P<wrong>it['\u2019]s)\s+(?P<noun>[a-z][a-z-]+)\s+(?P<next>[a-z][a-z'-]*)\b")
_PRONOUNS = frozenset(
    "nothing something everything anything nobody somebody everybody anybody everyone someone".split()
)
_ADVERBS = frozenset("now today again too though anyway indeed overall here there yet still already".split())


def _only_a_noun(word: str) -> bool:
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    lemmas = lemminflect.getAllLemmas(word)
    return bool(lemmas) and set(lemmas) == {"NOUN"}


def its_before_noun(text: str) -> list[Finding]:
    found = []
    for m in _ITS.finditer(text):
        noun, after = m.group("noun"), m.group("next")
        if noun in _PRONOUNS or after in STOPWORDS or after in _ADVERBS or not _only_a_noun(noun):
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
