"""Agreement of a verb with a subject it does not stand beside: a relative 'who' after people ("the clients who
finishes setup")."""

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
