"""How a person likes to be addressed, as the candidate jotted it ('old school, prefers Mrs. Okafor', 'call me
Bob', 'goes by Bob', 'on first-name terms'): a remark on register, never a topic of the talk.

The loader takes such remarks out of an interviewer's items before the notes are validated (a draft would
otherwise thank them 'for taking me through the old school'), reads them and a YAML comment written inside that
interviewer's entry ('- name: Harold Pemberton  # very formal'), and where `greet_as` is missing sets it from
them: the name they asked to be called ('Bob'), or the title and name the notes give ('Mrs. Okafor'). A formal
remark also makes that person's greeting 'Dear …' and sign-off formal ('Kind regards'), remembered beside the
Notes object (`formal`); an informal one greets by the first name or nickname (`informal`).
"""

from __future__ import annotations

import re
from typing import Any

from afterview.notes.model import Interviewer, Notes

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?"
# 'prefers Mrs. Okafor', 'call him Mr. Pemberton', 'likes to be called Dr. Ruiz', 'addressed as Ms Tan'
_TITLED = re.compile(
    rf"\b(?:prefers?|wants?|likes?\s+to\s+be\s+called|likes?|call\s+(?:him|her|them)|addressed\s+as|called)\s+"
    rf"(?P<title>{_TITLE})\s+(?P<name>[A-Z][\w'’-]*)"
)
# 'call me Bob', 'goes by Bob', 'said to call him Bob', 'prefers to be called Bob' (never 'prefers Slack')
_NICK = re.compile(
    r"\b(?:call\s+me|goes\s+by|go\s+by|call\s+(?:him|her|them)|(?:likes|prefers)\s+to\s+be\s+called|"
    r"calls\s+(?:himself|herself))"
    r"\s+(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof)\b)(?P<name>[A-Z][\w'’-]*)\b"
)
_FORMAL = re.compile(
    r"\b(?:old[- ]school|(?:very|quite|rather|pretty|a\s+bit|bit|super|really)\s+formal|"
    r"formal\s+(?:type|sort|person|guy|lady|manner)|traditional\s+(?:type|sort|manner)|"
    r"not\s+a\s+first[- ]names?\s+person|stickler\s+for\s+formality|prefers\s+(?:to\s+be\s+addressed\s+)?formally)\b",
    re.I,
)
_INFORMAL = re.compile(
    r"\b(?:(?:on|on\s+a)\s+first[- ]name(?:s)?(?:\s+(?:terms|basis))?|first[- ]name\s+(?:terms|basis)|"
    r"very\s+(?:casual|informal|relaxed|laid[- ]back)|call\s+me\s+[A-Z]|goes\s+by\s+[A-Z])",
    re.I,
)
# a label the candidate put before the remark ('Note: old school', 'NB - goes by Bob')
_LABEL = re.compile(r"^\s*(?:notes?|nb|n\.b\.|aside|fyi|comment|style|tone|register)\s*[:\-–—]\s*", re.I)
_TITLES = {"mr": "Mr.", "mrs": "Mrs.", "ms": "Ms.", "miss": "Miss", "dr": "Dr.", "prof": "Prof."}


def is_remark(item: str) -> bool:
    """Whether an item is wholly a remark on how the person likes to be addressed: each comma-part of it is one
    ('old school, prefers Mr. Pemberton'); 'call me Bob' is, 'call volumes doubled' is not."""
    parts = [p.strip() for p in re.split(r"[,;]", _LABEL.sub("", item)) if p.strip()]
    return bool(parts) and all(_one_remark(p) for p in parts)


# words a remark may hold around its phrase ('he is very formal', 'old school type', 'said to call him Bob')
_FILLER = frozenset(
    "he she they is was seems seemed very really quite a bit type guy lady person man woman sort style manner and "
    "but said asked told me us to definitely totally rather super pretty - – — please wants".split()
)


def _one_remark(part: str) -> bool:
    for pattern in (_TITLED, _NICK, _FORMAL, _INFORMAL):
        hit = pattern.search(part)
        if hit:
            rest = (part[: hit.start()] + " " + part[hit.end() :]).lower().replace(".", " ").split()
            return all(w in _FILLER for w in rest)  # never 'very formal review process for releases'
    return False


def read(remarks: list[str], name: str) -> tuple[str | None, bool, bool]:
    """(the greeting the remarks ask for, formal, informal): 'prefers Mrs. Okafor' → ('Mrs. Okafor', True, False);
    'goes by Bob' → ('Bob', False, True); 'old school' → (None, True, False). A name is taken only when it is one of
    theirs or a nickname alone ('Bob' for Robert), a titled one only with a word of their name."""
    own = {w.casefold() for w in name.split()}
    greet: str | None = None
    formal = informal = False
    for text in remarks:
        titled = _TITLED.search(text)
        if titled and titled["name"].casefold() in own:
            greet = greet or f"{_TITLES[titled['title'].rstrip('.').lower()]} {titled['name']}"
            formal = True
        nick = _NICK.search(text)
        if nick and not titled and nick["name"].casefold() not in _NOT_NAMES:
            greet = greet or nick["name"]
            informal = True
        formal = formal or bool(_FORMAL.search(text))
        informal = informal or bool(_INFORMAL.search(text))
    if formal and informal:
        return greet, False, False  # the remarks disagree: the usual rule decides
    return greet, formal, informal


_NOT_NAMES = frozenset("email emails phone slack teams zoom i the a".split())
_FIELDS = ("topics", "challenges", "rapport")
_FORMAL_PEOPLE: dict[int, tuple[Notes, frozenset[str], frozenset[str]]] = {}
_KEEP = 64


def take_remarks(data: dict[str, Any], text: str, kind: str) -> dict[str, tuple[bool, bool]]:
    """Take register remarks out of each interviewer's items in `data` (before validation), set `greet_as` from
    them where it is missing, and return {name: (formal, informal)} for the people they speak of."""
    people = data.get("interviewers")
    if not isinstance(people, list):
        return {}
    said = comments_by_person(text) if kind == "yaml" else {}
    found: dict[str, tuple[bool, bool]] = {}
    for person in people:
        if not isinstance(person, dict) or not isinstance(person.get("name"), str):
            continue
        remarks = list(said.get(person["name"].strip(), ()))
        for field in _FIELDS:
            items = person.get(field)
            if isinstance(items, list) and all(isinstance(i, str) for i in items):
                taken = [i for i in items if is_remark(i)]
                if taken:
                    person[field] = [i for i in items if i not in taken]
                    remarks += taken
        if not remarks:
            continue
        greet, formal, informal = read(remarks, person["name"])
        if greet and not person.get("greet_as"):
            person["greet_as"] = greet
        if formal or informal:
            found[person["name"]] = (formal, informal)
    return found


def remember(notes: Notes, found: dict[str, tuple[bool, bool]]) -> None:
    if len(_FORMAL_PEOPLE) >= _KEEP:
        _FORMAL_PEOPLE.clear()
    if found:
        formal = frozenset(n for n, (f, _) in found.items() if f)
        informal = frozenset(n for n, (_, i) in found.items() if i)
        _FORMAL_PEOPLE[id(notes)] = (notes, formal, informal)


def formal(person: Interviewer, notes: Notes | None) -> bool:
    """Whether the notes say this person is formal ('old school', 'very formal', 'prefers Mr. Pemberton')."""
    hit = _FORMAL_PEOPLE.get(id(notes)) if notes is not None else None
    return hit is not None and hit[0] is notes and person.name in hit[1]


def informal(person: Interviewer, notes: Notes | None) -> bool:
    """Whether the notes say this person is on first-name terms ('call me Bob', 'on first-name terms')."""
    hit = _FORMAL_PEOPLE.get(id(notes)) if notes is not None else None
    return hit is not None and hit[0] is notes and person.name in hit[2]


_NAME_LINE = re.compile(r"^\s*(?:-\s+)?name:\s*(?P<name>[^#\n]*?)\s*(?:#(?P<said>.*))?$")
_COMMENT_LINE = re.compile(r"^\s*#(?P<said>.*)$|\s#(?P<tail>[^\n]*)$")


def comments_by_person(text: str) -> dict[str, tuple[str, ...]]:
    """The YAML comments written inside each interviewer's entry (after its `name:` line, before the next
    interviewer or the next top-level key), by the name as written: {'Harold Pemberton': ('very formal',)}."""
    out: dict[str, list[str]] = {}
    inside, current = False, ""
    for line in text.splitlines():
        if re.match(r"^[A-Za-z_]", line):  # a top-level key
            inside, current = line.startswith("interviewers:"), ""
            continue
        if not inside:
            continue
        named = _NAME_LINE.match(line)
        if named and re.match(r"^\s*-\s+name:", line):
            current = named["name"].strip().strip("\"'")
            if named["said"]:
                out.setdefault(current, []).append(named["said"].strip())
            continue
        comment = _COMMENT_LINE.search(line)
        if current and comment:
            out.setdefault(current, []).append((comment["said"] or comment["tail"] or "").strip())
    return {k: tuple(v) for k, v in out.items()}
