"""What the notes support: their free text, the names in them, and the words a checker must not flag."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from afterview.guardrails.text import bare_word, words
from afterview.notes.injection import looks_like_instruction
from afterview.notes.model import Notes
from afterview.notes.timezones import zone_countries

T = TypeVar("T")


def per_notes(fn: Callable[[Notes], T]) -> Callable[[Notes], T]:
    """Cache by the notes object's identity (Notes holds lists, so it is not hashable)."""
    cache: dict[int, tuple[Notes, T]] = {}

    @wraps(fn)
    def cached(notes: Notes) -> T:
        hit = cache.get(id(notes))
        if hit is not None and hit[0] is notes:
            return hit[1]
        if len(cache) >= 64:
            cache.clear()
        value = fn(notes)
        cache[id(notes)] = (notes, value)  # holding `notes` keeps its id from being reused
        return value

    return cached


def _city(zone: str) -> str:
    """The city an IANA timezone names ('Europe/London' -> 'London'): where they are is in the notes."""
    return zone.rpartition("/")[2].replace("_", " ") if "/" in zone else ""


def _country(zone: str) -> str:
    """The country an IANA timezone is in ('Asia/Tokyo' -> 'Japan'; 'Britain (UK)' gives both names)."""
    return zone_countries().get(zone, ("", ""))[1].replace("(", "").replace(")", "")


# The coast a North American timezone is on: "joining from the East Coast" for America/New_York.
_COASTS = {
    "East Coast": ("America/New_York", "America/Toronto", "America/Montreal", "America/Detroit", "America/Halifax"),
    "West Coast": ("America/Los_Angeles", "America/Vancouver", "America/Tijuana"),
}


def _coast(zone: str) -> str:
    return next((coast for coast, zones in _COASTS.items() if zone in zones), "")


@per_notes
def notes_texts(notes: Notes) -> tuple[str, ...]:
    """Every free-text value of the notes, names included, except text that reads as instructions."""
    c = notes.candidate
    out = [c.name, *c.highlights, *c.since_interview, notes.position, notes.company.name, *notes.company.news]
    out += notes.requested
    out += [_city(notes.interview.timezone), _country(notes.interview.timezone), _coast(notes.interview.timezone)]
    for person in notes.interviewers:
        out += [_city(person.timezone or ""), _country(person.timezone or ""), _coast(person.timezone or "")]
        out += [person.name, person.greet_as or "", person.title or ""]
        out += [*person.topics, *person.challenges, *person.rapport]
    return tuple(t for t in out if t and not looks_like_instruction(t))


@per_notes
def supported_words(notes: Notes) -> frozenset[str]:
    """Lower-cased words of the notes, with possessives cut ('Acme's' -> 'acme')."""
    found: set[str] = set()
    for text in notes_texts(notes):
        for piece in words(text):
            low = piece.text.lower().replace("\u2019", "'")
            found.add(low)
            found.add(bare_word(low))
            found.update(part for part in low.split("-") if part)
    return frozenset(found)


@per_notes
def exact_tokens(notes: Notes) -> frozenset[str]:
    """Words exactly as the notes write them (for acronyms such as AWS)."""
    return frozenset(bare_word(p.text) for t in notes_texts(notes) for p in words(t))


@per_notes
def names(notes: Notes) -> tuple[str, ...]:
    """Name parts: the candidate, each interviewer and the company, as spelled in the notes."""
    out = [*notes.candidate.name.split(), *notes.company.name.split()]
    for person in notes.interviewers:
        out += person.name.split()
        out += (person.greet_as or "").split()
    return tuple(dict.fromkeys(out))


@per_notes
def dictionary_words(notes: Notes) -> tuple[str, ...]:
    """Words to add to a spell checker: names, plus every word of the notes' free text."""
    out = list(names(notes))
    for text in notes_texts(notes):
        for piece in words(text):
            out.append(bare_word(piece.text))
    return tuple(dict.fromkeys(w for w in out if any(ch.isalpha() for ch in w)))


_ORG_AFTER = re.compile(r"\b(?:at|for|with|from|joined|left)\s+(?P<org>[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)?)")


@per_notes
def former_org_names(notes: Notes) -> frozenset[str]:
    """The candidate's other employers: organisations their highlights name, other than this company."""
    company = notes.company.name.lower()
    # a name their side of the notes also uses is a tool or thing they share ("design with SCADE"), no employer
    theirs = " ".join(
        [*notes.company.news, *(t for i in notes.interviewers for t in (*i.topics, *i.challenges))]
    ).lower()
    orgs = {
        m.group("org")
        for text in (*notes.candidate.highlights, *notes.candidate.since_interview)
        for m in _ORG_AFTER.finditer(text)
        if m.group("org").lower() != company
        and m.group("org").lower() not in company
        and not re.search(rf"\b{re.escape(m.group('org').lower())}\b", theirs)
    }
    return frozenset(orgs)


@per_notes
def former_orgs_of(notes: Notes) -> re.Pattern[str] | None:
    """The candidate's other employers as a pattern (former_org_names)."""
    orgs = former_org_names(notes)
    if not orgs:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(o) for o in sorted(orgs, key=len, reverse=True)) + r")\b")
