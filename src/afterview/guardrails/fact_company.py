"""The company's name with one of its words swapped ('Lydbro Audio' for Lydbro Hearing, 'Haedong Ports' for
Haedong Terminals): each word may be in the notes (LE Audio is a topic), so no unsupported name is found, but the
name as a whole is wrong, and it is the one name a letter must get right."""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.dates import MONTHS
from afterview.guardrails.support import notes_texts
from afterview.guardrails.text import GENERIC, STOPWORDS


def wrong_company_name(draft: Draft, ctx: CheckContext, body: str) -> list[Finding]:
    notes = ctx.notes
    parts = notes.company.name.split()
    if len(parts) < 2:
        return []
    first = parts[0]
    if len(first) < 4 or first.lower() in STOPWORDS or first.lower() in GENERIC:
        return []  # 'The Foundry Group', 'Blue …': a common first word names many things
    said = " ".join(notes_texts(notes))
    for m in re.finditer(rf"\b{re.escape(first)}\s+(?P<word>[A-Z][\w'\u2019-]*)", body):
        word = m.group("word").rstrip("'\u2019s")
        if word == parts[1] or word.lower() in MONTHS or re.search(rf"\b{re.escape(first)}\s+{re.escape(word)}", said):
            continue  # the name itself, a date after it, or a form the notes use ('Lydbro Labs')
        return [
            Finding(
                "facts",
                "error",
                "wrong_company_name",
                f"'{first} {word}' is not the company's name in your notes: '{notes.company.name}'.",
                (m.start(), m.end()),
                notes.company.name,
            )
        ]
    return []
