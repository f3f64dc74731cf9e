"""The recipient named in the third person in their own message (a `fluency` warning).

Notes speak of the interviewer by name ("Denise liked the idea of a monitoring calendar", "Marcus wants field data
in ArcGIS"); a message to Denise that says "Denise liked the idea" reads as a note pasted into a letter, or as if it
were written to someone else. The name followed by a word ("Denise liked", "Denise's team", "that Marcus wants")
is the third person; the name followed by punctuation ("Thank you, Denise.", "Denise, thank you") is the
vocative a letter uses. A name another person of the notes shares (two Davids), one the candidate shares, or one
that is part of the company's name is not read: it may mean them; nor is a name after a capitalised word, which
makes it part of a longer name ("Bách Khoa" university, to Khoa)."""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.fluency_repeats import masked
from afterview.notes.model import Interviewer, Notes
from afterview.notes.names import family_name_first, given_name, name_parts

# a greeting before the name ("Dear Denise"), or a comma ("Thank you, Denise for …": a vocative short of its comma)
_GREETING = re.compile(r"(?:\b(?:dear|dearest|hi|hello|hey|morning|afternoon|evening)\s*|,[ \t]*)$", re.I)
# a capitalised word just before: the name is part of a longer one ("Bách Khoa", a university, to Trần Minh Khoa)
_PROPER = re.compile(r"\b[A-Z][\w'’-]*[ \t]+$")
# the rest of an opening line that greets by name, an honorific or a word of warmth after it: "Murat abi,",
# "Sven mate!"
_GREETING_LINE = re.compile(r"[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]*(?:,[ \t]*(?:\n|$)|!)")
# the name, then its possessive or nothing, then a space and a word in lower case
_AFTER = r"(?:['’]s)?\s+(?=[a-z])"


def recipient_named(draft: Draft, person: Interviewer | None, notes: Notes) -> list[Finding]:
    """The first place the body names its recipient as 'he' or 'she' would, by name."""
    if person is None:
        return []
    forms = _forms(person, notes)
    if not forms:
        return []
    body = masked(draft.body)  # a placeholder ("[the project he mentioned]") is the placeholders check's
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’-])(?P<name>{names})(?![\w-]){_AFTER}")
    signature = _signature_start(body, notes)
    for m in pattern.finditer(body):
        before = body[max(0, m.start() - 30) : m.start()]
        if m.start() >= signature or _GREETING.search(before) or _PROPER.search(before):
            continue
        if _GREETING_LINE.match(body, m.end("name")) and not body[: m.start()].strip():
            continue  # "Murat abi,", "Rie-chan,": the opening line greets them, with the honorific after the name
        return [
            Finding(
                "fluency",
                "warning",
                "third_person_recipient",
                f"'{m.group('name')}' is {person.name}, the person this message is written to; "
                "a letter speaks to them, not about them.",
                m.span("name"),
                "Write to them: 'you', 'your'.",
            )
        ]
    return []


def _forms(person: Interviewer, notes: Notes) -> set[str]:
    """How the body could name them: the full name, the name they are greeted by, their given name."""
    parts = name_parts(person.name)
    forms = {" ".join(parts)}
    if person.greet_as:
        forms.add(person.greet_as.strip())
    if len(parts) > 1:
        forms.add(given_name(person.name) if family_name_first(person.name) else parts[0])
    shared = {p.casefold() for i in notes.interviewers if i is not person for p in name_parts(i.name)}
    shared |= {p.casefold() for p in name_parts(notes.candidate.name)}
    shared |= {w.casefold() for w in re.findall(r"[\w'’-]+", notes.company.name)}
    # a full name is theirs alone; a one-letter part (the Balinese 'I' of I Made Suardana) is the candidate's 'I'
    return {f for f in forms if len(f) > 1 and (" " in f or f.casefold() not in shared)}


def _signature_start(body: str, notes: Notes) -> int:
    """Where the sign-off's name begins (the candidate's own), else the end of the body."""
    at = body.rfind(notes.candidate.name)
    return at if at >= 0 else len(body)
