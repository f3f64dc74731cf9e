"""The size of the candidate's own team told larger or smaller than the notes give it (checks43): "I ran the night
bake for a team of 40" where the highlight says a team of 12. A team's size is part of the claim of leading it; facts
judges a figure against every number in the notes, this judges it against the size the candidate's own items give."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import finding
from afterview.guardrails.result_sizes import figure_value
from afterview.guardrails.text import Piece
from afterview.shorthand_words import NUMBER_WORDS

_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_N = rf"(?:\d{{1,3}}(?:,\d{{3}})*|{_WORDS})"
_HEDGE = r"(?:(?:about|around|over|nearly|almost|some|roughly|more than|just under|close to) )?"
_GROUP = r"(?:team|crew|staff|department|group|squad|unit|workforce|floor|shift|desk)"
# "a team of 12", "a 12-person crew", "a twelve-strong team", "led 12 analysts"
_SIZE = re.compile(
    rf"\b{_GROUP} of {_HEDGE}(?P<a>{_N})\b"
    rf"|\b(?P<b>{_N})[- ](?:person|people|strong|member|man|woman)\b"
    rf"|\b(?:led|managed|ran|supervised|oversaw|headed|coordinated|coached) (?:a team of )?{_HEDGE}(?P<c>{_N})"
    r" (?:[\w-]+ )?(?:people|staff|engineers|analysts|nurses|technicians|operators|drivers|agents|workers|bakers"
    r"|cooks|planners|volunteers|reports|employees|specialists|associates|developers|designers|inspectors)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I've|I'd|my|My|we|We)\b")
# The team as the candidate's own, in the past: "I ran the night bake for a team of 40", "my 40-person crew".
_MINE = re.compile(
    r"\b(?:I|we)(?:'ve|\u2019ve| have| had)? (?:\w+ly )?(?:[a-z]{3,}ed|ran|led|built|grew|took|oversaw|headed|had)\b"
    r"|\b(?:my|our)\b",
    re.I,
)
_WISH = re.compile(
    r"\b(?:would|could|will|can|'d|\u2019d|want|hope|join|joining|love|like|keen|eager|if|enjoyed|appreciated|liked"
    r"|loved|admired|noticed|heard|learned|learnt|met|meeting|meet|visited|saw|seeing|impressed|interviewed)\b",
    re.I,
)


def _sizes(text: str) -> set[float]:
    out = set()
    for m in _SIZE.finditer(text):
        value = figure_value(m.group("a") or m.group("b") or m.group("c"))
        if value is not None:
            out.add(value)
    return out


def scale_in(sentence: Piece, text: str, own_texts: tuple[str, ...]) -> list[Finding]:
    if not _FIRST_PERSON.search(text):
        return []
    noted = {v for t in own_texts for v in _sizes(t)}
    if not noted:
        return []  # the notes give no size of a team of theirs: facts reads any figure
    for m in _SIZE.finditer(text):
        if re.search(r"\b(?:your|their|its)\b", text[max(0, m.start() - 20) : m.start()], re.I):
            continue  # "your team of 40": theirs
        start = max((b.end() for b in re.finditer(r"[,;:.!?\u2014\u2013]", text[: m.start()])), default=0)
        said = text[start : m.end()]
        if not _MINE.search(said) or _WISH.search(said):
            continue  # "I would love to join a team of 30": their team, hoped for
        value = figure_value(m.group("a") or m.group("b") or m.group("c"))
        if value is None or value in noted:
            continue
        return [
            finding(
                "unsupported_claim",
                sentence,
                m,
                f"'{m.group()}' gives your team a size your highlights do not ("
                + ", ".join(f"{v:g}" for v in sorted(noted))
                + ").",
                "Give your team's size as your notes do.",
            )
        ]
    return []
