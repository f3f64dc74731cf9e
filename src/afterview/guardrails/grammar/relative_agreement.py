"""Agreement of a verb with a subject it does not stand beside: a relative 'who' after people ("the clients who
finishes setup"), and 'it' opening a clause before a verb without its -s ("to see if it help")."""

from __future__ import annotations

import re
from functools import lru_cache

from afterview.draft import Finding
from afterview.guardrails.text import sentences

# A plural noun of people (-ers, -ors, -ists, -ants, -ents, -ians, -ees) and 'who', then a verb in -s: 'who' stands
# for the people, and the verb takes their number. "one of the drivers who has" is left alone (usage is split).
_WHO = re.compile(
    r"\b(?P<np>[A-Za-z][a-z]+(?:ors|ers|ists|ants|ents|ians|ees|eers)|[Pp]eople)\s+who\s+"
    r"(?:\w+ly\s+|also\s+|still\s+|always\s+|often\s+|never\s+|sometimes\s+|just\s+)?"
    r"(?P<verb>[a-z]+s)\b"
)
_QUANTIFIED = re.compile(r"\b(?:one|each|every|none|any|neither|either)\s+of\s+(?:the\s+|our\s+|your\s+|their\s+)?$")
_AS_IS = {"is": "are", "was": "were", "has": "have", "does": "do"}


@lru_cache(maxsize=2048)
def _third_person(word: str) -> str | None:
    """The plural form of a verb in its third-person singular ('finishes' -> 'finish'), None when it is no verb."""
    if word in _AS_IS:
        return _AS_IS[word]
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    lemmas = lemminflect.getAllLemmas(word)
    verb = lemmas.get("VERB")
    if not verb or verb[0] == word:
        return None  # right after 'who' a word in -s that is also a noun ('needs', 'sets') is its verb
    return str(verb[0])


def who_plural(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        for m in _WHO.finditer(sentence.text):
            if _QUANTIFIED.search(sentence.text[: m.start()]):
                continue
            if m.group("np")[0].isupper() and sentence.text[: m.start()].strip():
                continue  # "… and Peters who is": a name mid-sentence, one person
            plural = _third_person(m.group("verb").lower())
            if plural is None:
                continue
            verb = m.group("verb")
            at = sentence.start + m.start("verb")
            np = m.group("np")
            message = f"'who' stands for '{np}', more than one, so the verb should be '{plural}', not '{verb}'."
            found.append(Finding("grammar", "warning", "agreement", message, (at, at + len(verb)), plural))
    return found


# 'it' opening a clause, then a verb in its base form: "to see if it help", "because it make the work easier". After
# a verb of letting or making ("let it help", "watched it happen") the bare verb is right, so only a clause's opening
# word may stand before 'it'.
_IT_BARE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:if|when|because|since|so|and|but|whether|until|once|as|although|though|while)\s+)"
    r"it\s+(?P<verb>[a-z]{3,})\b",
    re.I,
)
_NOT_BARE = frozenset(
    """may might must can could will would shall should did does do was is has had ago all also alone again always
    back down here there just now only off on out over really right still then too up well even never ever""".split()
)


@lru_cache(maxsize=2048)
def _bare_verb(word: str) -> str | None:
    """Its -s form when `word` is only a verb in its base form ('help' -> 'helps'), else None."""
    if word in _NOT_BARE:
        return None
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    lemmas = lemminflect.getAllLemmas(word)
    if set(lemmas) - {"VERB", "NOUN"} or lemmas.get("VERB", ("",))[0] != word:
        return None  # an adverb or an adjective ('it soon'), or a verb with an ending ('it helped')
    forms = lemminflect.getInflection(word, tag="VBZ")
    return str(forms[0]) if forms else None


def it_bare(text: str) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        for m in _IT_BARE.finditer(sentence.text):
            verb = m.group("verb")
            third = _bare_verb(verb.lower())
            if third is None:
                continue
            at = sentence.start + m.start("verb")
            message = f"'it' is one thing, so the verb should be '{third}', not '{verb}'."
            found.append(Finding("grammar", "warning", "agreement", message, (at, at + len(verb)), third))
    return found
