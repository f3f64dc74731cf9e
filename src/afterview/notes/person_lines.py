"""People in a pasted list read by the shape of its lines, not by a list of title words.

'- Tony Russo, executive chef.' is read because 'chef' is a title word; '- Carl Young, expediter.'
just below it, in the same shape, is a person too, though no list holds 'expediter'. A line of a
name and a short phrase after ', ', in '(…)' or in '[…]' is a person when a line beside it (the same
bullet and indent, no blank line between) was read as one. A name followed by a credential
('Victor Lam RN', 'Grace Obi, MD') is a person anywhere.
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
    """Names beyond `read`: credentialed lines, and list lines shaped like a neighbour that was read."""
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
    return out


def title_of(text: str, name: str) -> str | None:
    """The title a shaped line gives `name` ('unit educator' from 'Owen Tate (unit educator)')."""
    line = shaped(text, 0)
    return line.title if line is not None and line.name.casefold() == name.casefold() else None


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
