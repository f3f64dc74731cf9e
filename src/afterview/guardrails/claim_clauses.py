"""The clause reader of the claims checks: each first-person clause of work in a sentence, as subject, verb and
object ("we managed to cut the length of the strings by 30%": we / cut / the length of the strings by 30%).

A clause counts when its subject is the candidate (I, we, my team, our team), its verb is a verb of work done
(led, built, cut, moved …, after "had", "have", "managed to", "was able to" or "helped"), and nothing before it
makes it a wish, a plan or a question ("I'd start with", "I would love to build", "how I presented"). Verbs of
feeling, talk and knowing ("enjoyed", "discussed", "know") are no work. The object is the rest of the clause, less
where it was done ("at Ashanti Rural Bank", "on my fan translation"): what was worked on is what is compared with
the two sides of the notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterview.guardrails.claim_no_deed import travelled
from afterview.guardrails.claim_support import (
    NOT_WORK,
    TALK,
    WORK_VERBS,
    clause,
    covered,
    interview_part,
    key_stems,
)
from afterview.notes.model import Notes

_SUBJECT = r"(?P<subject>\bI|\b[Ww]e|\b(?:[Mm]y|[Oo]ur) (?:team|crew|group|squad|department|unit))"
_AUX = r"(?:(?:'ve|\u2019ve| have| had| has)(?: (?:already|also|then|since|even|once|just|recently|previously))?)?"
_EASE = r"(?: (?:managed to|was able to|were able to|helped(?: to)?|went on to|got to))?"
_CLAUSE = re.compile(
    rf"{_SUBJECT}{_AUX}(?: \w+ly)?{_EASE} (?P<verb>{WORK_VERBS})\b(?!['\u2019]t\b)",
)
# A relative "where" after a place: "at Vale do Sinos, where we moved the line to robots" tells a deed done there.
_PLACE_WHERE = re.compile(r"\b(?:[Aa]t|[Ii]n) (?:[A-Z][\w'-]*\s*){1,4},\s*where\s+$")
# What makes the clause a wish, a plan, a condition or a question, said just before its subject.
_NOT_DONE = re.compile(
    r"\b(?:would|could|might|will|can|should|if|once|when|whether|how|what|why|where|the way|hope|plan|want"
    r"|love|like|to|as soon as|until|unless)\s+$",
    re.I,
)
_FEELING = re.compile(rf"(?:{NOT_WORK}|{TALK})$", re.I)
# Where the work was done: a place or a project of the candidate's own, named with a capital or "my".
_WHERE = re.compile(r"\b(?:at|with|for|in|on|during) (?:my |our |the )?(?:[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*)*)\b")


# A turn to something else within the clause: "... and not enough about credit risk", "... and then ...".
_TURN = re.compile(r"\s+(?:and|but) (?:not|then|also|so|never|less|more)\b")
# The thing a clause describes, named just before its subject: "the dashboard I built", "a tool we wrote".
# (only when the verb has no object of its own after it: "I built for 14 groups", "I led at Northwind", "I ran.")
_DET = r"(?:the|a|an|this|that|those|these|my|our|any|every|each)"
_NAMED_BEFORE = re.compile(rf"\b{_DET}\s+(?:(?!{_DET}\s)[\w-]+\s+){{0,4}}$", re.I)
_GAP = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:for|at|in|with|last|there|back|over|during|from|before|after|when|while|and)\b"
    # the sentence's own verb right after the clause: "the checklist I wrote became the office standard"
    r"|(?:became|becomes|become|remains|remained|stayed|proved|turned out|ended up|went on to|is|was|were|are"
    r"|has|had|got|gave|took|made|meant|showed|helped"
    # ... an irregular past of the sentence's own: "the 25 agents I trained at X spent weeks on ..."
    r"|spent|sold|knew|grew|fell|rose|lost|felt|kept|ran|won|dealt)\b"
    # ... an adverb, then the sentence's own verb: "the rig I built only worked once ..."
    r"|(?:only|just|also|really|actually|usually|mostly|never|always|often|still|soon|quickly) [a-z]{3,}\b"
    # ... or an infinitive of purpose or of what the thing is to do: "any test I design to support your judgement",
    # "the agents I lead to know the parts situation"
    rf"|to (?!(?:{_DET}|your|their|its|production|market|scale|completion|\d)\b)[a-z]{{2,}}\b)"
)


def before_turn(phrase: str) -> str:
    """A clause's words up to a turn to something else ("... and not enough about credit risk")."""
    return _TURN.split(phrase, maxsplit=1)[0]


@dataclass(frozen=True)
class WorkClause:
    """A first-person clause of work done: its subject, verb, the object worked on and where it starts."""

    subject: str
    verb: str
    object: str
    start: int
    end: int
    named_before: bool = False  # the object was named before the subject ("the dashboard I built")


def work_clauses(text: str) -> list[WorkClause]:
    """Each first-person clause of work done in a sentence."""
    out = []
    for m in _CLAUSE.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        if _NOT_DONE.search(before) and not _PLACE_WHERE.search(before):
            continue  # (", where we moved ..." after a place tells what was done there, no question)
        verb = m.group("verb")
        if _FEELING.fullmatch(verb) and not _moved_something(text, m.end()):
            continue  # "I moved to Lisbon", "we passed the exam": a feeling, a journey or a course, no work
        if travelled(verb, text, m.end()):
            continue  # "I drove over to the new plant on Saturday": a trip
        obj = before_turn(clause(text, m.end()))
        if interview_part(obj):
            continue  # "I handled the question about night shifts": a part of the interview, no work
        named = _NAMED_BEFORE.search(text[: m.start()]) if _GAP.match(text, m.end()) else None
        if named is not None:
            obj = named.group()  # "the dashboard I built for 14 groups": the dashboard is what was built
        out.append(WorkClause(m.group("subject"), verb, _WHERE.sub(" ", obj), m.start(), m.end(), named is not None))
    return out


def _moved_something(text: str, at: int) -> bool:
    """'moved our societies onto mobile money': an object moved somewhere is work; 'moved to Lisbon' is not."""
    return bool(
        re.match(
            r"\s+(?!to\b|here\b|there\b|back\b|abroad\b|home\b|away\b)(?:\w+\s+){1,6}?(?:onto|to|into"
            r"|off|from|over to)\b",
            text[at:],
        )
    )


def _own_deed(c: WorkClause, wanted: list[str], notes: Notes) -> bool:
    """The candidate's own deed in other words: an own item with the same verb and a word of the same object ("the
    accumulation data discipline I built at Meridian Re" for "built a cargo accumulation model at Meridian Re")."""
    if not c.named_before:
        return False  # a verb with its object after it says what was done plainly: no paraphrase to forgive
    verb = c.verb.lower()
    for item in (*notes.candidate.highlights, *notes.candidate.since_interview):
        if re.search(rf"\b{re.escape(verb)}\b", item, re.I) and covered(wanted, [key_stems(item, notes)]) > 0:
            return True
    return False


def own_deed_at(text: str, start: int, wanted: list[str], notes: Notes) -> bool:
    """Whether the clause of work read at `start` is the candidate's own deed in other words."""
    return any(
        _own_deed(c, wanted, notes)
        # (what is claimed must be that object: "the pilot I brought in cut unaccounted-for water" claims the result)
        and covered(wanted, [key_stems(c.object, notes)]) >= 0.5
        for c in work_clauses(text)
        if c.start == start
    )


def their_work_claimed(text: str, notes: Notes, own: list[list[str]], theirs: list[list[str]]) -> WorkClause | None:
    """The first clause of work whose object is theirs (half of its key words in one of their items) and not the
    candidate's own (less than half in any own item)."""
    for c in work_clauses(text):
        wanted = key_stems(c.object, notes)
        if len(wanted) < 2:
            continue
        if covered(wanted, theirs) >= 0.5 and covered(wanted, own) < 0.5 and not _own_deed(c, wanted, notes):
            return c
    return None


def backed_by_own_work(text: str, notes: Notes, own: list[list[str]]) -> bool:
    """Whether the sentence tells work of the candidate's own ("a challenge I know well: in Riyadh, we brought
    ingress time down from 95 to 70 minutes"): experience claimed beside it is backed there."""
    return any(
        covered(wanted, own) >= 0.5 for c in work_clauses(text) if len(wanted := key_stems(c.object, notes)) >= 2
    )
