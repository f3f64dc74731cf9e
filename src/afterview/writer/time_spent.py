"""A time spent jotted before what it was spent on ('3 yrs dispatch at a container depot', '4 yrs as deck hand on
river boats', '5 yrs stage managing touring shows'), said with its verb as the candidate's own sentence ('I spent
three years in dispatch at …'), never as a bare '3 years dispatch at …, and that is the kind of work …'
(writer_blind32's judges). A role jotted bare ('6 yrs charge nurse') is shapes.tenure's."""

from __future__ import annotations

import re

from afterview.writer.shapes import _TENURE, DETERMINERS, FINITE, PREPOSITIONS, lemmas, spelled_span, tenure
from afterview.writer.shapes import _article as _article


def time_spent(text: str) -> str | None:
    """A time spent jotted before what it was spent on, said with its verb: '3 yrs dispatch at a container depot' →
    'I spent three years in dispatch at a container depot' (a field, one word, then where); '4 yrs as deck
    hand on river boats' → 'I spent four years as a deck hand on river boats'; '5 yrs stage managing touring shows'
    → 'I spent five years stage managing touring shows'. None for a role jotted bare (tenure's), for anything with a
    verb or a list of its own, and for a field with no place after it."""
    found = _TENURE.match(text.strip().rstrip("."))
    if not found or tenure(text):
        return None
    spent = f"I spent {spelled_span(found.group('n'), found.group('span'))}"
    words = found.group("role").split()
    if any(w in FINITE for w in words) or not all(w.isalpha() for w in words[:2]):
        return None
    if re.match(r"(?i)\S+\s+\S+\s+as\s", text.strip()):  # 'as' is the candidate's own: the role follows it
        return f"{spent} as {_article(found.group('role'))}"
    if _gerund(words[0]) or (len(words) > 1 and _gerund(words[1]) and _object_after(words)):
        return f"{spent} {found.group('role')}"  # 'stage managing touring shows': spent doing it
    if len(words) > 1 and _gerund(words[1]):
        return f"{spent} in {found.group('role')}"  # 'hydraulic modelling (…)': a field named by its work
    field = words[0] if len(words) > 2 and words[1].lower() in ("at", "in", "for", "with") else ""
    if not field.islower() or field in PREPOSITIONS or field in DETERMINERS:
        return None
    return f"{spent} in {found.group('role')}"


def _object_after(words: list[str]) -> bool:
    """'stage managing touring shows': the -ing word has an object after it, so it is a verb the time was spent
    doing; 'hydraulic modelling (MIKE 11)', 'hydraulic modelling incl. …', 'financial modelling for banks': no
    object (an adjective before it, or nothing, a bracket or a preposition after it), so it names a field."""
    if set(lemmas(words[0].lower())) == {"ADJ"} or len(words) < 3:
        return False
    after = words[2].lower().rstrip(".,;:")
    return after.isalpha() and after not in PREPOSITIONS and after not in ("incl", "including", "e.g", "eg", "and")


def _gerund(word: str) -> bool:
    """'managing', 'teaching': the -ing form of a verb ('string', 'spring' are no verb's -ing)."""
    verbs = lemmas(word.lower()).get("VERB") if word.endswith("ing") else None
    return verbs is not None and bool(verbs) and verbs[0] != word.lower()
