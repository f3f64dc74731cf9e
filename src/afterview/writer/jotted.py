"""Jotted marks: what a note to oneself holds and a letter never does.

The writer expands the common shorthand of notes ("~6 wks" → "about 6 weeks", "9 -> 15" → "from 9 to 15",
shorthand.py). Whatever survives that is a seam: a sign ("~", "->", "+", "w/"), a clipped word ("uni", "yr",
"approx"), a rate or pair jotted with a slash ("installs/yr", "print/online"), a detail tacked on after a spaced
dash ("a crew of 4 - 180 installs"), or a count of a unit used as an adjective in the plural ("20 minutes turns").
An item that still holds one is left out of the note (`without_jotted`: the template then says nothing built on
it), and a sentence that still holds one is dropped by the last gate (`jotted_spans`). Saying fewer things, each
whole, beats a sentence a careful person would fix before sending.

Names the notes give (the company, the role, the people) are never marks: "Sales/Marketing Lead" stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_MARKS = re.compile(
    r"[~≈→⇒]|->|=>|<-"  # signs: about, from … to
    r"|(?<!\w)(?:w/|b/c|w/o)"  # with, because, without
    r"|(?<=\w)\s+\+\s+(?=\w)"  # "seeds + stones"
    r"|(?<=[\w)%])\s+-\s+(?=[\w~(])"  # a detail after a spaced hyphen ("4 - about 180"); an en or em dash is prose
    r"|(?<![./\w])[a-z]{3,}/[a-z]{2,}\b"  # "installs/yr", "print/online" (units of two letters or fewer, "km/h", stay)
    r"|\b(?:uni|yrs?|wks?|hrs?|mins?|mths?|mos|approx|mgmt|dept|govt|incl|esp|req|reqs|tbd|tbc|thx|pls|b4|w/e|"
    r"appt|mtg|mtgs|convo|probs)\b\.?"  # clipped words (lower case: "Uni" may begin a name)
    r"|\b\d+\s+(?:seconds|minutes|hours|days|weeks|months|years)\s+(?!(?:ago|apart|each|running|later|earlier|"
    r"straight|long|old|back|ahead|behind|left|early|late|sooner|less|more|has|was|does)\b)"
    r"[a-z]+[^s\W]s\b"  # "20 minutes turns" ("the first 90 days has stayed with me" is prose)
)


def marks(text: str, names: Iterable[str] = ()) -> list[re.Match[str]]:
    """The jotted marks in `text`, outside the names given (the company, the role, people's names)."""
    masked = text
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        masked = masked.replace(name, "N" * len(name))
    return list(_MARKS.finditer(masked))


def is_jotted(text: str, names: Iterable[str] = ()) -> bool:
    return bool(marks(text, names))


def jotted_spans(body: str, names: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Where the middle paragraphs of a message (not its greeting, not its sign-off) still hold a jotted mark."""
    paragraphs = body.rstrip("\n").split("\n\n")
    if len(paragraphs) < 3:  # LinkedIn: one paragraph and a sign-off line; its first sentence is the greeting
        first, _, _ = body.partition("\n")
        return [(m.start(), m.end()) for m in marks(first, names)]
    start = len(paragraphs[0]) + 2
    middle = body[start : start + len("\n\n".join(paragraphs[1:-1]))]
    return [(start + m.start(), start + m.end()) for m in marks(middle, names)]


# The context's items, as the template says them: one that holds a mark is left out (the template then builds
# nothing on it). Keys whose value the template needs (the role, the greeting, the date) are never touched.
ITEM_KEYS = (
    "topic", "topic2", "challenge", "challenge_clause", "question", "question_answer", "challenge_answer",
    "tie_past", "tie_having", "tie_noun", "value_past", "value_having", "value_noun", "value2_past", "one_tie",
    "measured", "news", "rapport", "rapport_mine", "since", "since_for", "topic2_head", "other_tie", "next_step",
    "feedback_focus", "feedback_topic",
)  # fmt: skip
_TIE = ("tie_past", "tie_having", "tie_noun")
_VALUE = ("value_past", "value_having", "value_noun")


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _texts(v)]
    return []


def without_jotted(context: dict[str, Any], names: Iterable[str] = ()) -> dict[str, Any]:
    """`context` with every item that still holds a jotted mark left out; a tie or a value whose every form is
    jotted goes whole (a form of it kept alone would be said with nothing to stand for); a first topic left out
    gives its place to a clean second one."""
    names = tuple(names)
    out = dict(context)
    dropped = {k for k in ITEM_KEYS if k in out and any(is_jotted(t, names) for t in _texts(out[k]))}
    for key in dropped:
        out[key] = None
    if dropped & set(_TIE):  # one form jotted: the highlight is jotted, whichever form the template picks
        out.update(dict.fromkeys(_TIE))
        out["tie_to"] = None
    if dropped & set(_VALUE):
        out.update(dict.fromkeys(_VALUE))
    if "topic" in dropped and out.get("topic2"):
        out["topic"], out["topic2"] = out["topic2"], None
    if out.get("tie_to") == "challenge" and not (out.get("challenge") or out.get("challenge_clause")):
        out.update(dict.fromkeys(_TIE))  # the problem a result answered is left out: so is the answer
        out["tie_to"] = None
    return out
