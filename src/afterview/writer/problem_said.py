"""A problem of theirs, jotted, said back as the reader put it: 'their donations mostly 1-off' → 'You mentioned that
your donations are mostly one-off.'; 'water consents tightening' → '… are tightening.'; 'their repairs backlog' →
'Your point about the repairs backlog stayed with me.' (a problem is raised, never 'walked through'). And the tie as the
template reads it, with the thing an offer may name: only what they named as the problem itself, never a guess."""

from __future__ import annotations

import re
from typing import Any

from afterview.writer import adapt
from afterview.writer.article import the
from afterview.writer.bearing import bearing
from afterview.writer.countable import countable
from afterview.writer.gate import reads_well
from afterview.writer.lemma import lemmas
from afterview.writer.measure import NUMBER
from afterview.writer.one_sentence_tie import joined
from afterview.writer.phrase_kind import plural

_WALKED = "You walked me through "
# 'their donations mostly 1-off': a plural subject and how it mostly is, said with its verb
_MOSTLY = re.compile(
    r"^(?:their |the )?(?P<np>[a-z][\w-]*(?: [a-z][\w-]*)?s) (?P<adv>mostly|often|usually|largely|rarely)"
    r" (?P<rest>[\w-]+(?: [\w-]+){0,3})$"
)
# 'water take consents tightening': a subject and its '-ing' with no verb before it
_GOING = re.compile(r"^(?:their |the )?(?P<np>[a-z][\w-]*(?: [a-z][\w-]*){0,2}) (?P<ing>[a-z]+ing)$")
# 'washi warps in rainy season', 'epoxy cracks after a frost': a mass noun, its verb, then when or where (the tagger
# may read the verb as a plural noun, but a noun phrase never runs straight on into 'in rainy season')
_DOES = re.compile(
    r"^(?:their |the )?(?P<np>[a-z][\w-]*) (?P<verb>[a-z]+s) (?P<when>(?:in|during|after|before|every|when|in the)"
    r" [\w -]+)$"
)
_BEFORE_NOUN = frozenset("in during on at after before for of with from".split())  # 'glaze crawls during firing'
_SEASON = re.compile(r"^(in|during) (?=(?:rainy|wet|dry|cold|hot|busy|peak|off|high|low|winter) season\b)")


def jotted_clause(part: str) -> str | None:
    """Their jotted problem said with the verb the jotting left out; None when it is not of those shapes."""
    mostly = _MOSTLY.match(part.replace("1-off", "one-off"))
    if mostly:
        return "You mentioned that your {np} are {adv} {rest}.".format(**mostly.groupdict())
    does = _DOES.match(part)
    np, verb = (does.group("np"), does.group("verb")) if does else ("", "")
    # 'dealer returns in NL': a count noun with no article before a word that is a plural noun too is a compound
    # noun, never a subject and its verb ('You mentioned that dealer returns in NL.')
    compound = "NOUN" in lemmas(verb) and countable(np) is True
    if does and not plural(np) and "VERB" in lemmas(verb) and "VERB" not in lemmas(np) and not np.endswith("s"):
        if compound:
            return None
        when = _SEASON.sub(r"\1 the ", does.group("when"))  # 'in the rainy season'
        return f"You mentioned that {np} {verb} {when}."
    going = _GOING.match(part)
    if going and "VERB" in lemmas(going.group("ing")) and going.group("np").split()[-1] not in _BEFORE_NOUN:
        verb = "are" if plural(going.group("np").split()[-1]) else "is"
        subject = adapt.perspective(part[: going.start("ing")], to_owner=True)
        return f"You mentioned that {subject}{verb} {going['ing']}."
    return None


# a goal of theirs in numbers: an activity, where it goes from and to ('taking the shop from 30 to 45 canoes a year')
_GOAL = re.compile(r"^(?P<ing>[a-z]+ing) (?:[\w'-]+ ){0,4}from (?:about |~)?\d[\d.,]* to \d[\d.,]* [a-z].*$")


def goal(said: str | None) -> str | None:
    """'taking the shop from 30 to 45 canoes a year' → 'You mentioned your goal of taking …'; None for another shape."""
    found = _GOAL.match(said or "")
    if not found or "VERB" not in lemmas(found.group("ing")):
        return None
    return f"You mentioned your goal of {said}."


def no_clause(part: str) -> bool:
    """A name first ('Mallow unit needs …'), a comparison ('model vs their losses'), a loose 'all' or one word:
    no clause of theirs to say back."""
    return len(part.split()) < 2 or bool(re.match(r"^[A-Z][a-z]", part) or re.search(r"\bvs\b|\ball\b", part))


def named_problem(named: str | None) -> str | None:
    """The thing they named as the problem ('the sheet breaks after grade changes'), where it reads as a noun."""
    if not named or NUMBER.search(named):
        return None
    # 'your repairs backlog': a short run of nouns is a compound, though its first noun could be a verb
    compound = len(named.split()) <= 3 and all("NOUN" in lemmas(w) for w in named.split()[1:])
    if named.startswith("your ") and compound:
        return f"Your point about the {named[5:]} stayed with me."
    return f"You mentioned {the(named)}." if reads_well(the(named)) else None


def as_point(said: str) -> str:
    """'You walked me through your lifeguard shortage.' → 'Your point about the lifeguard shortage stayed with me.'"""
    if not said.startswith(_WALKED):
        return said
    return "Your point about " + re.sub(r"^your ", "the ", said[len(_WALKED) : -1]) + " stayed with me."


def as_tie(pair: tuple[str, str, str, str] | None, also: tuple[str, str, str] | None = None) -> dict[str, Any] | None:
    """The tie for a template: their sentence, the candidate's clause, and what the offer names ('the sheet breaks')."""
    if not pair:
        return None
    named = re.match(
        r"^(?:Your point about|You mentioned) (?P<np>(?:the|your) (?!.*\bthat\b).+?)(?: stayed with me)?\.$", pair[2]
    )
    about = re.sub(r"^your ", "the ", named.group("np")) if named else ""
    mine = pair[3][:1].upper() + pair[3][1:]
    return {
        "theirs": pair[2],
        "mine": pair[3],
        # their point and the deed in one sentence (writer/one_sentence_tie.py): warm two, then formal two
        # ... with how the deed bears on their problem, where its result moves what they said went wrong (bearing.py)
        "said": [
            joined(pair[2], mine + (bearing(pair[0], mine, formal) or ""), formal, n)
            for formal in (False, True)
            for n in (0, 1)
        ]
        if joined(pair[2], mine, False, 0)
        else None,
        "about": about if len(about.split()) <= 4 else "",
        "named": about,  # ... and whatever its length, for a close that offers help with it (thank_you_email.j2)
        # a second item of theirs with the result that answers it: 'heating costs' ↔ 'energy use per swimmer -22%'
        "also": {"about": also[0], "theirs": also[1], "mine": also[2]} if also else None,
    }


_WH = re.compile(r"(?i)(how|why|where|when|whether)\s")


def lead_in(item: str, clause: str) -> str:
    """What leads their clause in: 'You mentioned that …'; for an item that says how or why ('how the demo inbox is
    triaged'), 'You described how …' (as writer/tie_pair.py leads in a how-topic it says whole), since "You mentioned
    that the demo inbox is triaged" states what they did not."""
    wh = _WH.match(item)
    if wh and not clause.lower().startswith(wh[1].lower()):
        return f"You described {wh[1].lower()} "
    return "You mentioned that "


# their own cause and what it leaves them with: 'north-wind closures -> backlog of 12-15 ships when the port reopens'
_THEIR_ARROW = re.compile(r"^(?P<cause>[a-z][\w' -]*?)\s*(?:->|→|=>)\s*(?P<effect>[a-z][^>]*)$")


def what_it_leaves(item: str) -> str | None:
    """'north-wind closures -> backlog of 12-15 ships when the port reopens' → 'You mentioned the backlog of 12 to 15
    ships when the port reopens after north-wind closures.': what they named as the problem, after the cause they gave
    it (their arrow, their words); None unless both sides are noun phrases of theirs."""
    from afterview.writer.shapes import classify
    from afterview.writer.shorthand import prose

    found = _THEIR_ARROW.match(item.strip())
    if not found or re.search(r"\b(?:I|my|me|we|our)\b", item):
        return None
    cause, effect = prose(found.group("cause")).strip(), prose(found.group("effect")).strip(" .")
    nouns = classify(cause) in ("noun", "gerund") and classify(effect) == "noun"
    if not nouns or NUMBER.search(cause) or not has_noun(cause):
        return None
    said = the(effect)
    if not said.startswith(("the ", "a ", "an ")) or not reads_well(said):
        return None
    return f"You mentioned {said} after {cause}."


def has_noun(phrase: str) -> bool:
    """Whether the last word of a phrase is a noun ('north-wind closures'), never a verb or an adverb left bare."""
    last = phrase.split()[-1].lower() if phrase.split() else ""
    return "NOUN" in lemmas(last) or plural(last)
