"""Two or more people met, on one line: 'Ana Ruiz (ops dir) + Tom Lee (line lead)', 'Ana Ruiz & Tom Lee',
'Ana Ruiz and Tom Lee', 'Ana Ruiz, Tom Lee', 'w/ Ana Ruiz (ops dir, my boss) + Tom Lee + Bea (HR, first 10 min)'.
Each part a full name (with or without an aside in brackets; a first name alone when its aside says who they are),
the line is written as one line per person, so each is read as a person with their title, as a line of their own
is."""

from __future__ import annotations

import re

from afterview.notes.job_words import JOB_WORD

# a full name: a capitalised first word and one or two more, each with a lowercase letter ('Bath ME' is a place)
_FULL = r"(?:Dr\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z][a-z][\w'’-]*|Mc[A-Z]\w+|O'[A-Z]\w+|de|van|von|da|del)){1,2}"
_PERSON = re.compile(rf"(?P<name>{_FULL})(?:\s*\((?P<aside>[^()]*)\))?")
# 'Bea (HR, only first 10 min)', 'Bea': a first name alone, after 'w/' beside someone named in full
_FIRST_ONLY = re.compile(r"(?P<name>[A-Z][a-z][\w'’-]+)(?:\s*\((?P<aside>[^()]*)\))?")
# 'w/ …', 'with …', 'met …', 'met with …', 'panel: …': the line says who was met before it names them
_LEAD = re.compile(r"^(?:w/|with|met(?:\s+with)?|panel(?:\s+w/|\s+with)?:?|interviewers?:|ppl:|people:)\s*", re.I)
_JOINS = re.compile(r"\s+\+\s+|\s*&\s*|\s+and\s+|\s*,\s*")
_NOT_NAMES = re.compile(
    r"\b(?:Inc|LLC|Ltd|Co|Corp|Group|Company|Cellars|Winery|Brewing|Bank|Hospital|Clinic|School|University|"
    r"College|Street|Road|Avenue|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|June|July|August|September|October|November|December)\b"
)


# capitalised words jotted after 'w/' that are no one: 'w/ Dana Lee + Ops', '& Team'
_NOT_FIRST_NAMES = {
    "ops",
    "team",
    "hr",
    "legal",
    "finance",
    "sales",
    "marketing",
    "engineering",
    "it",
    "them",
    "others",
}


def _parts(text: str) -> list[str]:
    """The text split at its joins ('+', '&', 'and', ','), never inside brackets."""
    parts: list[str] = []
    depth, start = 0, 0
    for found in re.finditer(r"[()]|" + _JOINS.pattern, text):
        token = found.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            parts.append(text[start : found.start()])
            start = found.end()
    return [*parts, text[start:]]


def people_in_line(line: str) -> list[str] | None:
    """Each person of a line that is only people ('Ana Ruiz (ops dir) + Tom Lee'), as 'Name (aside)'; else None."""
    bullet = re.match(r"^\s*(?:[-*•]\s*)?", line)
    body = line[bullet.end() if bullet else 0 :].strip()
    lead = _LEAD.match(body)
    body = body[lead.end() :] if lead else body
    parts = [p.strip() for p in _parts(body)]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    found = [_PERSON.fullmatch(p) or (_FIRST_ONLY.fullmatch(p) if lead else None) for p in parts]
    if any(f is None for f in found) or not any(_PERSON.fullmatch(p) for p in parts):
        return None
    names = [f.group("name") for f in found if f is not None]
    if any(JOB_WORD.search(n) or _NOT_NAMES.search(n) or n.casefold() in _NOT_FIRST_NAMES for n in names):
        return None
    if "," in body and not any(f.group("aside") for f in found if f is not None) and _places_named(names):
        return None
    return parts


def _places_named(names: list[str]) -> bool:
    """Whether any of the names is a city ('Walla Walla, Spokane')."""
    from afterview.notes.city_zones import known_places

    places = known_places()
    return any(n.casefold() in places or n.split()[0].casefold() in places for n in names)


def one_per_line(text: str) -> tuple[str, list[str]]:
    """The text with each line of only people written as one line per person (blank lines kept), and their names:
    a line of nothing but names says who was met, with or without their titles."""
    out: list[str] = []
    names: list[str] = []
    for line in text.splitlines():
        people = people_in_line(line)
        out += people if people else [line]
        names += [m.group("name") for p in people or [] if (m := _PERSON.fullmatch(p) or _FIRST_ONLY.fullmatch(p))]
    return "\n".join(out) + ("\n" if text.endswith("\n") else ""), names
