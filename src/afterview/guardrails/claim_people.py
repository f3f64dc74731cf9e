"""Credit moved between the interviewers: one person's topic or challenge told as another's ("Ana's point that
growers want grade ranges" where the grade ranges were Ben's topic; "the workflow Ben set up" where it was Ana's).

Each interviewer's items are theirs (topics, challenges, rapport). A name with what is said of it (a possessive,
or the name as the doer of a verb) must match that person's items, or at least not match someone else's far
better: two people's names in one sentence ("Ana's point, and Ben's") are each read with their own phrase.
"""

from __future__ import annotations

import re
from dataclasses import replace

from afterview.draft import Finding
from afterview.guardrails.claim_support import CLAUSE_END, claim_stems, covered, finding, key_stems
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import Piece, content_stems
from afterview.notes.model import Interviewer, Notes
from afterview.notes.names import family_name_first, name_parts

_DOES = (
    r"(?:has |had |also )?(?:set up|built|created|designed|developed|introduced|started|runs|ran|leads|led|owns"
    r"|described|mentioned|raised|explained|shared|pointed out|said|showed|suggested|proposed|brought up|walked me"
    r" through|is building|is running|is leading)"
)
_TITLES = r"Mr|Mrs|Ms|Mx|Dr|Prof|Miss|Sr|Sra|Srta|Don|Doña|Herr|Frau|Mme|Mlle|M|Pak|Bapak|Ibu|Bu|Sig|Sig\.ra"
_NOUN_PHRASE_END = r"\b(?:the|a|an|this|that|those|these|his|her|their)\s+(?:[\w-]+\s+){1,6}$"
_WORDS = 9  # a phrase said of a name reaches this many words at most


@per_notes
def _people(notes: Notes) -> list[tuple[re.Pattern[str], list[list[str]]]]:
    """Each interviewer's names (full, first, greet_as) and the stems of their own items."""
    out = []
    for person in notes.interviewers:
        names = {person.name, person.first_name or "", person.greet_as or ""} - {""}
        names = {n for n in names if not re.match(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s", n)} or names
        items = [content_stems(x, generic=True) for x in (*person.topics, *person.challenges, *person.rapport)]
        alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        # the family name after a title: "Mr. Al-Mansouri" for Khalid Al-Mansouri
        parts = name_parts(person.name)
        family = parts[0] if family_name_first(person.name) else parts[-1]
        if len(parts) >= 2:
            # any of the family names after a title: "Sra. Quispe" for María Fernanda Quispe Huamán
            families = "|".join(re.escape(p) for p in dict.fromkeys([family, *parts[1:]]) if len(p) >= 3)
            alternation += rf"|(?:{_TITLES})\.?\s+(?:{families})"
        out.append((re.compile(rf"\b(?:{alternation})\b(?P<own>['\u2019]s\b)?"), [i for i in items if i]))
    return out


def _said_of(text: str, m: re.Match[str]) -> str:
    """What the sentence says of the name at `m`: the phrase after a possessive, the object after a verb of
    doing or saying, or the noun phrase before it that it did ("the workflow Ana set up")."""
    after = text[m.end() :]
    if m.group("own"):
        return " ".join(re.split(r"[,;:()\u2014\u2013.!?]", after, maxsplit=1)[0].split()[:_WORDS])
    does = re.match(rf"\s+{_DOES}\b", after, re.I)
    if does is None:
        return ""
    start = max((b.end() for b in CLAUSE_END.finditer(text, 0, m.start())), default=0)
    before = re.search(_NOUN_PHRASE_END, text[start : m.start()], re.I)
    if before is not None and len(_plain(before.group())) >= 2:
        return before.group()  # "the workflow Ana set up": a noun phrase, then its doer
    rest = after[does.end() :]
    if re.match(r"\s*,", rest):
        # "As Ms. Han explained, forecasting for the serviced apartments is ...": what was said follows the comma
        said = re.split(r"[;:.!?]|,\s+(?:and|but|which|so)\b", rest.lstrip()[1:], maxsplit=1)[0]
        return " ".join(said.split()[: 2 * _WORDS])
    stop = CLAUSE_END.search(rest)
    return " ".join(rest[: stop.start() if stop else len(rest)].split()[:_WORDS])


def _plain(text: str) -> list[str]:
    return [s for s in content_stems(text) if len(s) > 2]


# The reader as the one who raised a point: "As you explained, the axle counter faults ...", "you mentioned the drill".
_YOU_SAID = re.compile(
    r"\b(?:as )?you (?:also )?(?:explained|described|mentioned|raised|said|shared|pointed out|told me(?: about)?"
    r"|walked me through|brought up|outlined|flagged|noted|showed(?: me)?|demoed|presented)\b"
    r"(?P<where>(?: (?:in|during|at) (?:our|the) (?:\w+ )?(?:interview|conversation|call|meeting|chat|discussion))?)"
    r"(?P<comma>\s*,)?"
    r"|\byour (?:point|points|question|questions|comments?|remarks?|concerns?|idea|ideas|explanation|description"
    r"|overview|walk-?through|presentation|demo|account|summary|breakdown)"
    r" (?:about|on|that|regarding|of)\b",
    re.I,
)


# The thing a relative 'you described' describes: a noun phrase just before it ("the month-3 churn you described").
_NAMED_BEFORE = re.compile(r"\b(?:the|that|this|those|these|your|a|an)\s+(?:[\w%-]+\s+){0,5}?[\w%-]+\s+$", re.I)


def _you_credit(text: str, notes: Notes, reader: Interviewer | None) -> re.Match[str] | None:
    """'you' given another interviewer's item: what follows 'you explained' is theirs, not the reader's."""
    if reader is None:
        return None
    people = _people(notes)
    mine = [i for i, person in enumerate(notes.interviewers) if person is reader]
    if not mine:
        return None
    own = claim_stems(notes)["own"]
    for m in _YOU_SAID.finditer(text):
        rest = text[m.end() :]
        stop = re.search(r"[;:.!?]|,\s+(?:and|but|which|so)\b", rest) if m.group("comma") else CLAUSE_END.search(rest)
        said = rest[: stop.start() if stop else len(rest)]
        named = _NAMED_BEFORE.search(text[: m.start()])
        if named is not None and not m.group().lower().startswith(("as", "your")):
            said = named.group()  # "the month-3 churn you described and how ...": what was described comes first
        wanted = key_stems(said, notes)
        if len(wanted) < 2 or covered(wanted, own) >= 0.5:
            continue
        items = people[mine[0]][1]
        theirs = covered(wanted, items) if items else 0.0
        others = max((covered(wanted, o) for j, (_, o) in enumerate(people) if j != mine[0] and o), default=0.0)
        if others >= 0.5 and theirs < 0.25:
            return m
    return None


def people_credit_in(
    sentence: Piece, text: str, notes: Notes, reader: Interviewer | None = None, *, one_of_several: bool = False
) -> list[Finding]:
    """A point credited to the wrong person. `one_of_several`: the draft is a thank-you, the kind sent to each
    interviewer in turn, where the reader given another's point is a note copied from another's thank-you."""
    people = _people(notes)
    own = claim_stems(notes)["own"]
    you = _you_credit(text, notes, reader)
    if you is not None:
        credited = finding(
            "misattributed_credit",
            sentence,
            you,
            f"'{you.group().strip()}' gives the reader what your notes list under another interviewer.",
            "Credit each point to the person who raised it, as your notes do.",
        )
        # in a thank-you, "you described X" where X is another interviewer's tells the reader what someone else said:
        # a thank-you meant for (or copied from) the other interviewer, which readers mark as copied or impersonal,
        # not as a claim; a note there (a feedback request or a status check has one reader: a credit moved)
        return [replace(credited, severity="info")] if one_of_several else [credited]
    for i, (names, items) in enumerate(people):
        for m in names.finditer(text):
            wanted = key_stems(_said_of(text, m), notes)
            if len(wanted) < 2 or covered(wanted, own) >= 0.5:
                continue
            mine = covered(wanted, items) if items else 0.0
            others = max((covered(wanted, o) for j, (_, o) in enumerate(people) if j != i and o), default=0.0)
            if others >= 0.5 and mine < 0.25:
                return [
                    finding(
                        "misattributed_credit",
                        sentence,
                        m,
                        f"'{m.group()}' is given what your notes list under another interviewer.",
                        "Credit each point to the person who raised it, as your notes do.",
                    )
                ]
    return []
