"""The outcome a highlight jots after its deed without numbers to compare, said beside the deed so the deed is never
told without what came of it: 'trained 4 apprentices …, all 4 licensed now' → '…, and all 4 are licensed now';
'set up a sampling routine -> our team found corrosion early' → '…, and our team found corrosion early' (the team's
result told as the team's, never as the candidate's own)."""

from __future__ import annotations

import re

from afterview.writer.gate import reads_well
from afterview.writer.result_clause import ARROW
from afterview.writer.shorthand import prose

# ', all 4 licensed now', ', all 6 certified by year end': everyone the deed was for, and what they became
_ALL = re.compile(
    r",\s*(?P<who>all (?:\d+|of them|three|four|five|six))\s+(?P<done>[a-z]+ed|passed|qualified)"
    r"(?P<rest>(?: [a-z0-9]+){0,4}?)?\s*$"
)
# '-> our team found corrosion early', '-> we caught 3 leaks': the team's own clause after the deed's arrow
_TEAM = re.compile(
    r"^(?P<who>our (?:team|crew|unit|group|lab|shop)|we|the (?:team|crew)) (?P<verb>[a-z]+ed|found|caught)\b"
)


def with_outcome(highlight: str, clause: str | None) -> str | None:
    """`clause` (the deed said as the candidate's, 'I …') with the outcome the highlight jots after it; `clause` as
    it was when the highlight jots none, the clause already says it, or the outcome does not read as a clause."""
    if not clause or not clause.startswith("I ") or " and " in clause.split(",")[-1]:
        return clause
    text = highlight.strip()
    found = _ALL.search(text)
    if found:
        rest = (found.group("rest") or "").strip()
        verb = "are" if rest.endswith("now") or not rest else "were"
        said = f"{found.group('who')} {verb} {found.group('done')}" + (f" {rest}" if rest else "")
        return f"{clause}, and {prose(said)}" if reads_well(said, "clause") else clause
    halves = ARROW.split(text, maxsplit=1)
    team = _TEAM.match(prose(halves[1]).strip(" .;")) if len(halves) == 2 else None
    if team and not ARROW.search(halves[1]):
        said = prose(halves[1]).strip(" .;")  # the tagger reads few such jottings as clauses: plain words only
        plain = re.fullmatch(r"[a-z][a-z0-9' -]*", said) and len(said.split()) <= 10
        return f"{clause}, and {said}" if plain else clause
    return clause
