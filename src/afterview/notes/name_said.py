"""How the notes themselves say a person's name, as evidence for the greeting (`salutation.greeting_name`).

The candidate writes names the way they heard them: 'Kinjo-san joined for the last 20 min' (the first word of
Kinjo Kenta is the family name, said with '-san'), 'Ms Enkhjargal switched to Russian' (the title and the word
she is called by), 'Family names first as on their meishi' (every name of the file is written family name
first), 'Roberta = point of contact, she'll send the decision' (a pronoun in a line that names her alone).
A comment is read as the items are; a word shared with another person of the notes says nothing of either.
"""

from __future__ import annotations

import re

from afterview.notes.comments import comment_lines
from afterview.notes.model import Interviewer, Notes
from afterview.notes.names import name_parts

# 'Kinjo-san', 'Hayashi-sensei', 'Park-nim': a word of a name said with its language's polite suffix
_SUFFIXED = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_][\w'’]*)-(?P<suffix>san|sama|sensei|nim|ssi)\b")
# 'Ms Enkhjargal', 'Mr. Faisal': a courtesy title and the one word after it
_TITLED = re.compile(r"(?<![\w-])(?P<title>Mr|Ms|Mrs|Miss)\.?\s+(?P<word>[^\W\d_][\w'’-]*)")
# 'family names first', 'surname first', 'names written family name first'
_ORDER = re.compile(r"\b(?:family|sur|last)[ -]?names?\s+(?:(?:are|is|come|comes|go|goes|written)\s+)?first\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers|herself|she's|she'd|she'll)\b", re.I)
_HE = re.compile(r"\b(?:he|him|his|himself|he's|he'd|he'll)\b", re.I)


def _texts(notes: Notes) -> tuple[str, ...]:
    """Where the notes speak of people: the comments and every interviewer's items."""
    items = (t for p in notes.interviewers for t in (*p.topics, *p.challenges, *p.rapport))
    return (*comment_lines(notes), *items)


def _own_words(person: Interviewer, notes: Notes) -> dict[str, str]:
    """The words of their name no other person of the notes (nor the candidate) has, by their folded form."""
    others = {w.casefold() for p in notes.interviewers if p is not person for w in name_parts(p.name)}
    others |= {w.casefold() for w in name_parts(notes.candidate.name)}
    return {w.casefold(): w for w in name_parts(person.name) if len(w) > 1 and w.casefold() not in others}


def said_with_suffix(person: Interviewer, notes: Notes) -> tuple[str, str] | None:
    """('Kinjo', 'san') when the notes say a word of their name with a polite suffix; None otherwise."""
    own = _own_words(person, notes)
    for text in _texts(notes):
        for m in _SUFFIXED.finditer(text):
            word = own.get(m.group("word").casefold())
            if word:
                return word, m.group("suffix").lower()
    return None


def said_with_title(person: Interviewer, notes: Notes) -> str | None:
    """'Ms. Enkhjargal' when the notes say a word of their name after a courtesy title; None otherwise."""
    own = _own_words(person, notes)
    for text in _texts(notes):
        for m in _TITLED.finditer(text):
            word = own.get(m.group("word").casefold())
            if word:
                return f"{m.group('title')}. {word}"
    return None


def written_family_first(notes: Notes) -> bool:
    """Whether the notes say their names are written family name first ('Family names first as on their meishi')."""
    return any(_ORDER.search(text) for text in _texts(notes))


def comment_pronoun(person: Interviewer, notes: Notes) -> str | None:
    """'she' or 'he' when a comment line that names them and no one else says it ('Roberta = point of contact,
    she'll send the decision'); None when none does, or lines say both."""
    own = set(_own_words(person, notes))
    others = [set(_own_words(p, notes)) for p in notes.interviewers if p is not person]
    found: set[str] = set()
    for line in comment_lines(notes):
        words = {w.casefold() for w in re.findall(r"[^\W\d_][\w'’]*", line)}
        if not words & own or any(words & other for other in others):
            continue
        if _SHE.search(line):
            found.add("she")
        if _HE.search(line):
            found.add("he")
    return found.pop() if len(found) == 1 else None
