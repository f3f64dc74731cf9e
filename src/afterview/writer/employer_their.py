"""Whose 'their' a highlight means: the employer the highlight before it names.

Notes jot a candidate's record as a run of highlights: '5 yrs export sales for a French furniture maker', then
'set up their EU distributor network'. That 'their' is the employer's, never the reader's; said as 'the' ('I set up
the EU distributor network') it reads as the reader's own network (writer_blind54's judges: "muddles whose network
it was"). Where a highlight before it names the employer ('for a French furniture maker', 'at Northwind', 'with a
3-shop roastery in Curitiba'), the thing is said as that employer's: 'the French furniture maker's EU distributor
network', "Northwind's EU distributor network". Where none does, `owner` gives None and the caller says 'the'.
"""

from __future__ import annotations

import re

# the employer a highlight names: 'for a French furniture maker', 'at Northwind', 'with a 3-shop roastery'; the
# phrase ends at a comma, a bracket, a preposition or a conjunction ('at a roastery in Curitiba' → 'roastery')
_EMPLOYER = re.compile(
    r"\b(?:at|for|with) (?:(?P<article>a|an|the) (?P<thing>(?:[\w-]+ ){0,3}?[a-z][\w-]*)"
    r"|(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}))"
    r"(?=\s*(?:[,;()]|$|\b(?:in|on|at|for|from|with|and|or|to|as|where|which|that|mostly|since|until)\b))"
)
# a thing named by its employer is a body of people or a business: its head noun is none of these
_NOT_EMPLOYER = re.compile(
    r"(?:clients?|customers?|users?|teams?|projects?|pallets?|years?|months?|weeks?|days?|people|students?|"
    r"patients?|events?|products?|brands?|systems?|tools?|data|dashboards?)$",
    re.I,
)
_MONTH = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*$")


def owner(earlier: list[str]) -> str | None:
    """The possessive of the employer the nearest earlier highlight names ('the French furniture maker's',
    "Northwind's"), or None. `earlier` runs nearest first."""
    for item in earlier:
        for found in _EMPLOYER.finditer(item):
            if found["name"]:
                name = found["name"]
                if _MONTH.match(name.split()[0]) or (name.isupper() and len(name) <= 3 and " " not in name):
                    continue  # 'at Dec', 'for EU': a date or a region, never an employer
                return name + ("'" if name.endswith("s") else "'s")
            thing = found["thing"]
            if _NOT_EMPLOYER.search(thing):
                continue
            return f"the {thing}'" + ("" if thing.endswith("s") else "s")
    return None


_THEIR = re.compile(r"\btheir\b(?!\s+own\b)")
_PLURAL = re.compile(r"\b[a-z]{3,}[^su\W]s\b")


def said_as_theirs(item: str, earlier: list[str]) -> str:
    """`item` with the employer's 'their' said as the employer's (module doc), or as 'the' where no earlier highlight
    names the employer. A 'their' after a plural in the item is that plural's ('helped clients cut their costs') and
    takes 'the' as before: the employer is never put in it."""
    found = _THEIR.search(item)
    if not found:
        return item
    before = item[: found.start()]
    whose = owner(earlier) if len(before.split()) <= 3 and not _PLURAL.search(before) else None
    item = _THEIR.sub("the", item[found.end() :])
    return before + (whose or "the") + item
