"""Criticism of their things said as the writer's own reaction, or as an easy fix, or by a comparison.

Three speech acts that name no person and use no harsh word, so the word lists and VADER both miss them:

- dismay: the writer's surprise or disappointment at the state of their things ("I was surprised that a
  garden of that standing still keeps its records on paper", "the signage was a little disappointing to
  see", "honestly, the booking app felt clunky") — an emotion word aimed at a state that persists or is
  lacking, or a mild verdict made sharp by a candour marker ("to be honest", "frankly");
- belittling: their problem called easy to fix ("an outsider could sort that out quickly", "an easy fix",
  "a bit more structure would fix that in no time");
- a comparison run down: the other side of a comparison ("compared with the last agency, where nobody
  knew who was in charge, …") described by what its people failed to do.

Each needs its structure, not a word: "I was pleasantly surprised by the tour", "I was disappointed by the
news", "fixing the backlog quickly matters to you", "unlike my last role, where I never used sensors"
stay clean.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.negative_acts import said_finding
from afterview.guardrails.text import Piece

_EMOTION = (
    r"surprised|shocked|amazed|astonished|astounded|taken aback|startled|puzzled|baffled|bemused|dismayed"
    r"|disappointed|saddened"
)
# the writer's reaction aimed at a state of theirs: "surprised that …", "shocked to see …", "amazed how …"
_REACTION = re.compile(
    rf"(?<!pleasantly )(?<!happily )(?<!positively )(?<!agreeably )\b(?:{_EMOTION})"
    r"(?: (?:that|to (?:see|find|learn|hear|notice|discover|read)|how|by how|at how|when I (?:saw|heard|learned)))\b",
    re.I,
)
# what makes the state a failing: it persists, or something is lacking, or it falls short of their standing
_FAILING = re.compile(
    r"\b(?:still|yet|only|so few|so little|no one|no-one|nobody|none|nothing|never|hardly|barely|in this day and age"
    r"|in 20\d\d|of (?:its|your|their|\w+'s) (?:size|reputation|standing|stature|calibre|caliber|profile|scale)"
    r"|(?:that|this|so) (?:famous|well[- ]known|big|large|prestigious|established|respected)|lack(?:s|ed|ing)?"
    r"|(?:is|are|was|were|has|have|had|does|do|did)(?:n't| not))\b",
    re.I,
)
# the decision, the news or the writer's own answers: a reaction to them is no verdict on their things
_OWN_NEWS = re.compile(
    r"\b(?:decision|news|outcome|result|offer|not (?:to )?(?:be |been )?(?:selected|chosen|successful|moving"
    r"|progress)|(?:hear|heard|hearing) (?:back|from)|I (?:did|was|had|could|have|am|'m|'d)|my (?:own )?"
    r"(?:answers?|interview|performance|nerves)|myself|how (?:much|well|quickly|fast|many|far|good|easy|warm"
    r"|friendly|welcoming|kind|open|openly|candidly|clearly|honestly|carefully|thoughtfully|advanced|modern))\b",
    re.I,
)
# a letdown said of a thing: "a little disappointing to see", "a bit of a letdown", "underwhelming"
_LETDOWN = re.compile(
    r"\b(?:(?:rather |quite |a (?:little|bit) |somewhat |slightly |very |really |pretty )?(?:disappointing"
    r"|underwhelming) to (?:see|find|notice|hear that|learn that)|(?:dispiriting|disheartening) to (?:see|find|notice)"
    r"|(?:a bit of |something of |quite |rather )?an? (?:letdown|let-down|eye-opener|anticlimax)"
    r"|(?:was|were|is|are|felt|seemed|looked) (?:rather |quite |a (?:little|bit) |somewhat |slightly |very |really "
    r"|pretty |frankly )?(?:underwhelming|lacklustre|lackluster|unimpressive|mediocre|disappointing))\b",
    re.I,
)
_CANDOUR = re.compile(
    r"\b(?:to be (?:honest|frank|fair)|honestly|frankly|truth be told|I (?:must|have to|'ll|will) (?:say|admit|be"
    r" honest)|I must confess|between (?:you and me|us)|if I'm honest|if I am honest|candidly)\b",
    re.I,
)
# a mild verdict on a thing, sharp only after a candour marker
_MILD = re.compile(
    r"\b(?:painful|outdated|out of date|old-fashioned|dated|clunky|clumsy|confusing|messy|cluttered|chaotic|shabby"
    r"|tired|neglected|run-down|sloppy|amateurish|basic|primitive|slow|weak(?:er|est)?|poor(?:er|ly)?|behind|lacking"
    r"|(?:not|n't) (?:great|good|ideal|impressive)|could (?:be|do with being) (?:much |a lot |far )?better"
    r"|leaves? (?:a lot|much|something) to be desired|give up on|no wonder|not hard to see why"
    r"|disappointing|underwhelming"
    # a verdict of danger on how they work: "frankly, running it that way is a real risk"
    r"|(?:is|are|was|were|'s) (?:a |an )?(?:real|serious|big|huge|major|genuine) (?:risk|liability|danger)"
    # a verdict of waste: "the promo is burning money", "a recipe for lost sales", "money down the drain"
    r"|burning (?:through )?(?:money|cash|budget)|wast(?:es|ed|ing) (?:money|time|effort|budget|resources|stock)"
    r"|a recipe for|down the drain|throwing (?:money|it|them) away|bleeding (?:money|cash|customers))\b",
    re.I,
)
# their thing set below the writer's own: "seemed basic compared with what I built", "weaker than mine"
_BELOW_MINE = re.compile(
    r"\b(?:compared (?:to|with)|next to|beside|than|against)\s+(?:what I|the (?:\w+ )?(?:one|ones|\w+) I"
    r"|mine\b|my own|my (?:\w+ )?(?:model|tool|work|project|version|approach|system|setup|process))",
    re.I,
)
# a verdict conceded on the way to praise: "even if the fern house looked rather neglected, …"
_CONCEDED = re.compile(
    r"\b(?:though|although|even if|even though|admittedly|granted|while|whilst)\s+(?!I\b|I'm\b|we\b|my\b)"
    r"[^,;.!?]{0,50}?\b(?:looked|looks|seemed|seems|felt|feels|sounded|sounds|is|was|are|were)"
    r"(?: (?:rather|a bit|a little|quite|somewhat|pretty|slightly|very|really|frankly|fairly))?\s+(?=\w)",
    re.I,
)
# the verdict ends its clause ("looked rather neglected, …"), not "slow to warm in winter"
_CLAUSE_END = re.compile(r"\s*(?:$|[,;:.!?\u2014\u2013]|and\b|but\b|for\b|compared\b)")
# a surprise that turns to praise: "still open late on Fridays, what a lovely idea"
_PRAISE = re.compile(
    r"\b(?:lovely|great|wonderful|impressive|brilliant|delightful|clever|admirable|inspiring|fantastic|amazing"
    r"|excellent|good sign|nice touch)\b",
    re.I,
)
# their problem said to be easy: "could fix that quickly", "very fixable", "sort it out in no time"
_EASY = re.compile(
    r"(?<!\bI )(?<!\bwe )(?:\b(?:could|can|would|will)|(?<!\bI)(?<!\bwe)'(?:d|ll))(?: \w+){0,2}?"
    r" (?:fix|solve|sort|sort out|clean up|tidy up|turn around)(?: \w+){0,4}?"
    r" (?:quickly|easily|fast|in no time|overnight|in a (?:week|day|month|few (?:days|weeks)))\b"
    # (a problem called solvable, with how, is a fair view: "a very solvable one with a shared guide")
    r"|(?<!no )(?<!not )\b(?:a|an) (?:easy|quick|simple) fix\b|\blow-hanging fruit\b",
    re.I,
)
# An easy fix disclaimed, not promised: "I would not want to promise a quick fix", "there is never an easy fix"
_DISCLAIMED = re.compile(r"(?:\b(?:not|never|no|without|hardly)\b|n['\u2019]t\b)[^,.;:!?]{0,40}$", re.I)
_COMPARE = re.compile(
    r"\b(?:unlike|compared (?:to|with)|in contrast (?:to|with)|as opposed to|(?:a )?(?:welcome |nice |refreshing )?"
    r"change from|after (?:the|my|some|other))\b",
    re.I,
)
# what the other side's people failed to do, in the clause that describes it
_THEIR_FAILING = re.compile(
    r"\b(?:where|who|which|when)\b[^.!?;]{0,40}?\b(?:nobody|no one|no-one|none of (?:them|the \w+)|(?:they|he|she"
    r"|staff|people|management|everyone|the \w+) (?:\w+ )?(?:never|hardly|barely|(?:did|could|would|was|were"
    r"|had)(?:n't| not)))\b",
    re.I,
)

WHAT = {
    "dismay": "passes a verdict on the state of their things",
    "belittling": "calls their problem easy to fix",
    "badmouthing": "runs down the other side of a comparison",
}
ADVICE = {
    "dismay": "Leave the verdict out; name their challenge as they did and say how you would help.",
    "belittling": "Say how you would help, without calling their problem easy.",
    "badmouthing": "Leave the comparison out; say what you liked about them on its own.",
}


def dismay_findings(sentence: Piece, *, their_words: frozenset[str]) -> list[Finding]:
    """The dismay, belittling or run-down comparison in one sentence (at most one finding)."""
    s = sentence.text
    m = _REACTION.search(s)
    if m is not None:
        rest = s[m.end() :]
        if _FAILING.search(rest) and not _OWN_NEWS.search(rest) and not _PRAISE.search(rest):
            return [_said("dismay", m, sentence)]
    m = _LETDOWN.search(s)
    if m is not None and not _OWN_NEWS.search(s):
        return [_said("dismay", m, sentence)]
    candour = _CANDOUR.search(s)
    if candour is not None:
        for m in _MILD.finditer(s, candour.end()):
            # (the writer's own news between the marker and the verdict: "to be honest, I did poorly")
            if m.group().lower() not in their_words and not _OWN_NEWS.search(s[candour.end() : m.end()]):
                return [_said("dismay", m, sentence)]
    for m in _MILD.finditer(s):
        below = _BELOW_MINE.match(s[m.end() :].lstrip())
        if below and m.group().lower() not in their_words and not _OWN_NEWS.search(s[: m.start()]):
            return [_said("dismay", m, sentence)]
    conceded = _CONCEDED.search(s)
    if conceded is not None:
        m = _MILD.match(s, conceded.end())
        if m is not None and m.group().lower() not in their_words and _CLAUSE_END.match(s, m.end()):
            return [_said("dismay", m, sentence)]
    m = _EASY.search(s)
    if m is not None and not _DISCLAIMED.search(s[: m.start()]):
        return [_said("belittling", m, sentence)]
    compare = _COMPARE.search(s)
    if compare is not None:
        m = _THEIR_FAILING.search(s, compare.end())
        if m is not None:
            return [_said("badmouthing", compare, sentence)]
    return []


def _said(code: str, m: re.Match[str], sentence: Piece) -> Finding:
    return said_finding(code, m, sentence.start, WHAT, ADVICE)
