"""A well-known place or a nationality in the country the notes already name: "Tokyo" where the notes say "expand
to Japan", "the Belgian context" for an interview in Ghent (Europe/Brussels). Where the notes put the company or
the talk, its country's adjective is common knowledge, not a name the candidate made up; its cities are too, unless
the notes pin the country to a city of its own (then another city is a swapped place: Eindhoven for Delft)."""

from __future__ import annotations

import functools

from afterview.guardrails.support import per_notes, supported_words
from afterview.notes.city_zones import known_places
from afterview.notes.model import Notes
from afterview.notes.timezones import zone_countries

# A nationality adjective's ending, longest first: Japanese, Belgian, Kenyan, Polish, Thai.
_ADJECTIVE_ENDS = ("ese", "ian", "ean", "ish", "an", "i", "n")


@functools.cache
def _countries() -> tuple[str, ...]:
    """Country names (lower case) of the timezone database's iso3166.tab, single words first ('belgium')."""
    return tuple(sorted({name.lower() for _, name in zone_countries().values()}))


def country_of_adjective(low: str) -> str | None:
    """The country a nationality adjective names: 'belgian' -> 'belgium', 'japanese' -> 'japan', 'kenyan' -> 'kenya';
    None for a word that is no such adjective."""
    for end in _ADJECTIVE_ENDS:
        if not low.endswith(end) or len(low) - len(end) < 4:
            continue
        stem = low[: -len(end)]
        for country in _countries():
            if country.startswith(stem) and len(country) - len(stem) <= 3 and " " not in country:
                return country
    return None


def country_of_city(low: str) -> str | None:
    """The country of a city the timezone tables know ('tokyo' -> 'japan', 'osaka' -> 'japan')."""
    zone = known_places().get(low)
    if zone is None:
        return None
    name = zone_countries().get(zone, ("", ""))[1].lower()
    return name or None


def _zones(notes: Notes) -> list[str]:
    return [z for z in (notes.interview.timezone, *(i.timezone for i in notes.interviewers)) if z]


@per_notes
def _countries_by_name(notes: Notes) -> frozenset[str]:
    """The countries the notes name by name ('expand to Japan')."""
    supported = supported_words(notes)
    return frozenset(c for c in _countries() if all(w in supported for w in c.split()))


@per_notes
def _named_countries(notes: Notes) -> frozenset[str]:
    """The countries the notes name, or hold a city or a nationality of, and the countries of their timezones."""
    supported = supported_words(notes)
    out = set(_countries_by_name(notes))
    out |= {zone_countries().get(z, ("", ""))[1].lower() for z in _zones(notes)}
    for word in supported:
        out.add(country_of_city(word) or "")
        out.add(country_of_adjective(word) or "")
    out.discard("")
    return frozenset(out)


@per_notes
def _open_countries(notes: Notes) -> frozenset[str]:
    """The countries the notes name by name and pin to no city (their timezones' cities included): "expand to
    Japan" leaves Tokyo and Osaka open; where the notes hold Delft, Eindhoven is a swapped place, not common
    knowledge."""
    pinned = {country_of_city(w) for w in supported_words(notes)}
    return frozenset(_countries_by_name(notes) - pinned)


# A continent by the first part of its timezones' names: "Europe" for a talk in Europe/Madrid.
_CONTINENTS = {"europe": "Europe/", "asia": "Asia/", "africa": "Africa/", "america": "America/"}


def in_named_country(low: str, notes: Notes) -> bool:
    """Whether a capitalised word is a city or a nationality of a country the notes name, or the continent the
    notes' timezones are on."""
    if low in _CONTINENTS:
        return any(z.startswith(_CONTINENTS[low]) for z in _zones(notes))
    city = country_of_city(low)
    if city is not None:
        return city in _open_countries(notes)
    country = country_of_adjective(low)
    return country is not None and country in _named_countries(notes)
