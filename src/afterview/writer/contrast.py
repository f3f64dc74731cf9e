"""A contrast jotted with a bare 'not' ('wants weekly KPIs not end-of-month reports', 'regulator wants explainable
scores, not black-box') said as a letter says it: a comma before 'not', and an adjective left with no noun after
it, where it stands against the noun's modifier, given the noun ('explainable scores, not black-box ones'). Only
where 'not' follows a plural noun and is followed by nothing but a noun phrase to the end of the clause: 'records
not updated' (a participle) and 'not enough conductors' (a determiner) are other shapes and stay.
"""

from __future__ import annotations

import re

from afterview.writer.lemma import lemmas

_CONTRAST = re.compile(
    r"(?P<noun>\b[A-Za-z][\w-]*[A-Za-z]s)(?P<comma>,?) not (?P<np>[a-z][\w-]*(?: [A-Za-z][\w-]*){0,3})(?=[.;:!?)]|,|$)"
)
_NOT_NOUN_PHRASE = frozenset(
    "a an the my our your their this that these those enough only just yet always quite too so very all every "
    "any some much many more less least sure because if when about as to be been being".split()
)


def _kinds(word: str) -> set[str]:
    return set(lemmas(word.lower().rsplit("-", 1)[-1]))


def _adjective(word: str) -> bool:
    """'explainable', 'detailed': a word the dictionary knows as an adjective and never as a noun, or an unknown
    word with an adjective's ending."""
    kinds = _kinds(word)
    return ("ADJ" in kinds and "NOUN" not in kinds) or (
        not kinds and re.search(r"(?:able|ible|al|ive|ous|ful|ic|less)$", word) is not None
    )


def _plural_noun(word: str) -> bool:
    """'scores', 'KPIs' (an acronym's plural), never 'gas' or 'this'."""
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return True
    found = lemmas(word.lower())
    return word[-1] == "s" and "NOUN" in found and word.lower() not in found["NOUN"]


def said_contrast(sentence: str) -> str:
    """`sentence` with each jotted contrast said whole (module doc)."""

    def one(found: re.Match[str]) -> str:
        words = found["np"].split()
        if not _plural_noun(found["noun"]) or words[0].lower() in _NOT_NOUN_PHRASE:
            return found[0]
        kinds = [_kinds(w) for w in words]
        if any(not k & {"NOUN", "ADJ"} or ("ADV" in k and "ADJ" not in k) for k in kinds):
            return found[0]  # 'not updated', 'not quickly'
        if any(w.endswith(("ed", "ing")) and "VERB" in _kinds(w) and "NOUN" not in _kinds(w) for w in words):
            return found[0]
        np = found["np"]
        before = sentence[: found.start()].split()
        modifier = bool(before) and _adjective(before[-1])  # 'explainable scores'
        if len(words) == 1 and modifier and not _plural_noun(words[0]):
            np += " ones"  # 'explainable scores, not black-box' → '…, not black-box ones': the modifier contrasted
        return f"{found['noun']}, not {np}"

    return _CONTRAST.sub(one, sentence)
