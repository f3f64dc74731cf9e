"""A topic or problem of the reader's added on its own ("I was glad we talked about X.", writer/items.py and
writer/named_item.py) is named and left: nothing of the candidate's beside it. Where one of the candidate's highlights
shares ground with it (relate.pick_related, two points at least, as every other tie of the writer) and the note has
not said that highlight yet, the item carries it (`tie`: the highlight as the candidate's clause, 'I moved …'), and
_phrases.j2 says the two in one sentence. No tie is made up: with no related highlight the item is said as before."""

from __future__ import annotations

import re

from afterview.draft import DraftRequest
from afterview.writer import adapt
from afterview.writer.adapt import usable_items
from afterview.writer.items import Also, tie_clause

_WORD = re.compile(r"[A-Za-z0-9][\w%-]{3,}")


def said_before(clause: str, body: str) -> bool:
    """Whether the note already says the highlight: most of its longer words are in it ('I cut … by 30%' told as a
    value sentence); a highlight said twice reads as a list of claims."""
    words = {w.lower() for w in _WORD.findall(clause)} - {"with", "from", "that", "this", "into", "over"}
    if not words:
        return True
    said = {w.lower() for w in _WORD.findall(body)}
    return len(words & said) * 2 >= len(words)


def with_ties(items: list[Also], request: DraftRequest, body: str) -> list[Also]:
    """`items` with a `tie` where a highlight the note has not said relates to a topic or problem item; each
    highlight ties one item at most, the first it relates to."""
    highlights = usable_items(request.style.keep(request.notes.candidate.highlights))
    used: set[str] = set()
    out: list[Also] = []
    for item in items:
        if item["kind"] not in ("topic", "challenge"):
            out.append(item)
            continue
        free = [h for h in highlights if h not in used]
        found = adapt.pick_related(free, item["text"], least=2, problem=item["kind"] == "challenge")
        clause = tie_clause(found) if found else None
        if found and clause and clause.startswith("I ") and not said_before(clause, body):
            used.add(found)
            out.append({**item, "tie": clause})
        else:
            out.append(item)
    return out
