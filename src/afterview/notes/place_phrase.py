"""A phrase that is a place and nothing else, in any case: 'asheville NC', 'Dayton, Ohio', 'aberdeen office', 'our
Leeds site', 'their Lyon plant'. Notes jot places in lower case; a lower-case word is read as a city only in these
shapes (a US state after it, or a site word), never alone in a sentence ('a nice office' is no Nice).
"""

from __future__ import annotations

import re

# US states written out ('Asheville, North Carolina'), to their two letters
_STATE_NAMES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
    "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX",
    "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA", "west virginia": "WV",
    "wisconsin": "WI", "wyoming": "WY",
}  # fmt: skip
# English words that are also a city's name: never read as one when written in lower case
_LOWER_WORDS = {
    "nice", "reading", "bath", "mobile", "split", "hull", "deal", "wells", "sale", "orange", "derby", "march",
    "victoria", "darwin", "most", "york", "troy", "aurora", "eugene", "cork", "la", "wy",
}  # fmt: skip
_SITE = r"(?:office|offices|site|plant|depot|yard|warehouse|campus|hq|headquarters|facility|branch|store|mill|works)"
_CITY = r"(?P<city>[A-Za-z][A-Za-z.'’-]*(?:\s+[A-Za-z][A-Za-z.'’-]*){0,2}?)"
_WITH_STATE = re.compile(rf"{_CITY}(?P<comma>,?)\s+(?P<state>[A-Z]{{2}}|[A-Za-z]+(?:\s+[A-Za-z]+)?)")
_AT_SITE = re.compile(rf"(?:(?:at|in)\s+)?(?:(?:the|their|our|his|her|its)\s+)?{_CITY}\s+{_SITE}", re.I)


def state_zone(state: str) -> str | None:
    """The zone most of a US state keeps, by its two letters or its name ('NC', 'North Carolina'), else None."""
    from afterview.notes.city_zones import STATES

    code = state if re.fullmatch(r"[A-Z]{2}", state) else _STATE_NAMES.get(" ".join(state.casefold().split()))
    return STATES.get(code or "")


def city_known(city: str) -> str | None:
    """The zone of a city the timezone database or the tables name, in any case, else None."""
    from afterview.notes.city_zones import known_places

    said = " ".join(city.casefold().split())
    if city == city.lower() and said in _LOWER_WORDS:
        return None
    return known_places().get(said)


def place_phrase(text: str) -> tuple[str, str] | None:
    """(timezone, the place as written) when the whole phrase is a place: a city with a US state ('asheville NC',
    'Dayton, Ohio'), or a known city with a site word ('aberdeen office', 'our Leeds site'), or a known city alone
    when written with its capital ('Aberdeen'); else None."""
    said = " ".join(text.strip(" .,;:!()[]").split())
    found = _WITH_STATE.fullmatch(said)
    if found:
        zone = state_zone(found.group("state"))
        two = bool(re.fullmatch(r"[A-Z]{2}", found.group("state")))
        city = found.group("city")
        words = two and found.group("state") in _WORDS and not found.group("comma")  # 'Salary OK'
        if (
            zone
            and (two or found.group("comma"))
            and not words
            and not re.search(r"(?i)\b(?:in|at|to|from|and|or)\b", city)
        ):
            return zone, city
    found = _AT_SITE.fullmatch(said)
    if found:
        zone = city_known(found.group("city"))
        if zone:
            return zone, found.group("city")
    if said[:1].isupper():
        zone = city_known(said)
        if zone:
            return zone, said
    return None


def met_at_site(text: str) -> bool:
    """Whether a part of the line, between commas, says where they met as a site: 'aberdeen office', 'at their
    site', 'onsite at the Leeds plant' ('(Osaka office)', a person's aside, says where someone works, not this)."""
    if not _MEETING.search(text):  # 'Member Services Supervisor, Duluth branch': where the job is, not where they met
        return bool(_AT_OUR_SITE.search(text)) and any(
            not found.group("city") or city_known(found.group("city")) for found in _AT_OUR_SITE.finditer(text)
        )
    for part in re.split(r"\s*[,;]\s*|\s+[-–—|]\s+", text):
        part = part.strip(" .")
        if re.fullmatch(rf"(?i)(?:(?:at|in)\s+)?(?:(?:the|their|our|his|her|its)\s+)?{_SITE}", part):
            return True
        found = _AT_SITE.fullmatch(part)
        if found and city_known(found.group("city")):
            return True
    # 'today 2pm at our Leeds site', 'at their office' (not '2 days a week in the Bristol office': the job's)
    return any(not found.group("city") or city_known(found.group("city")) for found in _AT_OUR_SITE.finditer(text))


# when or how they met, said on the line: 'panel today 10am', 'interview thurs', 'onsite 2pm'
_MEETING = re.compile(
    r"\b(?:interview\w*|panel|onsite|on-site|in person|met|meeting|today|tomorrow|yesterday|round|"
    r"mon|tues?|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday)\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b",
    re.I,
)
_AT_OUR_SITE = re.compile(
    rf"(?<!week )(?<!days )(?<!wk )\bat\s+(?:the|their|our)\s+"
    rf"(?:(?P<city>[A-Za-z][a-z'’-]+(?:\s+[A-Za-z][a-z'’-]+)?)\s+)?{_SITE}\b",
    re.I,
)


def places_in(text: str) -> list[tuple[str, str]]:
    """(timezone, place) of each part of each line, between commas, dashes or brackets, that is a place
    ('panel today 10am, aberdeen office', 'copper kettle brewing - taproom mgr - asheville NC'), and of each known
    city written in lower case inside a sentence with a state or a site word after it ('moved to tacoma WA')."""
    found = []
    for line in text.splitlines():
        for part in re.split(r"\s*[,;()\[\]]\s*|\s+[-–—|/]\s+|\s+(?:w/|with|at|in)\s+", line):
            place = place_phrase(part) if part.strip() else None
            if place:
                found.append((place[0], capitalised(place[1])))
        for said in re.finditer(rf"\b(?P<city>[a-z]+(?:\s+[a-z]+)?)\s+(?:(?P<state>[A-Z]{{2}})\b|{_SITE}\b)", line):
            zone = city_known(said.group("city"))
            if zone and (not said.group("state") or state_zone(said.group("state")) == zone):
                found.append((zone, capitalised(said.group("city"))))
        for said in _CITY_COMMA_STATE.finditer(line):  # 'onsite in dayton, Ohio'
            zone = state_zone(said.group("state"))
            two = len(said.group("state")) == 2
            if (
                zone
                and said.group("city").casefold() not in _NOT_A_CITY
                and not (two and said.group("state") in _WORDS)
            ):
                found.append((zone, capitalised(said.group("city"))))
    return found


def capitalised(place: str) -> str:
    """A place written in lower case, with its capitals ('west asheville' → 'West Asheville'); else as written."""
    return " ".join(w[:1].upper() + w[1:] for w in place.split()) if place == place.lower() else place


_STATE_WORDS = "|".join(sorted((n.title() for n in _STATE_NAMES), key=len, reverse=True))
_CITY_COMMA_STATE = re.compile(rf"\b(?P<city>[A-Za-z][a-z'’-]+),\s+(?P<state>{_STATE_WORDS}|[A-Z]{{2}})\b(?![a-z'’])")
_WORDS = {"OK", "IN", "OR", "ME", "HI", "OH", "AM", "PA", "LA", "ID", "DE", "MA"}  # also words: 'Salary, OK'
_NOT_A_CITY = {"and", "or", "but", "so", "yes", "no", "ok", "thanks", "hi", "hey", "well", "also", "then", "onsite"}


_LOWER_CITY_STATE = re.compile(r"\b(?P<city>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?),?\s+(?P<state>[A-Z]{2})\b(?![a-z'’])")
_LOWER_CITY_AFTER = re.compile(
    r"\b(?P<lead>in|at|to|from|near|around|outside)\s+(?P<city>(?:(?:west|east|north|south)\s+)?[a-z][a-z'’-]+"
    r"(?:\s+[a-z][a-z'’-]+)?)\b"
)


def places_capitalised(text: str) -> str:
    """Places written in lower case, with their capitals, as a letter writes them: a known city with its US state
    ('portland OR' → 'Portland, OR'), a known city after 'in', 'at', 'to' … ('in west asheville' → 'in West
    Asheville'). A word that is also a plain English word ('reading', 'nice') is left."""

    def with_state(found: re.Match[str]) -> str:
        city, state = found.group("city"), found.group("state")
        for words in (city, city.split()[-1]):  # 'lived in portland OR': the city is the last words
            zone = city_known(words)
            if zone and state_zone(state) == zone:
                return f"{found.group(0)[: len(city) - len(words)]}{capitalised(words)}, {state}"
        return found.group(0)

    def after(found: re.Match[str]) -> str:
        city = found.group("city")
        for words in (city, " ".join(city.split()[:-1])):
            bare = re.sub(r"^(?:west|east|north|south)\s+", "", words)
            if words and city_known(bare):
                return f"{found.group('lead')} {capitalised(words)}{city[len(words) :]}"
        return found.group(0)

    return _LOWER_CITY_AFTER.sub(after, _LOWER_CITY_STATE.sub(with_state, text))
