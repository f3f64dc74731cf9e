"""An exchange the notes do not hold, and the hour of the call told from the wrong side (`facts` errors).

- invented_exchange: something said to have come up before ("the renovation project I mentioned earlier", "as we
  discussed, the new depot") that no notes item holds: what the candidate brought
  (highlights, since_interview), what was discussed (the interviewers' topics, challenges, questions, rapport), and
  the messages sent (history). ("As I said in my last email" is the negativity check's: passive-aggressive.)
- wrong_side_hour: "a bit late for me" when the interview's hour was an ordinary one where the candidate was, and
  the late hour was the interviewer's (a reader in another timezone); or "late for you" the other way round.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from afterview.draft import Finding
from afterview.guardrails.claim_support import covered, key_stems
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import sentences, stems_match
from afterview.notes.model import Interviewer, Notes

_BEFORE = r"(?:earlier|before|previously|last time|already|at the interview|in (?:the|our) (?:interview|call|meeting))"
# "the hospital renovation project (that) I mentioned earlier": the thing, then the reference
# (the thing is the nearest phrase before the reference: "the south will make the scheduling question we talked
# about" refers to the scheduling question; "from the train back to Antwerp on what we covered" to nothing named)
_NEAREST = r"(?!(?:the|that|this|those|these|what|which|whatever)\b)"
_THING_THEN = re.compile(
    rf"\b(?:the|that|this|those|these)\s+(?P<thing>(?:{_NEAREST}[\w'-]+\s+){{0,5}}?{_NEAREST}[\w'-]+)\s+"
    r"(?:that\s+|which\s+)?"
    rf"(?P<who>I|we)\s+(?:had\s+|have\s+|'d\s+|'ve\s+)?(?:mentioned|discussed|talked about|spoke about|covered"
    rf"|went over|brought up|raised)(?:\s+{_BEFORE})?\b",
    re.I,
)
# "as we discussed, the new depot ...": the reference, then the thing
_THEN_THING = re.compile(
    rf"\bas\s+(?P<who>I|we)\s+(?:had\s+|have\s+)?(?:mentioned|discussed|talked about|said)(?:\s+{_BEFORE})?\s*,\s*"
    r"(?P<thing>[^,.;:!?\u2014]{3,60})",
    re.I,
)


@per_notes
def _exchanged(notes: Notes) -> list[list[str]]:
    """Everything the notes hold as said or sent before: the candidate's items, each interviewer's items, the
    history's included items, the materials asked for."""
    texts = [*notes.candidate.highlights, *notes.candidate.since_interview, *notes.requested]
    for person in notes.interviewers:
        texts += [*person.topics, *person.challenges, *person.rapport, *person.requested]
    texts += [x for entry in notes.history for x in entry.included]
    return [key_stems(t, notes) for t in texts]


# Words that name no subject of their own: "the practical points we covered", "the few things I mentioned".
_GENERIC = re.compile(
    r"\b(?:points?|things?|topics?|ideas?|questions?|issues?|details?|aspects?|areas?|matters?|parts?|bits?|stuff"
    r"|plans?|steps?|items?|practical|practicalities|main|key|few|couple|various|other|logistics|subjects?|options?"
    r"|everything|anything|something|role|position|job|opportunity|internship|apprenticeship|placement|traineeship"
    r"|fellowship|residency|vacancy|post|opening|important|interesting|useful|specific|biggest"
    r"|most|many|several|different|same|whole|last|first|second|earlier|previous|today's|yesterday's)\b",
    re.I,
)


def _held(thing: str, notes: Notes) -> bool:
    """Whether the notes hold the thing said to have come up; one named by no word of its own ("the points we
    covered") is too vague to judge."""
    title = set(key_stems(notes.position, notes))  # "the Senior Backend Engineer position we discussed": the role
    wanted = [w for w in key_stems(_GENERIC.sub(" ", thing), notes) if w not in title]
    return not wanted or covered(wanted, _exchanged(notes)) >= 0.5


def _about_item(text: str, notes: Notes) -> bool:
    """Whether the sentence names an item of the notes by two of its words: "the plugin I mentioned" in a sentence
    about "memory forensics with Volatility" is a detail of what was discussed."""
    said = key_stems(text, notes)
    return any(sum(1 for w in item if any(stems_match(w, s) for s in said)) >= 2 for item in _exchanged(notes))


def exchange_findings(body: str, notes: Notes) -> list[Finding]:
    found: list[Finding] = []
    for sentence in sentences(body):
        text = sentence.text
        for pattern in (_THING_THEN, _THEN_THING):
            m = pattern.search(text)
            if m is not None and not _held(m.group("thing"), notes) and not _about_item(text, notes):
                found.append(_finding(sentence.start, m, "refers to an earlier exchange your notes do not hold"))
                break
    return found


def _finding(offset: int, m: re.Match[str], what: str) -> Finding:
    return Finding(
        "facts",
        "error",
        "invented_exchange",
        f"'{m.group().strip()}' {what}.",
        (offset + m.start(), offset + m.end()),
        "Leave out the reference, or add what was said to the notes if it happened.",
    )


_HOUR_FOR = re.compile(
    r"\b(?:(?:a (?:bit|little) |rather |quite |very |pretty |so )?(?:late|early)(?: in the (?:day|evening))?"
    r"|an? (?:late|early) (?:start|call|one|evening|night|morning))\s+for\s+(?P<who>me|you)\b",
    re.I,
)


def _odd(hour: int) -> bool:
    return hour < 8 or hour >= 19


def wrong_side_hour(body: str, notes: Notes, person: Interviewer | None) -> list[Finding]:
    """ "Late for me" when the late hour was theirs, or "late for you" when it was the candidate's."""
    if person is None or not person.timezone or person.timezone == notes.interview.timezone:
        return []
    start = notes.interview.start
    mine, theirs = start.hour, start.astimezone(ZoneInfo(person.timezone)).hour
    for m in _HOUR_FOR.finditer(body):
        me = m.group("who").lower() == "me"
        if (me and not _odd(mine) and _odd(theirs)) or (not me and _odd(mine) and not _odd(theirs)):
            return [
                Finding(
                    "facts",
                    "error",
                    "wrong_side_hour",
                    f"'{m.group()}' tells the hour from the wrong side: the call was at {mine:02d}:00 for you and "
                    f"{theirs:02d}:00 for {person.greeting_name}.",
                    m.span(),
                    "Say whose hour was unusual as your notes give it, or leave it out.",
                )
            ]
    return []
