"""An institution named with the wrong place: "the University of Lagos" where the notes say "the University of
Ibadan". Each word may be in the notes ("Lagos" is where the branches are), so the name check passes it; the
institution the notes name is another. Reported under `facts` as an error."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.support import notes_texts, per_notes
from afterview.notes.model import Notes

_KINDS = (
    r"University|College|Institute|Institution|School|Academy|Polytechnic|Bank|Museum|Hospital|Ministry|Council"
    r"|Society|Association|Federation|Church|Club|Conservatoire|Seminary"
)
_NAME = r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}"
# "University of Ibadan", "Ibadan University": the kind of institution and the name that tells which.
_OF_FORM = re.compile(rf"\b(?P<kind>{_KINDS}) of (?:the )?(?P<name>{_NAME})")
_NAME_FORM = re.compile(rf"\b(?P<name>{_NAME}) (?P<kind>{_KINDS})\b")


def _named(text: str) -> list[tuple[re.Match[str], str, str]]:
    """(match, kind, name) of each institution in `text`."""
    out = [(m, m.group("kind").lower(), m.group("name")) for m in _OF_FORM.finditer(text)]
    for m in _NAME_FORM.finditer(text):
        if not any(a.start() <= m.start() < a.end() for a, _, _ in out):
            name = m.group("name").split()[-1] if m.group("name").split()[0] in {"The", "A", "An"} else m.group("name")
            out.append((m, m.group("kind").lower(), name))
    return out


@per_notes
def _notes_institutions(notes: Notes) -> dict[str, dict[str, str]]:
    """For each kind of institution the notes name, the names they give it (lower case) and how they say it."""
    kinds: dict[str, dict[str, str]] = {}
    for text in notes_texts(notes):
        for m, kind, name in _named(text):
            kinds.setdefault(kind, {}).setdefault(name.lower(), m.group().strip())
    return kinds


def swapped_institutions(body: str, notes: Notes) -> list[Finding]:
    known = _notes_institutions(notes)
    found = []
    for m, kind, name in _named(body):
        names = known.get(kind)
        if not names or name.lower() in names or any(name.lower() in n or n in name.lower() for n in names):
            continue
        right = names[sorted(names)[0]]
        found.append(
            Finding(
                "facts",
                "error",
                "wrong_institution",
                f"'{m.group().strip()}' is not the {kind} your notes name: '{right}'.",
                m.span(),
                right,
            )
        )
    return found
