"""Whom something you said you would send is for: 'a sample of my report, for Hannah' → Hannah's.

The name is one of the interviewers' (full, first or family name, any case; 'Ms Okoro' too) after
a last 'for' or 'to' ('… to Dana Lee', '… (for Tom)', '…, for Hannah'); its words are taken off the item. Anything else
after 'for'/'to' ('a guide to Python', 'case study for Acme') is part of the item.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afterview.notes.names import first_name
from afterview.shorthand_words import SPELLED

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
    first = [n for n, name in enumerate(names) if said in _short_forms(name)]
    if not full and len(first) > 1:
        both = " or ".join(names[n] for n in first)
        raise ValueError(f"two people are called {found.group('name')}; write the full name ({both})")
    match = full or first
    if not match:
        return item, None
    return found.group("item").strip(" ,;:—–-("), match[0]


# 'Hemi: copy of the cert', 'Kendra - forklift cert', 'Dr Ruiz — the deck': a name first, then the item
_HEAD = re.compile(r"^(?P<name>[^:()\d]{2,60}?)\s*(?::|\s[—–-]|[—–])\s*(?P<item>\S.*)$")
# the candidate's own aside in brackets: '(have the PDF)', '[still to scan]'
_ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")


def _matches(said: str, names: list[str]) -> list[int]:
    said = re.sub(r"^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+", "", _key(said))
    full = [n for n, name in enumerate(names) if _key(name) == said]
    return full or [n for n, name in enumerate(names) if said in _short_forms(name)]


def _short_forms(name: str) -> tuple[str, ...]:
    """How notes name someone short: the first name, the last, or the names after the first ('Mei Ling' for Lim
    Mei Ling, whose family name comes first)."""
    parts = _key(name).split()
    return (_key(first_name(name)), parts[-1], *([" ".join(parts[1:])] if len(parts) > 2 else ()))


def named(item: str, names: list[str]) -> tuple[str, int | None]:
    """The item as a message says it, and the index of the interviewer it names (None: nobody, or a
    name two people share): 'Hemi: copy of the cert (have the PDF)' → ('copy of the cert', Hemi's);
    'writing sample for Kevin' → ('writing sample', Kevin's). The candidate's bracketed asides go."""
    text = item.strip()
    head = _HEAD.match(text)
    if head and len(found := _matches(head.group("name"), names)) == 1:
        return _said(head.group("item")), found[0]
    try:
        rest, who = for_whom(_said(text), names)
    except ValueError:
        return _said(text), None
    return _said(rest), who


def said_item(notes: Notes, item: str) -> str:
    """A requested item as a message says it: without the interviewer it names or the candidate's aside."""
    said = named(item, [p.name for p in notes.interviewers])[0]
    # 'photos of the 3 windows before/after' → 'before-and-after photos of the 3 windows' (never "… before or after")
    said = re.sub(r"^(?P<head>[a-z][\w-]*)(?P<rest> .+?) before ?/ ?after$", r"before-and-after \g<head>\g<rest>", said)
    # 'list of 2 references' → 'list of two references': a small count in a sentence is a word
    return re.sub(r"\b(?<=of )([2-9])(?= [a-z])", lambda m: SPELLED[m.group(1)], said)


def _said(text: str) -> str:
    out = _ASIDE.sub("", text).strip(" ,;:—–-")
    return out or text.strip()


def _gets_email_thanks(notes: Notes, name: str) -> bool:
    from afterview.vocabulary import Channel, Kind

    thanked = {h.to for h in notes.history if h.kind is Kind.thank_you}
    return any(p.name == name and p.channel is Channel.email and p.name not in thanked for p in notes.interviewers)


def asked_by(notes: Notes, item: str) -> str | None:
    """The interviewer who asked for a requested item, when the notes say: `interviewers[].requested`, or
    the one the item names ('Kevin: …', '… for Kevin'). None: nobody in particular."""
    for person in notes.interviewers:
        if item in person.requested:
            return person.name
    _, who = named(item, [p.name for p in notes.interviewers])
    return None if who is None else notes.interviewers[who].name


# the candidate's own offer, said in the item: 'checklist I mentioned', 'the deck I promised'
_VOLUNTEERED = re.compile(
    r"\b(?:I|I'd|I'll|we)\s+(?:mentioned|promised|offered|suggested|said I(?:'d| would)(?: send)?|volunteered)\b",
    re.IGNORECASE,
)


def volunteered(item: str) -> bool:
    """Whether the candidate offered the item rather than being asked for it ('the sample export doc checklist I
    mentioned'): a message sends it "as promised", never "as you asked"."""
    return bool(_VOLUNTEERED.search(item))


def without_offer(item: str) -> str:
    """The item without the clause that says the candidate offered it: 'sample checklist I mentioned' → 'sample
    checklist' (a subject line names the thing, not the conversation)."""
    m = _VOLUNTEERED.search(item)
    if not m:
        return item
    head = re.sub(r"\s+(?:that|which)$", "", item[: m.start()].rstrip(" ,;"))
    return head if len(head.split()) >= 1 else item


def owner(notes: Notes, item: str) -> str | None:
    """The interviewer whose thank-you sends a requested item: the one who asked for it (`asked_by`), when
    that person gets an email thank-you (else the rule for items nobody in particular asked for)."""
    for person in notes.interviewers:
        if item in person.requested:
            return person.name
    name = asked_by(notes, item)
    return name if name is not None and _gets_email_thanks(notes, name) else None


def items_for(notes: Notes, name: str, owed: list[str], carries_the_rest: bool) -> list[str]:
    """Of the requested items still owed, those a thank-you to `name` sends: what that person asked for
    (`interviewers[].requested`, or a top-level item that names them), and the items nobody in particular
    asked for when this thank-you is the one that carries them. Each item goes to exactly one person."""
    owners = {item: owner(notes, item) for item in owed}
    return [item for item in owed if owners[item] == name or (carries_the_rest and owners[item] is None)]


def requested_by_nobody(notes: Notes) -> list[str]:
    """The notes' `requested` less what a person asked for (written under that person), when it reads
    back the same; else all of it."""
    theirs = [item for person in notes.interviewers for item in person.requested]
    rest = [item for item in notes.requested if item not in theirs]
    return rest if rest + [i for i in theirs if i not in rest] == notes.requested else list(notes.requested)
