"""Whose a pasted line is, beyond the lines under a person's name: who will be in touch ('Marcus said he'd call'),
a promise to 'her' (the only person met, or the hiring manager), a later line led by someone's name ('Jen - …'),
the only person's lines to the end of the notes, and a name said first in what is sent ('Hannah a sample')."""

from __future__ import annotations

import re
from typing import Any

from afterview.notes.decision_line import CALLER, CALLER_LOWER
from afterview.notes.free_text import Line
from afterview.notes.import_people import Section
from afterview.notes.importing import Fact
from afterview.notes.names import name_parts


def caller(data: dict[str, Any], decided: list[str]) -> list[str]:
    """'decision by Fri, Marcus said he'd call': Marcus is your point of contact, when no one else is; the
    words, when no one read has that name (shown as not read, never dropped)."""
    people = data.get("interviewers") or []
    said: list[str] = []
    for line in decided:
        found = CALLER.search(line) or CALLER_LOWER.search(line)
        if found is None:
            continue
        who = found.group("who").casefold()
        match = [p for p in people if who in (p["name"].casefold(), p["name"].split()[0].casefold())]
        if not match and found.group("who")[0].islower():  # 'they will email', 'hr will call': no one named
            continue
        if len(match) == 1 and not any(p.get("primary_contact") for p in people):
            match[0]["primary_contact"] = True
        elif not match:
            start = max(line.rfind(c, 0, found.start() + 1) for c in ",;") + 1  # the whole clause: 'Jo from HR will …'
            said.append(line[start:].strip(" ,;.-–—"))
    return said


# 'said she'd call me', 'they'll email by Fri', 'will reach out next week': who will be in touch, by no name
_THEY = r"(?:she|he|they)"
UNNAMED_CALLER = re.compile(
    rf"^(?:{_THEY}\s+)?(?:(?:said|says|told me)\s+(?:{_THEY}\s*)?(?:['’]d|['’]ll|would|will)|"
    rf"{_THEY}\s*(?:['’]ll|['’]d)|"
    rf"{_THEY}\s+(?:will|would|is going to|are going to|should)|will|to)\s+"
    r"(?:call|e-?mail|ring|phone|text|reach out|be in touch|get in touch|get back to (?:me|us)|let (?:me|us) know|"
    r"follow up)\b",
    re.I,
)


def said_by_contact(text: str, data: dict[str, Any]) -> bool:
    """'tasha will email': the words that made someone met the point of contact, read (not shown as unread)."""
    found = CALLER.search(" " + text) or CALLER_LOWER.search(" " + text)
    if found is None:
        return False
    who = found.group("who").casefold()
    return any(
        p.get("primary_contact") and who in (p["name"].casefold(), p["name"].split()[0].casefold())
        for p in data.get("interviewers") or []
    )


def calls_line(text: str, people: list[dict[str, Any]]) -> bool:
    """A line that says who will be in touch: 'Anika will email', or 'tasha will email' when Tasha was met."""
    if CALLER.fullmatch(text):
        return True
    found = CALLER_LOWER.fullmatch(text)
    who = found.group("who").casefold() if found else ""
    return bool(who) and any(who in (p["name"].casefold(), p["name"].split()[0].casefold()) for p in people)


def led_lines(lines: list[Line], text: str, names: list[str], skip: set[int]) -> dict[int, tuple[int, str]]:
    """Line number → (whose, what it says) for each line led by a person's name and a dash, colon or comma ('Hannah:
    moving forecasting …'), and the tagged lines right after it (no blank line between: 'Challenge: …', split from it
    as a sentence) up to one led by someone else; `skip`: naming lines and lines about the whole interview."""
    raw = text.splitlines()
    out: dict[int, tuple[int, str]] = {}
    current: int | None = None
    for line in lines:
        if line.number in skip or (line.number > 1 and not raw[line.number - 2].strip()):
            current = None
        if line.number in skip:
            continue
        n, rest = led_by(line.text, names)
        if n is not None:
            current = n
            out[line.number] = (n, rest)
        elif current is not None and _tagged(line.text):  # '… Challenge: stockouts …' after 'Hannah: …': hers
            out[line.number] = (current, line.text)
        else:
            current = None
    return out


def _tagged(text: str) -> bool:
    """The line starts with a tag said of a person ('Challenge: …', 'In common: …')."""
    from afterview.notes.markdown import labels

    found = re.match(r"^\s*([A-Za-z][\w '’-]{0,24}):\s+\S", text)
    return found is not None and labels.norm(found.group(1)) in labels.PERSON


def led_by(text: str, names: list[str]) -> tuple[int | None, str]:
    """(whose, what follows) for a line led by one person's name or first name and a dash, colon or comma; a name
    jotted in lowercase ('gary: staffing …') as well."""
    for n, name in enumerate(names):
        for said in (name, name_parts(name)[0]):  # 'Dr. Ines Sousa' by 'Ines'; 'Drew Palmer' by 'Drew'
            found = re.match(rf"^\s*(?:[-*•+]\s*)?(?i:{re.escape(said)})\s*(?:[-–—:,]|->)\s*(?P<rest>\S.*)$", text)
            if found:
                return n, found.group("rest")
    return _said_of(text, names)


# 'Dev has a corgi named Merlot', 'rapport: Ana grew up in Erie too': a sentence whose subject is someone met
# (or someone met and you: 'Denise + I both hiked it')
_OF_THEM = (
    r"has|had|is|was|loves|likes|liked|grew|went|used|owns|lives|lived|moved|played|plays|coaches|runs|ran|"
    r"studied|worked|knows|collects|volunteers|rides|fishes|hikes|bakes|brews|just|also|too"
)


def _said_of(text: str, names: list[str]) -> tuple[int | None, str]:
    """(whose, the line) for a line (or a tagged line, 'In common: …') whose first word is a person's name or first
    name and then a verb said of them; else (None, text)."""
    from afterview.notes.markdown import labels

    found = re.match(r"^\s*(?:[-*•+]\s*)?(?:(?P<tag>[A-Za-z][\w '’-]{0,24}):\s+)?(?P<said>\S.*)$", text)
    if found is None or (found.group("tag") and labels.norm(found.group("tag")) not in labels.PERSON):
        return None, text
    for n, name in enumerate(names):
        for said in (name, name_parts(name)[0]):
            # 'Denise + I both did the Art Loeb trail': she and you, the subject: theirs
            if re.match(
                rf"(?-i:{re.escape(said)})(?:\s+(?:{_OF_THEM})|\s*(?:\+|&|and)\s*(?i:i|me)\s)\b", found.group("said")
            ):
                tag = found.group("tag")
                return n, f"{tag}: {found.group('said')}" if tag else found.group("said")
    return None, text


_TO_PRONOUN = re.compile(r"\b(?:send|email|e-mail|forward|share|get|owe)(?:ing)?\s+(?P<who>her|him|them)\b", re.I)


def pronoun_whose(item: str, names: list[str], facts: list[Fact], owner: int | None = None) -> int | None:
    """'i said id send him the sample', on a panel: the one whose lines it is in (`owner`: '- send her the rota'
    under Hetty's name is Hetty's), else the hiring manager's when one is named (her, him; not them). With one
    person met it stays on the notes' own list: it goes to them, and a person's own list means they asked."""
    from afterview.notes.told_promise import as_promise

    found = _TO_PRONOUN.search(as_promise(item))
    if found is None:
        return None
    if len(names) == 1:  # the only one met: the notes' own list, sent to them, and never 'as you asked' in a draft
        return None
    if owner is not None and found.group("who").casefold() != "them":
        return owner
    hiring = [
        int(f.field[13:].split("]")[0])
        for f in facts
        if re.fullmatch(r"interviewers\[\d+\]\.role", f.field) and f.value == "hiring_manager"
    ]
    return hiring[0] if len(hiring) == 1 and found.group("who").casefold() != "them" else None


def all_after(section: Section, lines: list[Line], stop: int | None) -> Section:
    """The only person's section, on to the end of the notes (or the line signed with)."""
    begin = section.lines[0].number
    own = [line for line in lines if line.number > begin and (stop is None or line.number < stop)]
    return Section(section.name, (section.lines[0], *own), section.given)


def named_first(item: str, names: list[str]) -> tuple[str, int | None]:
    """'Hannah a sample of my report' (from 'I said I'd send Hannah …'): Hannah's, without her name."""
    from afterview.notes.names import first_name

    for n, name in enumerate(names):
        for said in dict.fromkeys((name, name.split()[0], first_name(name))):
            if item.casefold().startswith(said.casefold() + " ") and len(item) > len(said) + 3:
                return item[len(said) :].strip(), n
    return item, None
