"""A recruiter's fact about the job's terms (days a week, hours, a contract's or an internship's length, a hybrid
schedule, relocation help), said back as a reaction to it, never as "our conversation about the 3-month internship":
'3-month internship, 3 days/wk in the shop' → 'Three months, three days a week in the shop, sounds like a good way to
learn the work from the inside.' Only the terms these shapes read are said; anything else gives None."""

from __future__ import annotations

import re
from typing import Any

from afterview.notes.model import Interviewer, Notes
from afterview.shorthand_words import SPELLED
from afterview.vocabulary import Role
from afterview.writer.shorthand import prose

_N = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_LENGTH = re.compile(rf"\b{_N}[- ]months?(?:[- ](?:internship|contract|placement|apprenticeship|traineeship))?\b", re.I)
_DAYS = re.compile(rf"\b{_N} days? (?:a|per|/) ?(?:week|wk)(?P<place> (?:in|at|on) the [a-z]+)?", re.I)
# terms a learner takes up: an internship, an apprenticeship, days in the shop (never a senior contract's length)
_LEARNING = re.compile(
    r"\b(?:intern\w*|apprentice\w*|trainee\w*|placement|in the (?:shop|workshop|kitchen|studio|yard))\b"
)
# a hybrid schedule they offer, never one the notes rule out ('hybrid? no, lab-based 5 days', 'not hybrid')
_NOTICE = re.compile(r"\bnotice\b", re.I)
_HYBRID = re.compile(r"(?<!\bno )(?<!\bnot )\bhybrid\b(?!\s*[?:,-]?\s*(?:no|not|none)\b)", re.I)
# relocation help, not relocation itself ('relocation to CDMX optional' is no support to thank anyone for), said as
# the notes name it, with the place it is to ('the relocation package to Győr'): a reaction that fits any relocation
# names nothing of this conversation
_RELOCATION = re.compile(
    r"\breloc\w*(?: [a-z]+){0,2} (?:support|package|help|assistance|allowance|budget)\b"
    r"(?: (?:to|from) [A-Z][\w'-]*(?: [A-Z][\w'-]*)?)?"
)


def _word(n: str) -> str:
    return SPELLED.get(n, n)


def reaction(item: str | None) -> str | None:
    """A sentence reacting to the job's terms in `item`, or None when the item is not about terms these shapes read."""
    if not item:
        return None
    text = prose(item).replace("/wk", " a week")
    # a length the notes give of a notice period ('notice period …, mine is 1 month') is no term of the job's
    length = None if _NOTICE.search(text) else _LENGTH.search(text)
    days = _DAYS.search(text)
    if (length or days) and _LEARNING.search(text):
        parts = []
        if length:
            count = _word(length.group(1))
            parts.append(f"{count} {'month' if count.lower() in ('1', 'one') else 'months'}")
        if days:
            parts.append(f"{_word(days.group(1))} days a week{days.group('place') or ''}")
        said = ", ".join(parts)
        said = said[:1].upper() + said[1:]
        verb = ", sounds" if len(parts) > 1 else " sounds"
        return f"{said}{verb} like a good way to learn the work from the inside."
    relocation = _RELOCATION.search(text)
    said = relocation.group() if relocation else ""
    if _HYBRID.search(text) and relocation:
        # each term its own reaction: how the schedule works, what the help does for the move
        return (
            f"It was useful to hear how the hybrid schedule works for the team, and the {said} would make the move"
            " much easier to plan."
        )
    if relocation:
        return f"The {said} would make the move much easier to plan."
    if _HYBRID.search(text):
        return "The hybrid schedule sounds like a good balance."
    return None


def terms_reaction(person: Interviewer, notes: Notes) -> str | None:
    """The reaction to a recruiter's first two items (the terms are often jotted over two); None for anyone else, and
    for a second recruiter of the company (two notes at one company never say the same sentence)."""
    first = next((p for p in notes.interviewers if p.role is Role.recruiter), None)
    if person.role is not Role.recruiter or first is None or first.name != person.name:
        return None
    return reaction(" and ".join(person.topics[:2]))


def echoes(item: str, sentence: str) -> bool:
    """Whether `sentence` already says `item`: half its longer words in it ('the 3 days/wk in the shop' in 'Three
    months, three days a week in the shop, sounds like …')."""
    words = re.findall(r"[a-z]{4,}", item.lower())
    return bool(sentence) and sum(w in sentence.lower() for w in words) * 2 >= len(words)


_MINE = re.compile(r"\b(?:my|mine|I|me)\b")


def candidates_own(item: str) -> bool:
    """Whether `item` is the candidate's own fact ('my three-month notice period'), which no one explained to them."""
    return bool(_MINE.search(item))


def with_terms_rest(context: dict[str, Any]) -> dict[str, Any]:
    """`terms_rest`: the recruiter's second item when the reaction to their terms (`logistics`) leaves it unsaid ('the
    relocation support to Pretoria' reacted to, 'the medical aid contribution' not): a thank-you says each thing they
    covered; never the candidate's own ('my notice period'), which they did not explain."""
    reacted, second = context.get("logistics"), context.get("topic2")
    rest = second if reacted and second and not echoes(second, reacted) and not candidates_own(second) else None
    return {**context, "terms_rest": rest}
