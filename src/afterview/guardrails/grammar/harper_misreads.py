"""Harper lints that misread an ordinary sentence, judged by the words around them (issue 15, checks41).

- 'let' after its own subject ("roasters let slip", "the managers let staff choose") is the verb 'let', not an
  imperative that wants "let's"; only a clause that opens with 'let' can mean "let us".
- 'to' in a range "from X to Y" ("from fixed-term to permanent", "from Lisbon to Porto") is the preposition, never
  'too'.
- a word-choice suggestion that is no English word, for a word that is one ("uni" -> "dei"): Harper's guess, not a
  slip.
- a lower-case word after a dotted abbreviation ("my P.Eng. details", "a B.Sc. degree", "the U.K. office"): the
  period ends the abbreviation, not the sentence.
- 'they' with its own verb after it ("how much trust they build"): the subject of a clause, not an object that
  wants 'them'.
- 'there' after a form of 'be' ("Is there support", "Were there areas", "would there be"): the 'there' of
  existence, never 'their'.
- 'worst' with a time after it ("gets worst exactly when the crush peaks"): the superlative of degree.
- an 's' after a figure ("under-12s", "the 1990s"): a plural of the number, which Harper reads as a word alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.guardrails.grammar.harper_linter import _known_word

# Where a clause opens: the start of the text or of a sentence, a clause mark, or a word that joins clauses.
_CLAUSE_OPENS = re.compile(
    r"(?:\A|[.!?:;,(\n\u2014\u2013\"']|\b(?:and|so|then|now|but|or|please|just|ok|okay))\s*\Z", re.I
)
# 'from' earlier in the clause, a few words before 'to': a range.
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[^\s,.;:!?]+\s+){0,4}\Z", re.I)
# A form of 'be' right before 'there': "Is there", "Were there", "that there"-free inversions.
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|isn't|aren't|wasn't|weren't|isn\u2019t|aren\u2019t|wasn\u2019t|weren\u2019t)\s+\Z", re.I
)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|should|might|may|must|won't|won\u2019t)\s+\Z", re.I)
_BE_AFTER = re.compile(r"\s+(?:be|have been)\b", re.I)
# A time or condition after 'worst': "contamination gets worst exactly when the crush peaks" is the superlative of
# degree (worst at that time), not a comparison that wants 'worse' (blind44)
_WHEN_AFTER = re.compile(
    r"\s+(?:(?:exactly|just|precisely|right|usually|always)\s+)?(?:when|whenever|during|at|in|on|around|after|before|while)\b",
    re.I,
)
# A dotted abbreviation just before the word: "P.Eng.", "B.Sc.", "Ph.D.", "U.K.", "a.m.".
_DOTTED = re.compile(r"\b[A-Za-z]{1,4}\.(?:[A-Za-z]{1,4}\.)+\s+\Z")


def misread(rule: str, kind: str, problem: str, suggestions: Sequence[str], before: str, after: str) -> bool:
    """Whether a lint of Harper's `rule` (its `kind`) misreads the words at `problem` (module doc)."""
    word = problem.strip()
    if rule == "ThereToTheir" and (
        _BE_BEFORE.search(before) or (_MODAL_BEFORE.search(before) and _BE_AFTER.match(after))
    ):
        return True
    if rule == "TheyToThem" and _verb_next(after):
        return True
    if kind in ("Spelling", "Typo") and word.lower() == "s" and re.search(r"\d\Z", before):
        return True
    if rule == "LetsConfusion" and word.lower() == "let" and not _CLAUSE_OPENS.search(before):
        return True
    if rule == "ToTwoToo" and word.lower() == "to" and _FROM_BEFORE.search(before):
        return True
    if kind == "WordChoice" and _foreign_guess(word, suggestions):
        return True
    if word.lower().endswith("worst") and any("worse" in s.lower() for s in suggestions) and _WHEN_AFTER.match(after):
        return True
    return kind == "Capitalization" and word[:1].islower() and bool(_DOTTED.search(before))


def _foreign_guess(word: str, suggestions: Sequence[str]) -> bool:
    """Whether every suggestion for a known single word is a single word that English does not have."""
    one = [s.strip() for s in suggestions if s.strip()]
    if not one or not word.isalpha() or not _known_word(word.lower()):
        return False
    return all(s.isalpha() and not _known_word(s.lower()) for s in one)


# A word that is a verb or an auxiliary for a subject before it: "they build", "they can", "they really save".
_AUXILIARIES = re.compile(
    r"(?:are|were|have|had|do|did|can|could|will|would|should|may|might|must|shall|need|get|got|'re|\u2019re|'ve"
    r"|\u2019ve|'ll|\u2019ll|'d|\u2019d)",
    re.I,
)


def _verb_next(after: str) -> bool:
    """Whether the next word (an adverb in -ly, 'also', 'still', 'never' or 'all' between) is a verb."""
    words = re.split(r"[,.;:!?]", after, maxsplit=1)[0].split()
    while words and re.fullmatch(r"(?i)\w+ly|also|still|never|all|both|often|always|just", words[0]):
        words = words[1:]
    if not words:
        return False
    first = words[0].lower()
    if _AUXILIARIES.fullmatch(first):
        return True
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return "VERB" in lemminflect.getAllLemmas(first)
