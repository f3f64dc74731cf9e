"""Notes shorthand written out, and laughs dropped, in the items `afterview new` writes to the notes file: what
a person jots ('lost btwn architects & contractors', 'we laughed abt the market lol', 'Valencia!!') is kept in
their words, with the clipped words in full ('between', 'about', 'with') and no 'lol' or '!!', so no draft
repeats them."""

from __future__ import annotations

import re
from typing import Any

from afterview.notes.place_phrase import places_capitalised
from afterview.shorthand_words import CLIPPED_WORDS

_ITEM_LISTS = ("topics", "challenges", "rapport", "requested", "highlights", "news", "since_interview")
_LAUGH = re.compile(r"\s*\b(?:lol|lmao|rofl|haha\w*|hehe\w*)\b[\s.!]*", re.I)
_BANGS = re.compile(r"\s*!{2,}")
# clipped words a letter writes in full; '/' forms apart ('w/', 'w/o', 'b/c'): their own patterns below
_WORDS = {w: full for w, full in CLIPPED_WORDS.items() if re.fullmatch(r"[a-z0-9']+", w)}
# units and words clipped in notes that mean one thing in an item ('6 yrs', 'next yr', 'my SAP exp')
_WORDS |= {
    "yr": "year",
    "yrs": "years",
    "wks": "weeks",
    "hrs": "hours",
    "exp": "experience",
    "mgr": "manager",
    "refs": "references",
}
_WORD = re.compile(
    r"(?<![\w'’/&-])(?:" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")(?![\w'’/&-])"
)
_TYPOS = {
    "teh": "the",
    "adn": "and",
    "taht": "that",
    "hte": "the",
    "wiht": "with",
    "thier": "their",
    "recieve": "receive",
}
_TYPO = re.compile(r"\b(?:" + "|".join(_TYPOS) + r")\b")
_SLASHED = (
    (re.compile(r"(?<![\w/])w/o(?!\w)", re.I), "without"),
    (re.compile(r"(?<![\w/])w/(?=\s*\w)", re.I), "with "),
    (re.compile(r"(?<![\w/])b/c(?!\w)", re.I), "because"),
    (re.compile(r"(?<=[a-z] )w(?= [a-z])"), "with"),  # 'permit calendar w camara municipal'
)


def tidy(item: str) -> str:
    """The item with its shorthand written out and its laughs and '!!' dropped (never emptied)."""
    said = _LAUGH.sub(" ", item)
    said = re.sub(r"\s*\(\s*!+\s*\)", "", said)  # '(!!)': a cheer in brackets, nothing left of it
    said = _BANGS.sub(lambda m: "" if m.end() == len(said) else ",", said)
    said = _WORD.sub(lambda m: _WORDS[m.group(0)], said)
    for pattern, full in _SLASHED:
        said = pattern.sub(full, said)
    said = _TYPO.sub(lambda m: _TYPOS[m.group(0)], said)  # 'teh rotation': a slip of the keys, never a word
    said = re.sub(r"(?<=[a-z])\s[&+]\s(?=[a-z0-9])", " and ", said)  # 'ran inventory & cut waste'; 'Salt & Ember'
    # is a name, '2 + 2' a sum
    said = places_capitalised(said)
    said = re.sub(r"\s+([,.;:)])", r"\1", " ".join(said.split())).strip(" ,;")
    return said or item


def tidy_notes(data: dict[str, Any]) -> None:
    """Every item of the notes data tidied in place: the candidate's, the company's and each person's."""
    holders = [data, data.get("candidate") or {}, data.get("company") or {}, *(data.get("interviewers") or [])]
    for holder in holders:
        for key in _ITEM_LISTS:
            items = holder.get(key)
            if isinstance(items, list):
                holder[key] = [tidy(i) if isinstance(i, str) else i for i in items]
