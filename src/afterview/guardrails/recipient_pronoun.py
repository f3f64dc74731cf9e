"""'she' or 'he' in a thank-you, meaning the person it is written to (a `fluency` warning).

Notes are about the interviewer ("she grows tomatoes too"); a letter to her says "you grow tomatoes too". A
third-person pronoun refers to the recipient when nobody else has come up before it: no other person's name, no
unknown capitalised word (it may be a name), and no word for a person ("my manager", "your daughter")."""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.dates import MONTHS, WEEKDAYS
from afterview.guardrails.fluency_repeats import masked
from afterview.guardrails.support import names, supported_words
from afterview.guardrails.text import STOPWORDS, bare_word
from afterview.notes.model import Interviewer, Notes
from afterview.notes.names import name_parts
from afterview.vocabulary import Kind

_THIRD = re.compile(r"\b(?:she|he|her|him|his|hers|herself|himself)\b", re.I)
_PERSON_NOUN = re.compile(
    r"\b(?:colleague|co-?worker|teammate|manager|boss|supervisor|director|lead|head|founder|ceo|cto|cfo|vp|recruiter"
    r"|interviewer|mentor|friend|partner|wife|husband|spouse|daughter|son|kid|child|baby|mother|mom|mum|father|dad"
    r"|sister|brother|aunt|uncle|niece|nephew|grandmother|grandfather|grandma|grandpa|cousin|girlfriend|boyfriend"
    r"|woman|man|lady|guy|girl|boy|person|someone|somebody|anyone|everyone|author|writer|speaker|customer|client"
    r"|patient|student|teacher|professor|coach|doctor|nurse|engineer|designer|analyst|scientist|candidate|hire"
    r"|predecessor|successor|owner|chef|artist|member|nobody|no one)s?\b",
    re.I,
)
_CAPITALISED = re.compile(r"(?P<start>^|[.!?]\s+)?\b(?P<word>[A-Z][\w'’-]*)", re.M)


def recipient_pronoun(draft: Draft, person: Interviewer | None, notes: Notes) -> list[Finding]:
    if draft.kind is not Kind.thank_you or person is None:
        return []
    body = masked(draft.body)  # a placeholder ("[the project he mentioned]") is the placeholders check's
    first_break = body.find("\n")
    opening = first_break + 1 if first_break >= 0 else 0  # the greeting line names the recipient
    for m in _THIRD.finditer(body, opening):
        if _someone_else(body[opening : m.start()], person, notes):
            return []  # a later pronoun may mean that other person too
        return [
            Finding(
                "fluency",
                "warning",
                "third_person_recipient",
                f"'{m.group()}' seems to mean {person.name}, the person this thank-you is written to.",
                m.span(),
                "Write to them: 'you', 'your'.",
            )
        ]
    return []


def _someone_else(before: str, person: Interviewer, notes: Notes) -> bool:
    if _PERSON_NOUN.search(before):
        return True
    theirs = {p.lower() for p in (*name_parts(person.name), *(person.greet_as or "").split())}
    people = {p.lower() for i in notes.interviewers for p in name_parts(i.name)} - theirs
    known = supported_words(notes) - people
    plain = STOPWORDS | set(MONTHS) | set(WEEKDAYS) | ({n.lower() for n in names(notes)} - people)
    for m in _CAPITALISED.finditer(before):
        low = bare_word(m.group("word")).lower()
        if low in theirs or low == "i" or low.startswith(("i'", "i’")):
            continue
        if low in people:
            return True
        if m.group("start") is not None or low in known or low in plain:
            continue  # a sentence's first word, or a word of the notes that names no one
        return True
    return False
