"""Whom something you said you would send is for: 'a sample of my report, for Hannah' → Hannah's.

The name is one of the interviewers' (full, first or family name, any case; 'Ms Okoro' too) after
a last 'for' or 'to' ('… to Dana Lee', '… (for Tom)', '…, for Hannah'); its words are taken off the item. Anything else
after 'for'/'to' ('a guide to Python', 'case study for Acme') is part of the item.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afterview.notes.names import first_name

if TYPE_CHECKING:
    from afterview.notes.model import Notes

_TAIL = re.compile(
    r"^(?P<item>.+)[\s,;:—–-]*\(?\s*\b(?:to|for)\s+(?P<name>[^,;()]+?)\s*\)?"
    r"(?:[\s,]+(?:as|like)\s+(?:she|he|they)\s+asked)?[.!]?$",
    re.I,
)


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split())


def for_whom(item: str, names: list[str]) -> tuple[str, int | None]:
    """The item without the name, and the index of the person it is for (None: nobody named).

    A first name two people share is refused (ValueError): the full name says which."""
    found = _TAIL.match(item.strip())
    if found is None or not found.group("item").strip(" ,;:—–-"):
        return item, None
    said = re.sub(r"^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+", "", _key(found.group("name")))  # 'for Ms Okoro'
    full = [n for n, name in enumerate(names) if _key(name) == said]
    first = [n for n, name in enumerate(names) if said in (_key(first_name(name)), _key(name).split()[-1])]
    if not full and len(first) > 1:
        both = " or ".join(names[n] for n in first)
        raise ValueError(f"two people are called {found.group('name')}; write the full name ({both})")
    match = full or first
    if not match:
        return item, None
    return found.group("item").strip(" ,;:—–-("), match[0]


def items_for(notes: Notes, name: str, owed: list[str], carries_the_rest: bool) -> list[str]:
    """Of the requested items still owed, those a thank-you to `name` sends: what that person asked for
    (`interviewers[].requested`), and the items nobody in particular asked for when this thank-you is the
    one that carries them. For the writers: each item goes to exactly one person."""
    theirs = {item for person in notes.interviewers if person.name == name for item in person.requested}
    anyones = {item for person in notes.interviewers for item in person.requested}
    return [item for item in owed if item in theirs or (carries_the_rest and item not in anyones)]


def requested_by_nobody(notes: Notes) -> list[str]:
    """The notes' `requested` less what a person asked for (written under that person), when it reads
    back the same; else all of it."""
    theirs = [item for person in notes.interviewers for item in person.requested]
    rest = [item for item in notes.requested if item not in theirs]
    return rest if rest + [i for i in theirs if i not in rest] == notes.requested else list(notes.requested)
