"""A kind swapped inside a detail the notes give: "the Korean-language support account" where the notes say "the
Japanese-language support account", "a Dutch distributor" for "a Polish distributor". Each adjective alone may be
harmless; before the very words the notes put after another one, it changes the fact (a `facts` error)."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.support import notes_texts, per_notes
from afterview.guardrails.text import sentences
from afterview.notes.model import Notes

# A capitalised adjective of nation or language ("Japanese", "Polish", "Korean", "Brazilian", "Thai") and the two
# words after it that say what it qualifies ("-language support", " distributor deal").
_KIND = re.compile(
    r"\b(?P<w>[A-Z][a-z]+(?:ese|ish|ian|an|ic|i|ch|ss|k))(?P<h>-[a-z]{3,}(?:\s+[a-z]{3,})?|\s+[a-z]{3,}\s+[a-z]{3,})"
)


@per_notes
def _kinds(notes: Notes) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The (adjective, what follows) pairs the notes write, and what follows each."""
    pairs = {(m.group("w"), m.group("h").lower()) for t in notes_texts(notes) for m in _KIND.finditer(t)}
    return frozenset(pairs), frozenset(h for _, h in pairs)


def swapped_kinds(body: str, notes: Notes) -> list[Finding]:
    pairs, heads = _kinds(notes)
    if not heads:
        return []
    found = []
    for sentence in sentences(body):
        for m in _KIND.finditer(sentence.text):
            said, head = m.group("w"), m.group("h").lower()
            if head not in heads or (said, head) in pairs:
                continue
            theirs = sorted(w for w, h in pairs if h == head)
            start = sentence.start + m.start("w")
            found.append(
                Finding(
                    "facts",
                    "error",
                    "swapped_detail",
                    f"'{m.group().strip()}': your notes say '{theirs[0]}{head}'.",
                    (start, start + len(said)),
                    theirs[0],
                )
            )
    return found
