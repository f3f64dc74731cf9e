"""The whole of a promised item: a list of things said with commas ('the site plan, the budget and an anonymised
copy of the log') is one promise, not cut at its first comma."""

from __future__ import annotations

import re

from afterview.notes.paste_said import promise

# a clause that says something new, not one more thing of a list: 'decision by fri', 'she talks to the partners'
_NEW_STATEMENT = re.compile(
    r"^(?:i|i'?ll|i'?d|i’ll|i’d|im|i'm|we|she|he|they|it|then|decision|decide\w*|start\w*|salary|pay|need\w*|next|"
    r"will|hear\w*|2nd|second|final|also\s+(?:said|told|asked|need\w*|mentioned))\b|^[A-Z][\w'’-]+\s+(?:said|says|"
    r"will|wants?|asked|talks?|decides?|mentioned)\b|\bby\s+(?:mon|tue|wed|thu|fri|next|end|the)\w*\b",
    re.I,
)


def promise_in_clauses(value: str) -> str | None:
    """The promise among the comma-parted clauses of a line ('next steps: decision by fri, I said I'd send her the
    plan, the budget and an anonymised log'), from its clause to the last that only lists more things."""
    clauses = list(re.finditer(r"[^,;]+", value))
    for i, clause in enumerate(clauses):
        if promise(clause.group(0).strip(), []) is None:
            continue
        end = clause.end()
        for more in clauses[i + 1 :]:
            if _NEW_STATEMENT.search(more.group(0).strip()):
                break
            end = more.end()
        return value[clause.start() : end].strip(" .")
    return None


_JOIN = re.compile(r"\s+(?:\+|&|and|plus)\s+|\s*[,;]\s+")


def items_by_person(thing: str, who: int | None, names: list[str]) -> list[tuple[str, int | None]]:
    """A promise of several things to several people, each thing to the person it names ('my kitting checklist + 2
    references to Priya', said to Fiona: the checklist Fiona's, the references Priya's); a thing naming nobody is
    the one the line gives it to (`who`). A promise naming no one in its parts stays whole."""
    from afterview.notes.paste_whose import named_first
    from afterview.notes.recipient import for_whom

    parts = [p for p in _JOIN.split(thing) if p.strip()]
    if len(parts) < 2:
        return [(thing, who)]
    out: list[tuple[str, int | None]] = []
    for part in parts:
        try:
            said, whose = for_whom(part, names)
        except ValueError:
            said, whose = part, None
        if whose is None:
            said, whose = named_first(part, names)
        out.append((said.strip(" ,;."), whose))
    if all(whose is None or whose == who for _, whose in out):
        return [(thing, who)]  # nobody else named: one promise, kept whole
    return [(said, who if whose is None else whose) for said, whose in out]
