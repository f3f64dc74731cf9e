"""Capitalised words that are general knowledge, not a person or an organisation to verify against the notes.

The unsupported-name check exists to catch a wrong or invented person or organisation. These stand where no such
name stands:

- a form of a proper noun the notes write: "Insta" for the notes' "Instagram", "Czech and Slovak" for "Czechia and
  Slovakia", "a fellow Maduraikaari" where the notes say "both from Madurai" (a clipped form or a demonym, sharing
  the notes word's first five letters or more);
- a clipped common noun everyone writes capitalised: "Shizuoka Uni", "our Insta";
- an eponymous method or law: "Croston's method", "Little's law";
- a common noun capitalised before its number: "Division II", "Part 107", "Phase 2";
- a place named as general geography: "surveys in Greenland waters", "other nurseries in the Chiang Mai area";
- a place in a pleasantry about the reader's town: "Hope all is well in Mwanza".

A place where the company does something ("the new clinic in Burnie", "your Reykjavik office") is none of these and
is still checked.
"""

from __future__ import annotations

import re

from afterview.guardrails.grammar.harper_linter import _known_word
from afterview.guardrails.support import notes_texts, per_notes
from afterview.notes.model import Notes

# Clipped common nouns written capitalised: "Shizuoka Uni", "ran our Insta".
CLIPPED = frozenset({"uni", "insta", "poly"})

_STEM = 5  # letters a clipped form or a demonym shares with the notes word it comes from
_EXTRA = 6  # letters at most that one adds to the other ('-ia', '-gram', '-kaari')

_EPONYM_AFTER = re.compile(
    r"^(?:'s|\u2019s|s'|s\u2019)?\s+(?:method|law|theorem|algorithm|principle|equation|distribution|formula|effect"
    r"|criterion|paradox|razor|constant|inequality|lemma|conjecture|hypothesis|reaction|scale)s?\b",
    re.I,
)
_NUMBERED_AFTER = re.compile(r"^\s+(?:[IVX]{1,4}|\d{1,4})\b(?![\w%.,]*\d)")
_GEOGRAPHY_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w'\u2019-]*)*\s+(?:area|region|waters|coast|coastline|countryside|hinterland|outskirts|suburbs"
    r"|basin|delta|valley)\b"
)
_PLEASANTRY_BEFORE = re.compile(
    r"\b(?:all is|all's|all\u2019s|everything is|things are|life is)\s+(?:well|good|great|fine|going well|calm)"
    r"\s+(?:over |down |up |out |there )?(?:in|at)\s+$",
    re.I,
)


@per_notes
def _capitalised_notes_words(notes: Notes) -> frozenset[str]:
    """The notes' words written with a capital, lower case ('instagram', 'czechia', 'madurai')."""
    return frozenset(
        w.lower()
        for text in notes_texts(notes)
        for w in re.findall(r"\b[A-Z][a-z\u00c0-\u024f]+\b", text)
        if len(w) >= _STEM
    )


def _shares_stem(low: str, notes: Notes) -> bool:
    """Whether `low` is a clipped form or a derivative of a capitalised notes word: one starts with the other."""
    if len(low) < _STEM:
        return False
    for word in _capitalised_notes_words(notes):
        short, long_ = (low, word) if len(low) <= len(word) else (word, low)
        if short != long_ and long_.startswith(short) and len(long_) - len(short) <= _EXTRA:
            return True
    return False


def general_knowledge(low: str, text: str, start: int, end: int, notes: Notes) -> bool:
    """Whether the capitalised word text[start:end] (lower case `low`) is general knowledge, not a name to verify."""
    if low in CLIPPED or _shares_stem(low, notes):
        return True
    after = text[end:]
    if _EPONYM_AFTER.match(after):
        return True
    if _NUMBERED_AFTER.match(after) and _known_word(low):
        return True
    if _GEOGRAPHY_AFTER.match(after):
        return True
    before = re.search(r"(?:[A-Z][\w'\u2019-]*\s+)*$", text[:start])
    head = text[: before.start()] if before else text[:start]
    return _PLEASANTRY_BEFORE.search(head) is not None
