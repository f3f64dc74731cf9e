"""Slips a careful reader marks and Harper passes, because every word is a real word:

- a past form after the infinitive's 'to' ("thank you for taking the time to walked me through");
- a count after a number left singular ("two day a week");
- the preposition dropped after 'grateful' ("I would be grateful any feedback");
- 'off' for 'of' ("it reminded me off", "one off the best");
- 'were' for 'where' before a clause ("the farm were we had the same problem");
- 'there' for 'their' before a noun ("I expect there offer this month");
- 'you're' for 'your' after a verb, before a noun ("I'd love to see you're zine");
- 'its' for 'it's' before an adjective and an infinitive ("Its reassuring to know").

Each reads the word class from the lexicon (lemminflect), so a word written as an adjective ("to detailed
reports", "two day workshops") or a noun stays clean.
"""

from __future__ import annotations

import re
from functools import lru_cache

from afterview.draft import Finding


@lru_cache(maxsize=4096)
def _classes(word: str) -> frozenset[str]:
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return frozenset(lemminflect.getAllLemmas(word.lower()))


@lru_cache(maxsize=4096)
def _base(word: str, cls: str) -> str:
    """The base form of `word` read as a word of class `cls` ('harder' -> 'hard' as ADJ), or the word itself."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    forms = lemminflect.getAllLemmas(word.lower()).get(cls)
    return str(forms[0]) if forms else word.lower()


def _comparative(word: str) -> bool:
    """'more', 'fewer', 'harder': a word that asks for 'than' ('later' and 'earlier' also order events)."""
    if word in ("more", "less", "fewer", "rather"):
        return True
    return word.endswith("er") and word not in ("later", "earlier") and _base(word, "ADJ") not in (word, "")


_OBJECT = r"(?:me|us|him|her|them|you|it|the|a|an|my|our|your|their|his|its|this|that|these|those|through|over)"
_TO_PAST = re.compile(rf"\bto\s+(?P<wrong>[a-z]{{3,}}ed|led|fed|met|ran|sent|built|taught|brought)\s+{_OBJECT}\b")
_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|several|many|few|both)"
_COUNT = re.compile(
    rf"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bevery )(?<!\beach )(?<!-)\b{_NUMBER}\s+(?P<wrong>[a-z]{{3,}})"
    r"(?=\s+(?:a|per|each|ago|later|earlier|before|after|running|in a row)\b|\s*[,.;!?])",
    re.I,
)
_THEN = re.compile(r"(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bso)(?<!\bjust)\s+(?P<wrong>then)\s+(?P<next>[a-z]{3,})\b")
_CLAUSE_END = re.compile(r"[,.;:!?()\u2014]")
_THERES = re.compile(
    r"\b(?P<wrong>[Tt]here['\u2019]s|[Tt]here is|[Tt]here was)\s+(?:some|many|several|a few|few|two|three|four|five"
    r"|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,}s)\b(?!['\u2019])"
)
_GRATEFUL = re.compile(r"\b(?:grateful|thankful|appreciative)\s+(?P<wrong>any|some|all)\b", re.I)
_OFF = re.compile(
    r"\b(?:remind|reminds|reminded|reminding)\s+(?:me|us|him|her|them|you)\s+(?P<wrong>off)\b"
    # (not "part", "one", "some": "take that part off your desk")
    r"|\b(?:kind|sort|most|each|many|both|couple|number|because|instead|proud|aware"
    r"|full|capable)\s+(?P<wrong_b>off)\s+(?:the|my|our|your|their|a|an|this|these|those|his|her|its|them|us|me)\b",
    re.I,
)
_WERE = re.compile(
    r"(?<![.!?]\s)(?<!\bif )(?<!\bas )(?<!\bthan )(?<!\bwhat )(?<!\bwho )(?<!\bwhere )(?<!\bwhen )"
    r"\b(?P<wrong>were)\s+(?:we|I|they|he|she)\s+(?:had|have|did|used|ran|built|worked|faced|saw|found|got|spent"
    r"|learned|learnt|managed|met|started|made|could|can|would|will)\b"
)
_THERE = re.compile(
    r"\b(?:expect|expecting|expected|receive|received|read|hear|heard|share|shared|review|reviewed|about|with|for"
    r"|of|into|see|saw|seen)\s+(?P<wrong>there)\s+(?P<noun>[a-z]{3,})\b(?!\s+(?:to|is|are|was|were|be)\b)",
    re.I,
)
_NOT_AFTER_THERE = frozenset(
    "are was were will would can could may might must should seem seems seemed appear appears remain remains exist"
    " exists come comes used again too yet early first now soon later today tomorrow before after once then and but"
    " already still also just really".split()
)
_YOURE = re.compile(
    r"\b(?:see|seeing|saw|love|loved|enjoyed|admire|admired|visit|visiting|try|tried|join|joining|meet|meeting|read"
    r"|reading|check out)\s+(?P<wrong>you['\u2019]re)\s+(?P<next>[a-z]{3,})\b",
    re.I,
)
_NOUN_NEXT = re.compile(r"\s+(?!(?:to|here|there|at|in|on|and|or|but|now|too|enough|with|for)\b)[a-z]{3,}\b")
_ITS_ADJ = re.compile(
    r"\b(?P<wrong>[Ii]ts)\s+(?:so |very |really |also |quite |always )?(?P<adj>[a-z]+(?:ing|ful|ble))\s+"
    r"(?=to\s+(?:see|know|hear|learn|read|think|meet|say|find|watch|have|be)\b|that\b)"
)


def _slip(m: re.Match[str], group: str, right: str, code: str) -> Finding:
    start, end = m.span(group)
    return Finding("grammar", "warning", code, f"'{m.group(group)}' should be '{right}' here.", (start, end), right)


def _to_past(text: str) -> list[Finding]:
    found = []
    for m in _TO_PAST.finditer(text):
        word = m.group("wrong")
        if _classes(word) == {"VERB"} and _base(word, "VERB") != word.lower():
            found.append(_slip(m, "wrong", _base(word, "VERB"), "verb_form"))
    return found


def _counts(text: str) -> list[Finding]:
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    found = []
    for m in _COUNT.finditer(text):
        word = m.group("wrong").lower()
        plural = lemminflect.getInflection(word, "NNS")
        singular = _base(word, "NOUN") == word  # ("children" is already plural)
        if _classes(word) == {"NOUN"} and singular and plural and plural[0] != word and not word.endswith("s"):
            found.append(_slip(m, "wrong", plural[0], "agreement"))
    return found


def _subjects(text: str) -> list[Finding]:
    found = []
    for m in _THERES.finditer(text):
        noun = m.group("noun").lower()
        if "NOUN" in _classes(noun) and _base(noun, "NOUN") != noun:
            right = "there were" if m.group("wrong").endswith("was") else "there are"
            found.append(_slip(m, "wrong", right, "agreement"))
    return found


def _homophones(text: str) -> list[Finding]:
    found: list[Finding] = []
    for m in _GRATEFUL.finditer(text):
        found.append(
            Finding("grammar", "warning", "missing_word", f"'{m.group()}' is missing 'for'.", m.span("wrong"), "for")
        )
    for m in _OFF.finditer(text):
        found.append(_slip(m, "wrong" if m.group("wrong") else "wrong_b", "of", "of_off"))
    found += [_slip(m, "wrong", "where", "were_where") for m in _WERE.finditer(text)]
    for m in _THERE.finditer(text):
        noun = m.group("noun").lower()
        if noun not in _NOT_AFTER_THERE and "NOUN" in _classes(noun) and not {"ADV", "ADP", "ADJ"} & _classes(noun):
            found.append(_slip(m, "wrong", "their", "their_there"))
    for m in _YOURE.finditer(text):
        word = m.group("next").lower()
        # "see you're new to it" is the verb; "see you're new scanner" the possessive before its noun
        adjective_alone = "ADJ" in _classes(word) and not _NOUN_NEXT.match(text, m.end())
        if word.endswith("ing") or {"ADV", "AUX"} & _classes(word) or adjective_alone or word in ("not", "welcome"):
            continue
        found.append(_slip(m, "wrong", "your", "your_youre"))
    for m in _THEN.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        clause = _CLAUSE_END.split(before)[-1].lower().split()
        after = _classes(m.group("next"))
        if {"AUX", "PRON"} & after or ("VERB" in after and "ADJ" not in after) or not any(map(_comparative, clause)):
            continue
        found.append(_slip(m, "wrong", "than", "then_than"))
    for m in _ITS_ADJ.finditer(text):
        adj = _classes(m["adj"])
        if "ADJ" in adj or (m["adj"].endswith("ing") and adj == {"VERB"}):  # "its encouraging to see"
            found.append(_slip(m, "wrong", "it's", "its_its"))
    return found


def word_slips(text: str) -> list[Finding]:
    """The slips above in `text`, one finding each."""
    return _to_past(text) + _counts(text) + _subjects(text) + _homophones(text)
