"""Something the notes put off to a later round or the future, thanked for as discussed (a `facts` error).

"next round: pension details", "equity terms (at the offer stage)", "will cover the on-call rota next time": the
notes say it has not been talked about yet. "Thank you for walking me through the pension details" states a
conversation that did not happen; looking forward to it ("I look forward to the pension details next round") is
right.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import covered, key_stems
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import sentences
from afterview.notes.model import Notes

_LATER = (
    r"(?:the |a |in the |at the |for the )?(?:next|later|second|third|final|follow-up|2nd|3rd) (?:round|interview"
    r"|stage|call|meeting|conversation)|round (?:2|3|two|three)|(?:at |in )?the offer stage|later|next time"
    r"|to be discussed|to be confirmed|tbd|tbc|to come|not yet discussed|not covered|not discussed|for later"
)
# "next round: X", "X (next round)", "X - to be discussed later", "will cover X in the next round".
_LATER_ITEM = re.compile(
    rf"^\s*(?:{_LATER})\s*[:\-\u2013\u2014]\s*(?P<a>.+)$"
    rf"|^(?P<b>.+?)\s*(?:[(\[]\s*(?:{_LATER})\s*[)\]]|[:\-\u2013\u2014,]\s*(?:{_LATER}))\s*\.?\s*$"
    # jotted with no mark between: "ESOP details next round", "relocation package at the offer stage"
    r"|^(?P<d>.+?)\s+(?:in |at |for )?(?:the )?(?:(?:next|later|second|third|final|2nd|3rd) (?:round|interview"
    r"|stage)|offer stage|round (?:2|3|two|three))\s*\.?\s*$"
    rf"|^(?:they |she |he |we )?(?:will|'ll|to) (?:cover|discuss|go through|go over|talk about|explain) (?P<c>.+?)"
    rf" (?:in|at|during) (?:{_LATER})\s*\.?\s*$",
    re.I,
)
# Said as a conversation that happened: "thank you for walking me through X", "I appreciated the detail on X".
_DISCUSSED = re.compile(
    r"\b(?:discuss(?:ed|ing)|went through|going through|walk(?:ed|ing) me through|took me through|taking me through"
    r"|explain(?:ed|ing)|cover(?:ed|ing)|talk(?:ed|ing) (?:about|through)|went over|going over|the (?:detail|details"
    r"|overview|insight|rundown|explanation) (?:on|of|about|into)|insight into|telling me about|shar(?:ed|ing)"
    r"|learn(?:ed|ing|t) about|hear(?:ing)? about|clarif(?:ied|ying))\b",
    re.I,
)
# ... or as something ahead: "I look forward to the pension details in the next round".
_AHEAD = re.compile(
    r"\b(?:look(?:ing)? forward|will|'ll|\u2019ll|next|later|upcoming|coming|future|hope to|would (?:like|love|be"
    r" glad)|when we|once we|before we|ahead)\b",
    re.I,
)


@per_notes
def _later_items(notes: Notes) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each item of theirs the notes put off to later, with the key words of what is put off."""
    out = []
    theirs = [*notes.company.news]
    for person in notes.interviewers:
        theirs += [*person.topics, *person.challenges]
    for item in theirs:
        m = _LATER_ITEM.match(item.strip())
        if m is None:
            continue
        what = m.group("a") or m.group("b") or m.group("c") or m.group("d") or ""
        stems = key_stems(what, notes)
        if stems:
            out.append((what.strip(), tuple(stems)))
    return tuple(out)


def later_items_discussed(body: str, notes: Notes) -> list[Finding]:
    """A sentence that tells one of the later items as already discussed."""
    found: list[Finding] = []
    for what, stems in _later_items(notes):
        for sentence in sentences(body):
            said = key_stems(sentence.text, notes)
            hold = covered(list(stems), [said])
            if hold < 0.6 or (len(stems) >= 2 and sum(1 for s in stems if s in said) < 2):
                continue
            talk = _DISCUSSED.search(sentence.text)
            if talk is None or _AHEAD.search(sentence.text):
                continue
            found.append(
                Finding(
                    "facts",
                    "error",
                    "not_yet_discussed",
                    f"'{sentence.text.strip()[:80]}' tells '{what}' as discussed, but your notes put it off to later.",
                    (sentence.start, sentence.end),
                    "Leave it out, or say you look forward to discussing it next time.",
                )
            )
            break
    return found
