"""The timezone the places in pasted notes suggest: 'hybrid 3 days in Austin office' → America/Chicago, offered
as the default of `new`'s timezone question (Enter takes it, Tab completes another). A city is a place the
timezone database names (Chicago, London, Toronto) or one of the cities people name that it does not (Austin,
Milwaukee, Seattle); a word that is part of a person's name is no place, and places in different zones suggest none.
"""

from __future__ import annotations

import re

from afterview.notes.timezones import _COMMON, _canonical, region_of

# Cities people name that the timezone database does not, beyond the ones timezones.py reads in an answer.
_CITIES = {
    "milwaukee": "America/Chicago", "madison": "America/Chicago", "st louis": "America/Chicago",
    "st. louis": "America/Chicago", "kansas city": "America/Chicago", "nashville": "America/Chicago",
    "memphis": "America/Chicago", "new orleans": "America/Chicago", "san antonio": "America/Chicago",
    "fort worth": "America/Chicago", "oklahoma city": "America/Chicago", "omaha": "America/Chicago",
    "des moines": "America/Chicago", "st paul": "America/Chicago", "saint paul": "America/Chicago",
    "new york": "America/New_York", "brooklyn": "America/New_York", "manhattan": "America/New_York",
    "pittsburgh": "America/New_York", "cleveland": "America/New_York", "columbus": "America/New_York",
    "cincinnati": "America/New_York", "charlotte": "America/New_York", "raleigh": "America/New_York",
    "durham": "America/New_York", "orlando": "America/New_York", "tampa": "America/New_York",
    "baltimore": "America/New_York", "richmond": "America/New_York", "buffalo": "America/New_York",
    "hartford": "America/New_York", "providence": "America/New_York", "jacksonville": "America/New_York",
    "los angeles": "America/Los_Angeles", "la": "America/Los_Angeles", "oakland": "America/Los_Angeles",
    "san jose": "America/Los_Angeles", "sacramento": "America/Los_Angeles", "las vegas": "America/Los_Angeles",
    "palo alto": "America/Los_Angeles", "mountain view": "America/Los_Angeles", "boise": "America/Boise",
    "albuquerque": "America/Denver", "colorado springs": "America/Denver", "boulder": "America/Denver",
    "tucson": "America/Phoenix", "scottsdale": "America/Phoenix", "tempe": "America/Phoenix",
    "ottawa": "America/Toronto", "calgary": "America/Edmonton", "quebec city": "America/Toronto",
    "bristol": "Europe/London", "leeds": "Europe/London", "birmingham": "Europe/London", "glasgow": "Europe/London",
    "cambridge": "Europe/London", "oxford": "Europe/London", "cork": "Europe/Dublin", "galway": "Europe/Dublin",
    "barcelona": "Europe/Madrid", "milan": "Europe/Rome", "cologne": "Europe/Berlin", "geneva": "Europe/Zurich",
    "rotterdam": "Europe/Amsterdam", "lyon": "Europe/Paris", "hyderabad": "Asia/Kolkata", "pune": "Asia/Kolkata",
    "chennai": "Asia/Kolkata", "shenzhen": "Asia/Shanghai", "osaka": "Asia/Tokyo", "brisbane": "Australia/Brisbane",
    "honolulu": "Pacific/Honolulu", "auckland": "Pacific/Auckland", "wellington": "Pacific/Auckland",
    "porto": "Europe/Lisbon", "coimbra": "Europe/Lisbon", "faro": "Europe/Lisbon", "valencia": "Europe/Madrid",
    "seville": "Europe/Madrid", "sevilla": "Europe/Madrid", "bilbao": "Europe/Madrid", "marseille": "Europe/Paris",
    "toulouse": "Europe/Paris", "bordeaux": "Europe/Paris", "naples": "Europe/Rome", "turin": "Europe/Rome",
    "stuttgart": "Europe/Berlin", "leipzig": "Europe/Berlin", "gothenburg": "Europe/Stockholm",
    "krakow": "Europe/Warsaw", "kraków": "Europe/Warsaw", "gdansk": "Europe/Warsaw", "gdańsk": "Europe/Warsaw",
    "liverpool": "Europe/London", "sheffield": "Europe/London", "cardiff": "Europe/London",
    "asheville": "America/New_York", "duluth": "America/Chicago",
    "aberdeen": "Europe/London", "inverness": "Europe/London", "dundee": "Europe/London", "newcastle": "Europe/London",
    "nottingham": "Europe/London", "southampton": "Europe/London", "belfast": "Europe/London",
    "swansea": "Europe/London", "norwich": "Europe/London", "plymouth": "Europe/London", "brighton": "Europe/London",
    "leicester": "Europe/London", "coventry": "Europe/London", "exeter": "Europe/London", "stirling": "Europe/London",
    "limerick": "Europe/Dublin", "antwerp": "Europe/Brussels", "ghent": "Europe/Brussels",
    "utrecht": "Europe/Amsterdam", "eindhoven": "Europe/Amsterdam", "the hague": "Europe/Amsterdam",
    "dusseldorf": "Europe/Berlin", "düsseldorf": "Europe/Berlin", "dresden": "Europe/Berlin",
    "bremen": "Europe/Berlin", "hanover": "Europe/Berlin", "hannover": "Europe/Berlin", "nuremberg": "Europe/Berlin",
    "malmo": "Europe/Stockholm", "malmö": "Europe/Stockholm", "aarhus": "Europe/Copenhagen",
    "bergen": "Europe/Oslo", "stavanger": "Europe/Oslo", "trondheim": "Europe/Oslo", "tampere": "Europe/Helsinki",
    "wroclaw": "Europe/Warsaw", "wrocław": "Europe/Warsaw", "poznan": "Europe/Warsaw", "brno": "Europe/Prague",
    "graz": "Europe/Vienna", "salzburg": "Europe/Vienna", "basel": "Europe/Zurich", "lausanne": "Europe/Zurich",
    "bologna": "Europe/Rome", "florence": "Europe/Rome", "genoa": "Europe/Rome", "venice": "Europe/Rome",
    "malaga": "Europe/Madrid", "málaga": "Europe/Madrid", "zaragoza": "Europe/Madrid", "nantes": "Europe/Paris",
    "lille": "Europe/Paris", "strasbourg": "Europe/Paris", "gothenberg": "Europe/Stockholm",
    "tacoma": "America/Los_Angeles", "spokane": "America/Los_Angeles", "fresno": "America/Los_Angeles",
    "savannah": "America/New_York", "knoxville": "America/New_York", "greenville": "America/New_York",
    "burlington": "America/New_York", "portland me": "America/New_York",
}  # fmt: skip


def city_zone(text: str) -> str | None:
    """The region of a city people name that the timezone database does not ('Porto' → Europe/Lisbon), or None."""
    return _CITIES.get(" ".join(text.casefold().split()))


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


# short or lowercase in notes, or a word that names no city in a sentence ('North', 'Jersey' of 'New Jersey')
_NOT_CITIES = {"et", "ct", "pt", "mt", "dc", "uk", "sf", "nyc", "la", "bay area"}
_NOT_CITIES |= {"north", "south", "west", "east", "victoria", "jersey", "darwin", "lindeman", "currie", "knox"}
_LANDS = ("America/", "Europe/", "Asia/", "Africa/", "Australia/")  # not Antarctica/Casey, Indian/Christmas


def _places() -> dict[str, str]:
    """City name (lowercase) → its timezone: the database's own cities, timezones.py's and this module's."""
    own = {
        z.rsplit("/", 1)[-1].replace("_", " ").casefold(): z
        for z in sorted(_canonical())
        if z.count("/") == 1 and z.startswith(_LANDS) and z.split("/")[1].casefold() not in _NOT_CITIES
    }
    said = {k: v for k, v in _COMMON.items() if "/" in v and len(k) > 3 and k not in _NOT_CITIES}
    return {**own, **said, **_CITIES}


_E, _C, _M, _P = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
# a US state's two letters after a city ('Fargo ND', 'Dayton, OH'): the zone most of the state keeps
_STATES = {
    **dict.fromkeys("CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV".split(), _E),
    **dict.fromkeys("AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI".split(), _C),
    **dict.fromkeys("CO ID MT NM UT WY".split(), _M),
    **dict.fromkeys("CA NV OR WA".split(), _P),
    "AZ": "America/Phoenix", "AK": "America/Anchorage", "HI": "Pacific/Honolulu",
}  # fmt: skip
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
    places = _places()
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
        if state in _STATES and not any(w.casefold() in taken for w in city.split()):
            found.setdefault(_STATES[state], city)
    from afterview.notes.place_phrase import places_in

    for zone, city in places_in(text):  # 'asheville NC', 'aberdeen office': a place in lower case, by its shape
        if not any(w.casefold() in taken for w in city.split()):
            found.setdefault(zone, city)
    return next(iter(found.items())) if len(found) == 1 else None
