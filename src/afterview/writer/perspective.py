"""Whose side a notes item speaks from, said to the person it is about: 'their component library' → 'your component
library' written to its owner, 'our' → 'the team's' to anyone else, 'she runs' → 'you run'; and the mass nouns that
take no article ('fatigue', 'waste'). Shared by writer/adapt.py and writer/topic_detail.py, which import nothing of
each other through it."""

from __future__ import annotations

import re
from functools import partial

from afterview.writer.company_moves import COMPANY_MOVE
from afterview.writer.finite import BEFORE_VERB
from afterview.writer.shapes import lemmas, words_of

# Notes speak of the interviewer's side as "their"/"our"; writing to that person it is "your".
_TO_OWNER = [
    (COMPANY_MOVE, "the "),
    (re.compile(r"\btheir\b", re.I), "your"),
    (re.compile(r"\btheirs\b", re.I), "yours"),
    (re.compile(r"\bour\b", re.I), "your"),
    (re.compile(r"\bours\b", re.I), "yours"),
    (re.compile(r"\bthey're\b", re.I), "you're"),
    (re.compile(r"\bwe're\b", re.I), "you're"),
    (re.compile(r"(^|\b(?:how|why|what|where|when|whether|that|and|so)\s)(?:they|we)\b", re.I), r"\1you"),
    (re.compile(r"\bthem\b(?=\s*$)", re.I), "you"),
    (re.compile(r"\b(for|to|with|at|by|about|from) them\b", re.I), r"\1 you"),
    (re.compile(r"\b[Uu]s\b"), "you"),  # never 'US', a country: 'grants from US family trusts'
]
# Writing to someone else about that person's side: "their" stays, "our" becomes "the team's".
_TO_OTHERS = [
    (re.compile(r"\bour\b", re.I), "the team's"),
    (re.compile(r"(^|\b(?:how|why|what|where|when|whether|that|and|so)\s)we\b", re.I), r"\1they"),
]


def perspective(text: str, *, to_owner: bool) -> str:
    """'their component library' → 'your component library' when written to its owner; in 'users
    abandon the wizard before connecting their bank' "their" is the users' and stays."""
    for pattern, replacement in _TO_OWNER if to_owner else _TO_OTHERS:
        text = pattern.sub(partial(_replace_unless_owned, text, replacement=replacement), text)
    return to_recipient(text) if to_owner else text


def _replace_unless_owned(text: str, match: re.Match[str], *, replacement: str) -> str:
    """Keep "their"/"they"/"them" when a plural noun before it is who they are."""
    word = match.group().lower()
    if word.strip() in ("their", "theirs", "they're", "them") or word.endswith(("they", " them")):
        before = [w for w in words_of(text[: match.start()]) if w.isalpha()]
        plural = [n for n, w in enumerate(before) if w.endswith("s") and not w.endswith("ss") and _plural_noun(w)]
        # the plural is who they are when it acts before them ('users abandon … their bank'); a plural only
        # followed by a preposition owns nothing ('edge effects in their assays': the reader's assays)
        if plural and (any(_person(before[n]) for n in plural) or any(_acts(w) for w in before[plural[0] + 1 :])):
            return match.group()
    return match.expand(replacement)


def _plural_noun(word: str) -> bool:
    """A noun in the plural: 'users', never 'gas' or 'lens', nouns that are their own lemma."""
    nouns = lemmas(word).get("NOUN", ())
    return bool(nouns) and nouns[0] != word.lower()


def _acts(word: str) -> bool:
    """A word that says someone does something: a verb that is no noun too ('abandon'), or a verb in -ing."""
    found = lemmas(word.lower())
    return ("VERB" in found and "NOUN" not in found) or word.endswith("ing")


_PEOPLE = frozenset("people staff parents kids children patients clients guests members volunteers nurses".split())


def _person(word: str) -> bool:
    """A plural that names people ('drivers', 'tenants', 'artists', 'parents'): their things are theirs."""
    w = word.lower()
    return w in _PEOPLE or w.endswith(("ers", "ors", "ists", "ants", "ents", "ians", "ees"))


MASS = set(
    "fatigue support strategy culture health growth retention debt data hiring onboarding feedback"
    " weather risk fraud terrain traffic demand compliance security safety"
    " quality insurance coverage capacity supply inventory research software hardware equipment content"
    " damage waste spoilage shrinkage downtime scrap wastage".split()
)


_THIRD = [
    # "he's toured Lisbon twice", "she's been": 's is 'has' before a participle with its object or 'been'
    (
        re.compile(
            r"\b(?i:she|he)'s(?= been\b| [a-z]+(?:ed|en|un|wn|ught|ilt|ld|ne|ot) (?:the|a|an|his|her|\d|[A-Z]))"
        ),
        "you've",
    ),
    (re.compile(r"\b(?:she|he)'s\b", re.I), "you're"),
    (re.compile(r"\b(?:herself|himself)\b", re.I), "yourself"),
    (re.compile(r"\bhis\b", re.I), "your"),
    (re.compile(r"\bher\b(?=\s+[a-z0-9])", re.I), "your"),
    (re.compile(r"\b(?:her|him)\b", re.I), "you"),
]
_AGREE = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't"}


def to_recipient(text: str) -> str:
    """An item about the recipient, spoken to them: 'the anime club she runs on Fridays' →
    'the anime club you run on Fridays', 'her team's roadmap' → 'your team's roadmap'."""
    words = text.split(" ")
    out: list[str] = []
    skip = 0
    for n, word in enumerate(words):
        if skip:
            skip -= 1
            continue
        if word.lower() in ("she", "he"):
            out.append("You" if word[0].isupper() and n == 0 else "you")
            at = n + 1
            while (
                at < len(words) and at < n + 3 and words[at].lower() in BEFORE_VERB
            ):  # 'he also rows' → 'you also row'
                at += 1
            if at < len(words):
                low = words[at].lower()
                agreed = _AGREE.get(low)
                if agreed is None and low.endswith("s") and low.isalpha() and "VERB" in lemmas(low):
                    lemma = lemmas(low)["VERB"][0]
                    agreed = lemma if lemma != low else None
                if agreed is not None:
                    out += [*words[n + 1 : at], agreed]
                    skip = at - n
            continue
        out.append(word)
    result = " ".join(out)
    for pattern, replacement in _THIRD:
        result = pattern.sub(replacement, result)
    return result
