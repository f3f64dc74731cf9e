"""The writer's own words spelt as the recipient's region spells them.

British spelling (favourite, organise, centre, programme) to recipients in the UK, Ireland,
Australia, New Zealand, South Africa and India; US spelling to the US; Canada takes the British
-our and -re but keeps -ize and "program", as Canadian usage does. The region is the recipient's
timezone (interviewer `timezone`, else the interview's), read by `region.py`.

Only the writer's words change: a spelling the user wrote anywhere in the notes is theirs and
stays as written wherever it appears (their items are quoted in their own words).
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from afterview.region import region

# (US, British, kind): kind "our" and "re" are British in Canada too; "ise" and "me" only in Britain.
_PAIRS: tuple[tuple[str, str, str], ...] = (
    ("favorite", "favourite", "our"),
    ("favorites", "favourites", "our"),
    ("color", "colour", "our"),
    ("colors", "colours", "our"),
    ("honor", "honour", "our"),
    ("honored", "honoured", "our"),
    ("honors", "honours", "our"),
    ("behavior", "behaviour", "our"),
    ("candor", "candour", "our"),
    ("labor", "labour", "our"),
    ("neighbor", "neighbour", "our"),
    ("neighbors", "neighbours", "our"),
    ("endeavor", "endeavour", "our"),
    ("rumor", "rumour", "our"),
    ("center", "centre", "re"),
    ("centers", "centres", "re"),
    ("theater", "theatre", "re"),
    ("organize", "organise", "ise"),
    ("organized", "organised", "ise"),
    ("organizing", "organising", "ise"),
    ("organization", "organisation", "ise"),
    ("organizations", "organisations", "ise"),
    ("realize", "realise", "ise"),
    ("realized", "realised", "ise"),
    ("recognize", "recognise", "ise"),
    ("recognized", "recognised", "ise"),
    ("apologize", "apologise", "ise"),
    ("prioritize", "prioritise", "ise"),
    ("emphasize", "emphasise", "ise"),
    ("specialize", "specialise", "ise"),
    ("summarize", "summarise", "ise"),
    ("analyze", "analyse", "ise"),
    ("program", "programme", "me"),
    ("programs", "programmes", "me"),
)


def _table(where: str) -> dict[str, str]:
    if where == "uk":
        return {us: uk for us, uk, _ in _PAIRS}
    if where == "ca":  # -our and -re British; -ize and "program" stay
        table = {us: uk for us, uk, kind in _PAIRS if kind in ("our", "re")}
        table.update({uk: us for us, uk, kind in _PAIRS if kind in ("ise", "me")})
        return table
    if where == "us":
        return {uk: us for us, uk, _ in _PAIRS}
    return {}


_WORD = re.compile(r"[A-Za-z]+")


def localise(text: str, zone: ZoneInfo, users_words: str) -> str:
    """`text` with the writer's words spelt for the recipient's region; a spelling found in
    `users_words` (the notes) is the user's and is kept."""
    table = _table(region(zone))
    if not table:
        return text
    theirs = {w.lower() for w in _WORD.findall(users_words)}

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        other = table.get(word.lower())
        if other is None or word.lower() in theirs:
            return word
        if word.isupper() and len(word) > 1:
            return other.upper()
        return other[:1].upper() + other[1:] if word[:1].isupper() else other

    return _WORD.sub(swap, text)
