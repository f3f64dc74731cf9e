"""A place swapped inside a detail the notes give: "testing with kids at a school in Envigado" where the notes say
"a school in Itagüí". Both places may be in the notes (the studio is in Envigado), so each name alone looks
supported; beside the words of the one notes item it retells ("<noun> in <Place>"), it must be that item's place."""

from __future__ import annotations

import re
import unicodedata

from afterview.draft import Finding
from afterview.guardrails.notes_forms import initials
from afterview.guardrails.support import notes_texts, per_notes
from afterview.guardrails.text import content_stems, sentences
from afterview.notes.model import Notes

_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*"
_PLACED = re.compile(rf"\b(?P<noun>[a-z]{{3,}})\s+(?P<prep>in|at|near|outside)\s+(?:the\s+)?(?P<place>{_NAME})")


@per_notes
def _placed_items(notes: Notes) -> tuple[tuple[str, str, frozenset[str], int], ...]:
    """(noun and preposition, place, the item's other content stems, the words of them a retelling must share)
    for each "<noun> in <Place>" a notes item writes ("a tracker in Google Sheets" is no place to swap with "the
    tracker at the gym"). Company news is told back as news ("the new greenhouse in X opening ..."): its noun and
    one more of its words tie a sentence to it; any other item needs two more."""
    out = []
    news = set(notes.company.news)
    for text in notes_texts(notes):
        for m in _PLACED.finditer(text):
            if _NO_PLACE.fullmatch(m.group("place")):
                continue
            rest = text[: m.start()] + " " + text[m.end() :]
            out.append(
                (
                    f"{m.group('noun')} {m.group('prep')}".lower(),
                    m.group("place"),
                    frozenset(content_stems(rest, generic=True)),
                    1 if text in news else 2,
                )
            )
    return tuple(out)


# A time, not a place: "live in Q2", "opening in May", "windows in Jan-Feb" (a range of months, however spelt).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_NO_PLACE = re.compile(
    rf"Q[1-4]|H[12]|FY\S*|{_MONTH}(?:\s*[-\u2013]\s*{_MONTH})?(?: \d+)?"
    r"|(?:Spring|Summer|Autumn|Fall|Winter)(?: \d+)?"
)


def _folded(text: str) -> str:
    """Lower case without accents: "Université" and "Universite" are one name."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


@per_notes
def _people_and_company(notes: Notes) -> frozenset[str]:
    names = [notes.company.name, notes.candidate.name, *(i.name for i in notes.interviewers)]
    return frozenset(w.lower() for n in names for w in n.split())


def swapped_places(body: str, notes: Notes) -> list[Finding]:
    items = _placed_items(notes)
    if not items:
        return []
    found = []
    for sentence in sentences(body):
        for m in _PLACED.finditer(sentence.text):
            noun, place = f"{m.group('noun')} {m.group('prep')}".lower(), m.group("place")
            if any(w.lower() in _people_and_company(notes) for w in place.split()):
                continue  # "the team at Lantern": the company or a person, not a detail's place
            said = set(content_stems(sentence.text[: m.start()] + " " + sentence.text[m.end() :], generic=True))
            if _NO_PLACE.fullmatch(place):
                continue
            for item_noun, item_place, stems, ties in items:
                if item_noun != noun or _folded(item_place) == _folded(place) or len(said & stems) < ties:
                    continue
                if _folded(place) in _folded(item_place) or _folded(item_place) in _folded(place):
                    continue
                if item_place.isupper() and initials(place.split()) == item_place:
                    continue  # 'San Francisco' for the notes' 'SF' (writer/short_forms.py)
                if any(noun == n and _folded(place) == _folded(p) for n, p, _, _ in items):
                    continue  # the notes place this noun there too
                at = sentence.start + m.start("place")
                found.append(
                    Finding(
                        "facts",
                        "error",
                        "wrong_place",
                        f"'{m.group()}': your notes put the {noun} {item_place}, not {place}.",
                        (at, at + len(place)),
                        item_place,
                    )
                )
                break
    return found
