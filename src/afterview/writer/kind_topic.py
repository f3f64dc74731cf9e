"""A topic said to the person who owns it, kindly: a problem of theirs filed as a topic ('the pallet racks sit idle
most weeks', 'the AP team is swamped') is named by its subject ('the pallet racks', 'the AP team') in the frames glad
to have talked about it, never restated to them as 'how the AP team is swamped'; one with no short subject to name
is left out (an empty phrase: no topic sentence)."""

from __future__ import annotations

from afterview.writer import adapt
from afterview.writer.shapes import DETERMINERS, FINITE, lemmas
from afterview.writer.wh_verb import PARTICLES


def owner_topic(item: str) -> str:
    """adapt.topic's phrase for an item said to its owner; a problem said as 'how …' is named by its subject."""
    said = adapt.topic(item)
    if not said.startswith("how "):
        return said
    from afterview.notes.problem_words import problem_speak

    if not problem_speak(item):
        return said
    from afterview.writer.wh_verb import said_clause

    clause = said_clause(said)  # 'how night shift hands over press issues …': a deed of theirs, said whole
    if clause is not None:
        return clause
    return _subject(said.removeprefix("how ").split())


def _subject(words: list[str]) -> str:
    """The words before the clause's verb, with an article: 'pallet racks sit idle' → 'the pallet racks' (a word
    that could be the verb is part of the subject when the word after it could be the verb too: 'racks sit')."""
    lows = [w.lower() for w in words]

    def verb(n: int) -> bool:
        if n <= 0 or n >= len(lows) or "VERB" not in lemmas(lows[n]) or lows[n] in PARTICLES:
            return False
        return (lows[n].endswith("s") and not lows[n].endswith("ss")) or lows[n - 1].endswith("s")

    end = next((n for n in range(1, len(lows)) if lows[n] in FINITE or (verb(n) and not verb(n + 1))), None)
    subject = words[:end] if end is not None else []
    if not 1 <= len(subject) <= 5 or not any(w[:1].isalpha() for w in subject):
        return ""
    said = " ".join(subject)
    return said if subject[0].lower() in DETERMINERS else "the " + said
