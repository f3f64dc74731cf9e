"""The timezone the places in pasted notes suggest: 'hybrid 3 days in Austin office' → America/Chicago, offered
as the default of `new`'s timezone question (Enter takes it, Tab completes another). A city is a place the
timezone database names (Chicago, London, Toronto) or one of the cities people name that it does not (Austin,
Milwaukee, Seattle); a word that is part of a person's name is no place, and places in different zones suggest none.
"""

from __future__ import annotations

import re

from afterview.notes.city_zones import CITIES, STATES, known_places
from afterview.notes.place_phrase import places_in
from afterview.notes.timezones import _COMMON, region_of


def city_zone(text: str) -> str | None:
    """The region of a city people name that the timezone database does not ('Porto' → Europe/Lisbon), or None."""
    return CITIES.get(" ".join(text.casefold().split()))


def zone_answer(text: str) -> str:
    """An answer to 'In which timezone was it?': a region name, what people call a zone, or a city of the table
    above ('Porto'); anything else raises region_of's ValueError, with its hint."""
    try:
        return region_of(text)
    except ValueError:
        city = city_zone(text)
        if city is None:
            raise
        return city


_CITY_STATE = re.compile(r"\b(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?P<comma>,?)\s+(?P<state>[A-Z]{2})\b(?![a-z'’])")
_WORDS = {"OK", "IN", "OR", "ME", "HI", "OH", "AM", "PA", "LA", "ID", "DE", "MA"}  # also words: 'Salary OK' needs ','


def zone_in_notes(text: str, names: list[str]) -> tuple[str, str] | None:
    """(timezone, the place as written) when the cities the first line names, else the head of the notes (its first
    three lines), else the whole notes, written with a capital and not part of a person's name, are all in one
    timezone; else None. A name the notes use as a person's ('w/ Sofia (HR)') is no place; a zone's word inside
    a place's name ('the Mercado Central') is no zone; a place of small talk below the head ('we both did erasmus in
    Valencia') is not where the interview was."""
    from afterview.notes.person_context import people_words

    taken = {w.casefold() for name in names for w in name.split()} | people_words(text)
    lines = [line for line in text.splitlines() if line.strip()]
    about_work = [line for i, line in enumerate(lines) if i == 0 or not _SMALL_TALK.search(line)]
    return (
        _one_zone(lines[0] if lines else "", taken)
        or _one_zone("\n".join(about_work[:3]), taken)
        or _one_zone("\n".join(about_work), taken)
    )


# 'we both did erasmus in Valencia', 'grew up in Bradford', 'supports Leeds Rhinos': a place of small talk, not where
# the interview was
_SMALL_TALK = re.compile(
    r"\b(?:rapport|in common|both|grew up|born|lived|studied|erasmus|holiday|vacation|trip|visited|fans?|supports?|"
    r"went to|moved from|hometown|family|honeymoon)\b",
    re.I,
)


def _one_zone(text: str, taken: set[str]) -> tuple[str, str] | None:
    places = known_places()
    found: dict[str, str] = {}
    for match in re.finditer(r"\b[A-Z][a-z]+(?:\.?\s+[A-Z][a-z]+){0,2}\b", text):
        words = match.group(0).split()
        for size in range(len(words), 0, -1):  # 'Salt Lake City' before 'Salt'
            for start in range(len(words) - size + 1):
                said = " ".join(words[start : start + size])
                if size < len(words) and said.casefold() in _COMMON:  # 'Mercado Central', 'Central London'
                    continue
                if said.casefold() in places and not any(w.casefold() in taken for w in said.split()):
                    found.setdefault(places[said.casefold()], said)
                    break
            else:
                continue
            break
    for match in _CITY_STATE.finditer(text):  # 'Fargo ND': a city the lists lack, by its state
        city = match.group("city")
        state = match.group("state")
        if state in _WORDS and not match.group("comma"):
            continue
        if state in STATES and not any(w.casefold() in taken for w in city.split()):
            found.setdefault(STATES[state], city)
    for zone, city in places_in(text):  # 'asheville NC', 'aberdeen office': a place in lower case, by its shape
        if not any(w.casefold() in taken for w in city.split()):
            found.setdefault(zone, city)
    return next(iter(found.items())) if len(found) == 1 else None
