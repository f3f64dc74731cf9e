"""A jotting turned into a clause agrees with the time it names (writer75's judges): '2 ovens down 9 days last season'
became "2 ovens are down 9 days last season"; a past-time marker (last season/year/month/week, ago, yesterday) takes
the past tense ("two ovens were down nine days last season"), and a small count in running prose is a word ('2 ovens'
→ 'two ovens'; a figure with a unit, '4%', '3 hrs', stays). A change jotted without its verb ('hay costs up 25% since
spring') gets the verb its subject takes ('the hay costs are up 25% since spring'), never "the hay costs up 25%"."""

from __future__ import annotations

import re

from afterview.shorthand_words import SPELLED

# a finished time the clause names: 'last season', 'two years ago', 'yesterday' (never 'since …', which runs to now)
PAST_MARKER = re.compile(
    r"\b(?:yesterday|ago|last (?:season|year|month|week|night|quarter|winter|spring|summer|autumn|fall|term|harvest|"
    r"shift|\w+day)|the (?:previous|past) (?:season|year|month|week|quarter))\b",
    re.I,
)
# the present of 'be' as the clause's verb ('2 ovens are down …'), not inside a name
_BE = re.compile(r"\b(is|are)\b")
# a count of things in figures: '2 ovens', '9 days', '3 night porters' (never '4%', '3 hrs', '2.5 days', '1-2 staff')
_COUNT = re.compile(
    r"(?<![\w.,:/£$€%~-])([1-9])(?![\w.,%/-])(?= (?!(?:hrs|yrs|wks|mins|secs|kms|kgs|lbs|pcs|pm|am|mm|cm|km|kg|m|h)\b)"
    r"(?:[a-z][a-z-]* ){0,2}?[a-z][a-z-]*s\b)"
)
# a change said without its verb: '<subject> up|down <amount or when>'
_CHANGE = re.compile(r"^(?P<np>(?:the |your |their )?[a-z][\w-]*(?: [a-z][\w-]*){0,3}) (?P<way>up|down)(?P<rest> .+)?$")
_VERBS = frozenset("is are was were has have had".split())
# a verb that takes 'up'/'down' as its own particle: 'the loading bays back up every Friday' has its verb already
_PHRASAL = frozenset(
    "back pile shut break slow queue stack build fill tie hold scale ramp wind close let run cut".split()
)
# what a change's rest starts with: an amount, its size or its time ('up 25% since spring', 'down ~3 shifts')
_CHANGE_REST = re.compile(
    r"^ (?:~|about |nearly |over |almost |around |by |from |since |this |last |a (?:third|quarter|half)\b|\d|[£$€]\d)"
)


def counted_words(text: str) -> str:
    """'2 ovens down 9 days' → 'two ovens down nine days': a small count of things in running prose is a word."""
    return _COUNT.sub(lambda m: SPELLED[m[1]] if m[1] in SPELLED else m[1], text)


def past_agreed(clause: str) -> str:
    """'two ovens are down nine days last season' → '… were down …': a clause that names a finished time takes the past
    of 'be'; one with no such marker, or with 'since' (a time running to now), is left as it is."""
    if not PAST_MARKER.search(clause) or re.search(r"\bsince\b", clause, re.I):
        return clause
    return _BE.sub(lambda m: "was" if m[1] == "is" else "were", clause, count=1)


def change_with_verb(clause: str) -> str:
    """'the hay costs up 25% since spring' → 'the hay costs are up 25% since spring': a change jotted with no verb takes
    the one its subject agrees with (past where the clause names a finished time)."""
    found = _CHANGE.match(clause)
    if not found or _VERBS.intersection(found["np"].split()) or found["np"].split()[-1] in _PHRASAL:
        return clause
    if found["rest"] and not _CHANGE_REST.match(found["rest"]):
        return clause  # 'up every Friday afternoon': no amount or time of a change
    head = found["np"].split()[-1]
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    said = f"{found['np']} {'are' if plural else 'is'} {found['way']}{found['rest'] or ''}"
    return past_agreed(said)


# 'four agency nurses a night last month': a count and its rate, with no verb at all (the tagger reads 'nurses' as one)
_RATE_ONLY = re.compile(
    r"^(?:the |your )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:[a-z][\w-]* ){0,2}"
    r"[a-z][\w-]*s (?:a|an|per|every|each) [a-z]+(?: (?:last|this|since|in) [\w ]+)?$"
)


def rate_without_verb(clause: str) -> bool:
    """Whether a 'clause' is a count with its rate and nothing it does ('four agency nurses a night last month'): no
    clause a 'that' holds, whatever verb the jotting meant ('needed', 'booked') is not ours to guess."""
    return bool(_RATE_ONLY.match(clause))


def tensed(clause: str) -> str:
    """A jotting's clause with its change given a verb and its tense matching its time (its figures left as they are:
    the writer's guards read a count in figures, writer/tie_pair.py)."""
    return past_agreed(change_with_verb(clause))


def agreed(clause: str) -> str:
    """A jotting's clause with its counts as words, its change given a verb and its tense matching its time."""
    return counted_words(tensed(clause))


def tensed_or_none(clause: str | None) -> str | None:
    """`tensed` where there is a clause: their problem said as a clause ('the hay costs are up 25% since spring')."""
    return tensed(clause) if clause else None
