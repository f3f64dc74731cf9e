"""Verb forms a spellchecker passes because each word is a real word: the bare verb after 'have' ("I have really
enjoy", "has now past"), and the present tense in a clause that a past time pins down ("when I tune the loops
last year", "yesterday I meet the team"). Harper reads neither across the adverb or the clause."""

from __future__ import annotations

import re
from datetime import date

from afterview.draft import Finding
from afterview.guardrails.text import sentences

_ADVERB = (
    r"(?:really|truly|just|already|now|also|always|never|recently|finally|since|certainly|genuinely|definitely"
    r"|thoroughly|greatly|very much|long)"
)
# "have" as the perfect's auxiliary, then (an adverb and) the bare form of a verb that is only ever a verb.
_HAVE_BARE = re.compile(
    rf"\b(?P<aux>have|has|had|(?:I|we|you|they)['\u2019]ve)\s+(?:{_ADVERB}\s+)?(?P<verb>[a-z]{{3,}})\b", re.I
)
# "the date has now past": 'past' for 'passed' after the auxiliary
_HAVE_PAST = re.compile(rf"\b(?:has|have|had)\s+(?:{_ADVERB}\s+)?(?P<verb>past)\b", re.I)


def _bare_verb_only(word: str) -> str | None:
    """The past participle `word` should have taken, when `word` is the bare form of a word that is only a verb
    and differs from its participle ('enjoy' -> 'enjoyed'; not 'come', 'put', 'work', 'access')."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    lemmas = lemminflect.getAllLemmas(word)
    if set(lemmas) != {"VERB"} or lemmas["VERB"][0] != word:
        return None
    participle = lemminflect.getInflection(word, "VBN")
    return participle[0] if participle and participle[0] != word else None


# "I've finish the certificate": after the contracted auxiliary (never 'have' of possession in a follow-up), a word
# that is a verb and a noun is the bare verb when a determiner opens its object next.
_CONTRACTED = re.compile(r"['\u2019]ve$", re.I)
_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|my|our|your|their|his|her|its|this|that|these|those)\b", re.I)


def _bare_verb_before_object(word: str) -> str | None:
    """The participle of `word` when it is the bare form of a verb that is a noun too ('finish' -> 'finished')."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    lemmas = lemminflect.getAllLemmas(word)
    if "VERB" not in lemmas or lemmas["VERB"][0] != word:
        return None
    participle = lemminflect.getInflection(word, "VBN")
    return participle[0] if participle and participle[0] != word else None


def bare_after_have(text: str) -> list[Finding]:
    found = []
    for m in _HAVE_BARE.finditer(text):
        participle = _bare_verb_only(m.group("verb"))
        if participle is None and _CONTRACTED.search(m.group("aux")) and _OBJECT_NEXT.match(text, m.end()):
            participle = _bare_verb_before_object(m.group("verb").lower())
        if participle is not None:
            found.append(_finding(m, participle, f"after '{m.group('aux')}'"))
    for m in _HAVE_PAST.finditer(text):
        found.append(_finding(m, "passed", "after 'has' or 'have' ('past' is not a verb)"))
    return found


# A past time in the same clause: "last year", "yesterday", "two years ago", "in 2019".
_PAST_TIME = re.compile(
    r"\b(?:yesterday(?!['\u2019]s)|last (?:week|month|year|quarter|spring|summer|autumn|fall|winter|season"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night)|(?:\w+ )?(?:days|weeks|months|years) ago"
    r"|in (?:19|20)[0-2]\d)\b",
    re.I,
)
# A clause led by a time word, or led by the past time itself, with 'I' or 'we' and a verb.
_WHEN_CLAUSE = re.compile(
    r"(?:^|[,;]\s*|\b)(?:when|after|before|once|while|as soon as)\s+(?:I|we)\s+(?P<verb>[a-z]{3,})\b"
    r"(?P<rest>[^,;.!?]*)",
    re.I,
)
_TIME_FIRST = re.compile(
    r"(?:^|[;]\s*)(?P<time>yesterday|last (?:week|month|year|quarter|spring|summer|autumn|fall|winter)"
    r"|(?:\w+ )?(?:days|weeks|months|years) ago|in (?:19|20)[0-2]\d),?\s+(?:I|we)\s+(?P<verb>[a-z]{3,})\b",
    re.I,
)


def _present_only(word: str) -> str | None:
    """The simple past `word` should have taken, when `word` is a bare verb whose past is spelt differently."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    lemmas = lemminflect.getAllLemmas(word)
    if "VERB" not in lemmas or lemmas["VERB"][0] != word or {"ADJ", "ADV"} & set(lemmas):
        return None
    past = lemminflect.getInflection(word, "VBD")
    return past[0] if past and past[0] != word else None


# Verbs of thinking back are present on purpose ("when I think about what you said yesterday"), and a clause
# inside the clause may carry the past time itself ("when I read what you wrote last week").
_THINKING = frozenset("think remember recall reflect look consider compare see hear know feel read".split())
_INNER_CLAUSE = re.compile(r"\b(?:what|how|that|which|where|who|why|you|your)\b", re.I)


def _past_time(text: str) -> bool:
    """A past time in `text`; a year counts only before this one ("before we expand into Togo in 2027" is ahead)."""
    for m in _PAST_TIME.finditer(text):
        year = re.search(r"\d{4}", m.group())
        if year is None or int(year.group()) < date.today().year:
            return True
    return False


def present_in_past_clause(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        for m in _WHEN_CLAUSE.finditer(sentence.text):
            rest = m.group("rest")
            if m.group("verb").lower() in _THINKING or _INNER_CLAUSE.search(rest) or not _past_time(rest):
                continue
            past = _present_only(m.group("verb"))
            if past:
                found.append(_finding(m, past, "in a clause about the past", offset=sentence.start))
        for m in _TIME_FIRST.finditer(sentence.text):
            past = None if m.group("verb").lower() in _THINKING else _present_only(m.group("verb"))
            if past:
                found.append(_finding(m, past, f"after '{m.group('time')}'", offset=sentence.start))
    return found


def _finding(m: re.Match[str], right: str, where: str, *, offset: int = 0) -> Finding:
    verb = m.group("verb")
    start, end = offset + m.start("verb"), offset + m.end("verb")
    return Finding("grammar", "warning", "verb_form", f"'{verb}' should be '{right}' {where}.", (start, end), right)
