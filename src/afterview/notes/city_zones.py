"""City name → timezone: the cities people name in notes that the timezone database does not (Aberdeen,
Asheville, Porto), the database's own cities and the ones timezones.py reads, and a US state's zone by its two
letters. One table for place_zones.py (the zone the notes suggest) and place_phrase.py (a place in any case)."""

from __future__ import annotations

import functools

from afterview.notes.timezones import _COMMON, _canonical

# Cities people name that the timezone database does not, beyond the ones timezones.py reads in an answer.
CITIES = {
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

# short or lowercase in notes, or a word that names no city in a sentence ('North', 'Jersey' of 'New Jersey')
_NOT_CITIES = {"et", "ct", "pt", "mt", "dc", "uk", "sf", "nyc", "la", "bay area"}
_NOT_CITIES |= {"north", "south", "west", "east", "victoria", "jersey", "darwin", "lindeman", "currie", "knox"}
_LANDS = ("America/", "Europe/", "Asia/", "Africa/", "Australia/")  # not Antarctica/Casey, Indian/Christmas


@functools.cache  # read-only; built once from the database, not on every line read
def known_places() -> dict[str, str]:
    """City name (lowercase) → its timezone: the database's own cities, timezones.py's and this module's."""
    own = {
        z.rsplit("/", 1)[-1].replace("_", " ").casefold(): z
        for z in sorted(_canonical())
        if z.count("/") == 1 and z.startswith(_LANDS) and z.split("/")[1].casefold() not in _NOT_CITIES
    }
    said = {k: v for k, v in _COMMON.items() if "/" in v and len(k) > 3 and k not in _NOT_CITIES}
    return {**own, **said, **CITIES}


_E, _C, _M, _P = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
# a US state's two letters after a city ('Fargo ND', 'Dayton, OH'): the zone most of the state keeps
STATES = {
    **dict.fromkeys("CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV".split(), _E),
    **dict.fromkeys("AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI".split(), _C),
    **dict.fromkeys("CO ID MT NM UT WY".split(), _M),
    **dict.fromkeys("CA NV OR WA".split(), _P),
    "AZ": "America/Phoenix", "AK": "America/Anchorage", "HI": "Pacific/Honolulu",
}  # fmt: skip
