"""Work done in the interview itself, not a claim of past work (claim_first_person.py asks): the object of the verb,
or the noun phrase a relative clause describes, is a part of the interview ("the bench test I completed", "the ideas
I offered for the spring list", "I approached the discussion of churn")."""

from __future__ import annotations

import re

from afterview.guardrails.claim_support import CLAUSE_END, interview_part

# What cannot end a noun phrase that a relative clause describes: "where I introduced integrated ticketing" has its
# object after the verb (an -ed word there is an adjective, not the sentence's main verb).
NO_NOUN_BEFORE = re.compile(
    r"(?:^|[,;:(\u2014\u2013]|\b(?:where|when|while|and|but|so|because|as|since|after|before|then|if|that|which))\s*$",
    re.I,
)


# A noun phrase right before "I", begun by a determiner, with no comma, verb of saying or clause word inside it.
OBJECT_BEFORE = re.compile(
    r"\b(?:the|my|this|that|those|these)\s+(?!(?:way|time|moment|day|week|year|reason|first|last|one)\b)"
    r"(?:(?!(?:that|which|who|when|where|as|and|but|so|if|because|is|was|are|were)\b)[\w-]+\s+){1,4}$",
    re.I,
)
_DETERMINER = re.compile(r"\b(?:the|a|an|this|those|these|my|your|their|its|our)\s", re.I)


def noun_phrase_before(text: str, end: int) -> str:
    """The noun phrase a relative clause at `end` describes: from its last determiner within its clause and the
    ten words before `end` ("... mattered during the 8D investigation into defects| that I led")."""
    start = max((b.end() for b in CLAUSE_END.finditer(text, 0, end)), default=0)
    words = list(re.finditer(r"\S+", text[start:end]))[-10:]
    if words:
        start += words[0].start()
    det = [m.start() for m in _DETERMINER.finditer(text, start, end)]
    while len(det) > 1 and re.search(r"\b(?:of|for)\s+$", text[det[-2] : det[-1]]):
        det.pop()  # "the condition surveys of the trunk mains": one noun phrase
    return text[det[-1] if det else start : end]


def of_the_interview(text: str, m: re.Match[str], claim: str, np_head: str) -> bool:
    """Whether the verb at `m` works on a part of the interview itself: its object ("I approached the discussion of
    churn"), the phrase named before "I" ("the bench test I completed") or its head ("the questions I had brought"),
    or the noun a relative clause describes ("the ideas I offered for the spring list")."""
    if interview_part(text[m.end() :]):
        return True
    if np_head and (interview_part(np_head) or interview_part(claim)):
        return True
    if NO_NOUN_BEFORE.search(text[: m.start()]):
        return False
    phrase = noun_phrase_before(text, m.start())
    # ("Since the interview I have upgraded to ...": a time, not a thing the clause describes)
    before = text[: m.start() - len(phrase)]
    return interview_part(phrase) and not _SINCE_BEFORE.search(before)


_SINCE_BEFORE = re.compile(r"\b(?:since|after|before|during|following|until|throughout|from|over)\s*$", re.I)
