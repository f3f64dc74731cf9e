"""People in a pasted list read by the shape of its lines, not by a list of title words.

'- Tony Russo, executive chef.' is read because 'chef' is a title word; '- Carl Young, expediter.'
just below it, in the same shape, is a person too, though no list holds 'expediter'. A line of a
name and a short phrase after ', ', in '(…)' or in '[…]' is a person when a line beside it (the same
bullet and indent, no blank line between) was read as one. A name followed by a credential
('Victor Lam RN', 'Grace Obi, MD') is a person anywhere.

Under a header of people ('ppl:', 'interviewers', 'who I met:') every line led by a full name and a part after
' - ', ', ' or '(' is a person, however short their job is jotted ('Lena Shah - Mktg & Audience Dev - joined late');
anywhere, so is such a line whose part after the name is a job jotted short ('Omar Haddad - Ops Dir - …').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"(?:Dr\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+){1,2}"
_LEAD = r"^(?P<lead>\s*(?:[-*•·+]|\d+[.)])?\s*)"
CREDENTIAL = (
    r"(?:RN|LPN|LVN|CNA|APRN|NP|MD|DO|PA(?:-C)?|PhD|PharmD|DDS|DMD|DNP|MSN|BSN|CRNA|LCSW|CPA|PE|PMP|MBA|JD|Esq\.?)"
)
_SHAPED = re.compile(
    _LEAD + rf"(?P<name>{_NAME})"
    r"(?:\s*,\s*(?P<comma>[^,;:!?()\[\]]+?)|\s*\((?P<paren>[^()]+)\)|\s*\[(?P<bracket>[^\[\]]+)\])\s*\.?\s*$"
)
_CREDENTIALED = re.compile(
    _LEAD + rf"(?P<name>{_NAME}?)\s*,?\s+(?P<title>{CREDENTIAL}(?:\s*,\s*{CREDENTIAL})*)\s*\.?\s*$"
)
# A phrase that says something rather than names a job: not a person's line.
_NOT_A_TITLE = re.compile(
    r"\b(?:i|i'd|i'm|me|my|we|us|our|you|is|was|were|are|said|asked|told|talked|wants?|needs?|not|no|very|"
    r"super|really|great|nice|lol|whatever|forgot)\b|[!?]|\d{1,2}(?::\d\d)?\s*[ap]m\b",
    re.I,
)
MAX_TITLE_WORDS = 5
# 'ppl:', 'the panel', 'who I met -', 'interviewers:': a header of the people met, nothing after it
PEOPLE_HEADER = re.compile(
    r"^\s*(?:[-*•]\s*)?(?i:(?:the\s+)?(?:ppl|people|persons|interviewers?|panel(?:ists)?|panel was|who|who i met|"
    r"who was there|met|met with|i met|spoke (?:with|to)|talked (?:with|to)|interviewed (?:with|by)|attendees|"
    r"on the call|in the room|the team i met|names?)(?:\s*\(\d+\))?)\s*[:\-–—]?\s*$"
)
# 'Lena Shah - Mktg & Audience Dev - joined late', 'Lena Shah, Mktg, …', 'Lena Shah (Mktg)', 'Dana Lee / EM / …'
_DASHED_PERSON = re.compile(
    _LEAD + rf"(?P<name>{_NAME})\s*(?:\s[-–—/]\s*|,\s*|\(\s*)(?P<title>[^,;()/\-–—]+?)\s*(?:\s[-–—/]\s|[,;()]|$)"
)
_ORG = re.compile(  # a name that ends like a company's: 'Blue Harbor Tech', 'Great Lakes Bank'
    r"\b(?:Tech|Technologies|Inc|LLC|Ltd|Co|Corp|Group|Bank|Labs?|Systems|Partners|Health|Foods?|Cafe|Bakery|"
    r"Theat(?:re|er)|Museum|Clinic|Hospital|School|College|University|Mutual|Insurance|Studios?|Media|Agency)$"
)
_SHORT_JOB = re.compile(  # a job jotted short: 'Ops Dir', 'Mktg & Audience Dev', 'Sr Acct Mgr'
    r"\b(?:dir|mgr|mktg|dev|ops|acct|coord|asst|assoc|exec|admin|supv|spec|eng|engr|sr|jr|vp|svp|hr|fin|prog|"
    r"dept|mgmt|rep|tech|lead|head|chief)\b",
    re.I,
)


@dataclass(frozen=True)
class Shaped:
    number: int  # 1-based line number
    lead: str  # the bullet and its indent
    name: str
    title: str


def shaped(raw: str, number: int) -> Shaped | None:
    """The name and short title of a list line ('- Owen Tate (unit educator)'), else None."""
    found = _CREDENTIALED.match(raw)
    if found:
        return Shaped(number, found.group("lead"), found.group("name"), found.group("title").rstrip("."))
    found = _SHAPED.match(raw)
    if not found:
        return None
    title = " ".join((found.group("comma") or found.group("paren") or found.group("bracket") or "").split())
    title = re.sub(r"^(?:the|a|an|our|their|his|her)\s+", "", title, flags=re.I)
    if not title or len(title.split()) > MAX_TITLE_WORDS or _NOT_A_TITLE.search(title):
        return None
    return Shaped(number, found.group("lead"), found.group("name"), title)


def more_people(text: str, read: list[str], *, not_names: set[str]) -> list[str]:
    """Names beyond `read`: credentialed lines, list lines shaped like a neighbour that was read, lines under a
    header of people, and lines led by a name and a job jotted short."""
    raw = text.splitlines()
    lines = [shaped(line, n) for n, line in enumerate(raw, start=1)]
    known = {name.casefold() for name in read} | {n.casefold() for n in not_names}
    people = {i for i, s in enumerate(lines) if s is not None and s.name.casefold() in known}
    out: list[str] = []
    for i, line in enumerate(lines):
        if line is None or line.name.casefold() in known:
            continue
        if _CREDENTIALED.match(raw[i]) or any(_beside(raw, lines, i, j) for j in people):
            out.append(line.name)
            known.add(line.name.casefold())
    under = _under_people_header(raw)
    for i, row in enumerate(raw):
        found = _DASHED_PERSON.match(row)
        if found is None or found.group("name").casefold() in known or _NOT_A_TITLE.search(found.group("title")):
            continue
        first = next((k for k, r in enumerate(raw) if r.strip()), 0)  # the job line: 'Blue Harbor Tech - Sr Dev - …'
        if i in under or (
            i != first and _SHORT_JOB.search(found.group("title")) and not _ORG.search(found.group("name"))
        ):
            out.append(found.group("name"))
            known.add(found.group("name").casefold())
    return out


def _under_people_header(raw: list[str]) -> set[int]:
    """The (0-based) rows under a header of people, up to a blank line."""
    rows: set[int] = set()
    for i, row in enumerate(raw):
        if not PEOPLE_HEADER.match(row):
            continue
        for j in range(i + 1, len(raw)):
            if not raw[j].strip():
                break
            rows.add(j)
    return rows


def title_of(text: str, name: str) -> str | None:
    """The title a shaped line gives `name` ('unit educator' from 'Owen Tate (unit educator)', 'Mktg & Audience
    Dev' from 'Lena Shah - Mktg & Audience Dev - joined late')."""
    line = shaped(text, 0)
    if line is not None and line.name.casefold() == name.casefold():
        return line.title
    found = _DASHED_PERSON.match(text)
    if found is None or found.group("name").casefold() != name.casefold() or _NOT_A_TITLE.search(found.group("title")):
        return None
    title = found.group("title").strip(" .")
    return title if 0 < len(title.split()) <= MAX_TITLE_WORDS else None


def _beside(raw: list[str], lines: list[Shaped | None], i: int, j: int) -> bool:
    """Lines i and j are in one list: the same bullet and indent, no blank line or other-level line between
    but deeper ones (a person's own sub-bullets)."""
    a, b = lines[i], lines[j]
    if a is None or b is None or a.lead != b.lead:
        return False
    indent = len(a.lead) - len(a.lead.lstrip())
    for k in range(min(i, j) + 1, max(i, j)):
        between = raw[k]
        if not between.strip():
            return False
        same = lines[k]
        if len(between) - len(between.lstrip()) <= indent and not (same is not None and same.lead == a.lead):
            return False
    return True
