"""The template's items, each said in the frames that hold it and kept only when every such sentence passes the
sentence check (writer/sentence_check.py), else taken down a short ladder: a topic of theirs named by its head
noun ('the bench layout'), else left out, a later topic said in its place. What survives is said whole; the
last gate (last_gate.py) still drops any sentence that comes out garbled all the same.
"""

from __future__ import annotations

from typing import Any

from afterview.writer.head_noun import short_noun
from afterview.writer.jotted import ITEM_KEYS
from afterview.writer.sentence_check import faults
from afterview.writer.shapes import WH

# How the template's frames hold each form: a noun phrase after a preposition, or sent with the note ('I have
# attached …', '… , as you asked', 'I will send you … today'); a clause after 'that'; a phrase that opens a sentence
# ('Having …, I …'). A frame that only some variants use ('… with you') is left to the last gate, which drops that
# one sentence.
_NOUN_FRAMES = ("I enjoyed hearing about {}.",)
_SENT_FRAMES = ("I have attached {}.", "I have attached {}, as you asked.", "I will send you {} today.", *_NOUN_FRAMES)
_CLAUSE_FRAMES = ("I heard that {}.",)
_PHRASE_FRAMES = ("{}, I would be glad to help.",)
# The context's items (writer/jotted.py's ITEM_KEYS), by the form each holds: a clause, a phrase that opens a
# sentence, a dict of forms, else a noun phrase ('measured' and 'rapport_mine' are read by their own modules).
_CLAUSE_KEYS = {"challenge_clause", "tie_past", "value_past", "value2_past", "question_answer", "challenge_answer"}
_PHRASE_KEYS = {"tie_having", "value_having"}
_DICT_KEYS = ("news", "rapport", "since")
_NOUN_KEYS = set(ITEM_KEYS) - _CLAUSE_KEYS - _PHRASE_KEYS - set(_DICT_KEYS) - {"measured", "rapport_mine"}
_FORMS = {"clause": _CLAUSE_FRAMES, "noun": _NOUN_FRAMES, "gerund": _PHRASE_FRAMES, "having": _PHRASE_FRAMES}
# Keys whose item a thank-you names as the topic of theirs: the one said by its head noun when said whole fails.
_NAMED = ("topic", "topic2", "challenge")


def passes(text: str, frames: tuple[str, ...]) -> bool:
    """Whether `text` reads whole in every frame given (its first letter as a frame holds it)."""
    return all(not faults(frame.format(text)) for frame in frames)


def _frames(key: str) -> tuple[str, ...] | None:
    if key == "requested":
        return _SENT_FRAMES
    if key in _CLAUSE_KEYS:
        return _CLAUSE_FRAMES
    if key in _PHRASE_KEYS:
        return _PHRASE_FRAMES
    return _NOUN_FRAMES if key in _NOUN_KEYS else None


def _named(item: str) -> str | None:
    """The head noun a failing topic is named by ('the 2 more rounds including a board panel' → 'the board
    panel'), when it passes; never for a 'how/why …' item, whose subject is not its topic."""
    if (item.split() or [""])[0].lower() in WH:
        return None
    short = short_noun(item)
    return short if short and short != item and passes(short, _NOUN_FRAMES) else None


def verified(context: dict[str, Any]) -> dict[str, Any]:
    """`context` with each item that does not read whole in its frames named by its head noun or left out
    (module doc); a first topic left out takes the second."""
    out = dict(context)
    for key, value in context.items():
        frames = _frames(key) if isinstance(value, str) and value else None
        if frames is not None and not passes(value, frames):
            out[key] = _named(value) if key in _NAMED else None
        elif key in _DICT_KEYS and isinstance(value, dict):
            kept = {
                form: (None if isinstance(said, str) and form in _FORMS and not passes(said, _FORMS[form]) else said)
                for form, said in value.items()
            }
            out[key] = kept if any(isinstance(said, str) and said for said in kept.values()) else None
    if not out.get("topic") and out.get("topic2"):
        out["topic"], out["topic2"] = out["topic2"], None
    return out
