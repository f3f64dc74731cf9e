"""A topic jotted as a change ('moving paper job cards -> shared spreadsheet', 'hand lay-up -> vacuum infusion
trial'): both its halves said, never the first alone.

head.py cuts an item at its first arrow, which keeps 'the hand lay-up' of a talk that was about leaving it. A
move said with its verb ('moving', 'switching', 'migrating' …) reads 'moving paper job cards to a shared
spreadsheet'; two noun phrases with nothing to say which way the arrow points (a change or a cause) are named
both: 'the hand lay-up and the vacuum infusion trial'. An arrow between counts is a measure (head.py keeps it),
one to a clause or to a problem ('rosters -> missed shifts') a cause, and both are left to the other readings.
"""

from __future__ import annotations

import re

from afterview.notes.problem_words import problem_speak
from afterview.writer.article import the
from afterview.writer.gate import problem
from afterview.writer.lemma import lemmas
from afterview.writer.phrase_kind import kind
from afterview.writer.tagger import tags, tokens

_ARROW = re.compile(r"^(?P<a>[^>]+?)\s+->\s+(?P<b>[^>]+?)$")
_MOVES = {
    "moving", "switching", "migrating", "shifting", "converting", "transitioning", "going", "changing", "swapping",
    "upgrading", "taking",
}  # fmt: skip


def both_halves(text: str) -> str | None:
    """`text` (one arrow between two phrases) as a topic that says both of them (module doc), or None."""
    found = _ARROW.match(text.strip())
    if not found:
        return None
    a, b = found.group("a").strip(), found.group("b").split(" (")[0].strip().rstrip(",;")
    if any(c.isdigit() for c in a) or not b[:1].isalpha() or re.search(r"[+=>~<&/]", a + b):
        return None
    if kind(b) != "noun" or problem_speak(b) or problem(b, "noun"):  # 'whole streets dark': a predicate
        return None
    first, _, rest = a.partition(" ")
    if first.lower() in _MOVES and rest:
        return f"{a} to {_destination(b)}"
    if kind(a) != "noun" or problem_speak(a) or problem(a, "noun") or _said_of(b):
        return None
    return f"{_article(a)} and {_article(b)}"


def _said_of(np: str) -> bool:
    """'whole streets dark', 'card swipe switch confused regulars': a state or a deed said of a noun, which the
    tagger may still read as one noun phrase (the arrow then points from a cause)."""
    words = tokens(np)
    found = tags(words) or []
    deed = any(w.endswith("ed") and "VERB" in lemmas(w) and "NOUN" not in lemmas(w) for w in words[1:])
    return deed or (len(found) > 1 and found[-1].startswith("ADJ"))


def _article(np: str) -> str:
    return the(np)


def _destination(np: str) -> str:
    """What a move goes to is new: 'a shared spreadsheet', 'tablets' (a plural), 'our own app' as it is."""
    said = the(np)
    if not said.startswith("the ") or np.startswith("the "):
        return said
    noun = re.split(r" (?:on|in|at|for|with|from|of|by) ", np)[0].split()[-1]
    if noun.endswith("s") and not noun.endswith("ss"):
        return np
    return ("an " if np[:1].lower() in "aeiou" else "a ") + np
