"""Who pasted notes name, and what the line naming them says of their job: a name met in a sentence with a title
or a part in hiring close after it ('First I met Carla Mendes, the Analytics Director'), a line that starts with
someone else's name, a title said after a name, a part in hiring said beside a title.
"""

from __future__ import annotations

import re
from typing import Any

from afterview.notes.import_people import _ROLE_ORDER, people_named
from afterview.notes.importing import unglue
from afterview.notes.job_words import JOB_WORD
from afterview.notes.markdown import labels

_STARTERS = r"(?!(?:Then|First|Next|Also|And|After|Later|Finally|Plus|But|So|Met|Spoke|Talked|Had|Just)\b)"
_NAME = _STARTERS + r"(?:Dr\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]+|de|van|von|da|del)){1,2}"
# 'First I met Carla Mendes, the Analytics Director', 'then Raj Patel from HR explained …': a name met in a sentence
MET = re.compile(
    rf"(?:^|\b(?i:met|meet|meeting|with|to|then|and|by|interviewer|recruiter)\s+)(?P<name>{_NAME})"
    r"(?:\s*[,(:–—-]\s*|\s+(?:from|of|in|on|is|was|who's|who is|runs|leads|heads)\s+)(?P<rest>\S.*)"
)


def people_met(flat: str, lines: list[Any], *, not_names: set[str], position: str | None) -> list[str]:
    """The people the paste names: a line that starts with a name and a title (import_people), or a
    name met in a sentence with a title or a part in hiring close after it; in the order they come."""
    found = people_named(flat, not_names=not_names, position=position)
    skip = {n.casefold() for n in not_names} | {n.casefold() for n in found}
    where: dict[str, int] = {}
    for line in lines:
        for met in MET.finditer(line.text):
            name, rest = met.group("name"), " ".join(met.group("rest").split()[:6])
            if (
                name.casefold() in skip
                or JOB_WORD.search(name)
                or (position and position.casefold() == met.group("rest").casefold().strip(" .'-"))
            ):
                continue
            if JOB_WORD.search(rest) or any(f" {w} " in f" {labels.norm(rest)} " for w in labels.ROLES):
                skip.add(name.casefold())
                found.append(name)
    for name in found:
        where[name] = next((line.number for line in lines if name.casefold() in line.text.casefold()), 0)
    return sorted(found, key=where.__getitem__)


_LINE_NAME = re.compile(r"^\W*(?P<name>" + _STARTERS + r"[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+)\b")


def someone_else(text: str, name: str) -> bool:
    """The line starts with a first name and a surname that are not `name`'s ('Dana Lee / manager')."""
    found = _LINE_NAME.match(text)
    return found is not None and found.group("name").casefold() not in name.casefold()


def role_said(text: str, title: str | None) -> str | None:
    """Their part in hiring when the line says it besides their job title ('(hiring manager)', 'my boss',
    'from HR'); a title alone ('Engineering Manager') is left for the question, its guess the default."""
    if title:
        at = text.casefold().find(title.casefold())
        text = text[:at] + " " + text[at + len(title) :] if at >= 0 else text
    from afterview.shorthand_words import CLIPPED_WORDS  # 'hiring mgr' is 'hiring manager'

    words = " " + " ".join(CLIPPED_WORDS.get(w, w) for w in labels.norm(unglue(text)).split()) + " "
    for role in _ROLE_ORDER:
        if any(f" {w} " in words for w, target in labels.ROLES.items() if target == role):
            return role
    return None


def title_after(text: str, name: str) -> str | None:
    """'Analytics Director' from '… Carla Mendes, the Analytics Director. …'."""
    at = text.casefold().find(name.casefold())
    if at < 0:
        return None
    rest = re.sub(r"^\s*(?:[,(\[:–—-]\s*|(?:is|was)\s+)", "", text[at + len(name) :])
    title = re.split(r"[.;,()\[\]]|:\s|\s[-–—]\s|\s+(?:and|who|but|at|from)\s+", rest)[0].strip()
    title = re.sub(r"^(?:the|a|an|my|our|their|his|her)\s+", "", title, flags=re.I)
    return title if title and JOB_WORD.search(title) and len(title.split()) <= 5 else None
