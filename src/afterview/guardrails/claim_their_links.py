"""Cause and effect between two things on their side of the notes that the notes never join: "the start-up of the
second line at the plant has put pressure on margins" where the notes put the new line in the company's news and
blame margins on something else, or "moving the meeting to weekly is what has lifted utilisation to 68%". The
candidate presents as fact a link nobody told them. A link one notes item makes ("orders held up by port
congestion") is theirs to repeat."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import CLAUSE_END, claim_stems, clause, covered, finding, key_stems
from afterview.guardrails.text import Piece
from afterview.notes.model import Notes

# A verb that makes its subject the cause of what follows.
_CAUSES = re.compile(
    r"\b(?:has |have |had |is |are |was |were )?(?:put|putting|puts|placed|placing)"
    r" (?:real |a lot of |heavy |so much )?"
    r"(?:pressure|strain) on\b"
    r"|\b(?:is|are|was|were|has been|have been) (?:\w+ly )?(?:driving|behind|causing|fuell?ing|squeezing|hurting"
    r"|dragging down|holding down|pushing up|pushing down)\b"
    r"|\b(?:is|are|was|were) (?:exactly |really |largely |mostly |clearly |surely |probably |obviously )?what(?:'s"
    r"| has| have)? (?:been )?"
    r"(?:lifted|lifting|driven"
    r"|driving|pushed|pushing|raised|cut|improved|boosted|caused|causing|squeezed|hurt|held back|prompted|triggered"
    r"|sparked|spurred|led to|inspired|started)\b"
    # one of their things as the spark of another: "the award prompted the new push for subscriptions"
    r"|\b(?:has |have |had )?(?:\w+ly )?(?:prompted|triggered|sparked|spurred|paved the way for|led (?:directly )?to)\b"
    r"|\b(?:has|have|had) (?:\w+ly )?(?:caused|driven down|driven up|squeezed|eroded|hurt)\b"
    # the effect first, its cause after: "the surface defects stem from running line 3 below nameplate"
    r"|\b(?:\w+ly )?(?:stems?|stemmed|stemming|results?|resulted|resulting) from\b"
    # "the interest from Puebla came off the back of the quality work on line 2"
    r"|\b(?:came|comes|come|grew|grows) (?:off|on|out of) the back of\b"
    r"|\b(?:is|are|was|were) (?:\w+ly )?(?:caused|driven) by\b"
    r"|\b(?:is|are|was|were) (?:\w+ly )?(?:a symptom|a consequence|the result|a result) of\b"
    r"|\b(?:trace|traces|traced) back to\b"
    # the cause as subject: "the evening queues are the main reason they burn out"
    r"|\b(?:is|are|was|were) (?:\w+ly )?(?:the|a) (?:main |real |only |whole |big |biggest |key |root )?(?:reasons?"
    r"|causes?|drivers?)(?: why| that| for| of| behind)?\b",
    re.I,
)


def their_causal_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    """A link stated between two of their notes items (news, topics, challenges) that no one item makes."""
    m = _CAUSES.search(text)
    if m is None:
        return []
    start = max((b.end() for b in CLAUSE_END.finditer(text, 0, m.start())), default=0)
    cause, effect = key_stems(text[start : m.start()], notes), key_stems(clause(text, m.end()), notes)
    if re.match(r"\s*(?:why |that )?(?:they|it|this|these|those|people)\b", text[m.end() :], re.I):
        # "..., and I think the queues are the main reason they burn out": 'they' are the ones named before
        effect += key_stems(text[:start], notes)
    # (one word may name an item when the other side names one fully: "the spoilage is clearly a result of the three
    # delivery runs a day")
    if not cause or not effect or len(cause) + len(effect) < 3:
        return []
    stems = claim_stems(notes)
    # the role's title is no item of theirs to link: "the rollout is driving a lot of firmware work" of a firmware role
    theirs = [item for item in stems["theirs"] if item not in stems["position"]]
    every = stems["own"] + theirs
    if not _names_item(cause, theirs) or not _names_item(effect, theirs):
        return []  # not two of their items: the candidate's own reasoning, or the checks' other business
    if any(_names_item(cause, [item]) and _names_item(effect, [item]) for item in every):
        return []  # one item makes the link: theirs to repeat
    said = f"{m.group().strip()} {clause(text, m.end()).strip()[:50]}"
    return [
        finding(
            "causal_link",
            sentence,
            m,
            f"'{said}' links two things from your notes as cause and effect; your notes do not.",
            "Name each as the notes do, without saying one caused the other.",
        )
    ]


def _names_item(stems: list[str], items: list[list[str]]) -> bool:
    """Whether `stems` name one of `items`: half of them are in it, or two of them are ('moving S&OP to a weekly
    cycle' names 'S&OP is monthly -> she wants it weekly')."""
    return covered(stems, items) >= 0.5 or any(sum(1 for w in stems if w in item) >= 2 for item in items)


# One of their things said to fix another ("the calculator should go a long way to fixing the month-3 churn"), or
# a reason given for it ("..., since most of those customers leave over leave-balance errors").
_FIXES = re.compile(
    r"\b(?:should|will|would|could|can|might|is going to|ought to|must)(?: \w+ly)?"
    r" (?:go a long way (?:to|toward|towards)"
    r"|help(?: to)?|do a lot to|make a dent in)?\s*(?:fix|fixing|solve|solving|cut|cutting|reduce|reducing|ease|easing"
    r"|end|ending|stop|stopping|eliminate|eliminating|lower|lowering|take care of|sort out|curb|curbing|tackle"
    r"|tackling|address|addressing)\b"
    r"|\bgo(?:es)? a long way (?:to|toward|towards) (?:\w+ing)\b",
    re.I,
)
_BECAUSE = re.compile(
    r",?\s+(?:because|as a result of|which is why|that is why|that's why|(?<=,\s)since)\s+(?!(?:we|I|our"
    r"|you|then|last|the (?:interview|call|meeting|visit)|\d|(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday)\b))",
    re.I,
)
_SPEAKER = re.compile(
    r"\b(?:I|I'm|I've|I'd|I\u2019m|I\u2019ve|I\u2019d|me|my|we|we're|us|thank|thanks|congratulations|glad|happy"
    r"|excited|pleased)\b",
    re.I,
)
_PRONOUN = re.compile(r"^\s*(?:it|this|that|these|they)\b", re.I)
# A judgment the reason after 'because' argues for, no state of the world it causes: "It's a nice problem, because
# the answer is partly a forecast", "That question is harder than it looks, because ...", "which is tricky, since"
_JUDGED = re.compile(
    r"(?:\b(?:it|this|that|which|these|they|those)|\b(?:problem|question|challenge|puzzle|trade-?off|choice|decision"
    r"|point|idea))(?:['\u2019]s|['\u2019]re| is| are| was| were| seems?| feels?| sounds?| looks?| makes?)"
    r"(?: \w+){0,4}?\s*(?:problem|question|challenge|puzzle|trade-?off|choice|decision|call|one|point|idea"
    r"|interesting|fascinating|tricky|hard|harder|difficult|subtle|important|nice|neat|elegant|fun|tough|complex"
    r"|clever|smart|sensible|right|wise|appealing|compelling|than it (?:looks|sounds|seems))\s*$",
    re.I,
)


# What came before explained by what follows: "(The deal is signed.) It is no surprise after shore power went live".
_NO_SURPRISE = re.compile(
    r"\b(?:it|this|that)(?:'s|\u2019s| is| was) (?:no|little|small|hardly a|not a) (?:surprise|wonder)"
    r",? (?:after|given|since|now that|considering|with)\b|\bno wonder,? (?:after|given|since|now that)\b",
    re.I,
)


def their_reason_in(sentence: Piece, text: str, previous: str, notes: Notes) -> list[Finding]:
    """Two of their items joined as cause and effect with 'should fix' or 'because'/'since', where no one item makes
    the link: the candidate's guess told as fact."""
    stems = claim_stems(notes)
    theirs = [item for item in stems["theirs"] if item not in stems["position"]]
    every = stems["own"] + theirs
    for m in (*_FIXES.finditer(text), *_BECAUSE.finditer(text), *_NO_SURPRISE.finditer(text)):
        start = max((b.end() for b in CLAUSE_END.finditer(text, 0, m.start()) if b.start() < m.start()), default=0)
        before = text[start : m.start()]
        if _BECAUSE.fullmatch(m.group()) or m.re is _BECAUSE:
            before = text[: m.start()]
        if m.re is _NO_SURPRISE:
            before = previous + " " + text[: m.start()]  # the thing explained is the one said just before
        if _SPEAKER.search(text[: m.start()] if m.re is _NO_SURPRISE else before):
            continue  # "I was glad to hear about X, since Y came up": a reason for the candidate's own feeling
        if m.re is _BECAUSE and _JUDGED.search(before):
            continue  # "It's a nice problem, because the answer is partly a forecast": a reason for a judgment
        if _PRONOUN.match(before):
            before = previous + " " + before  # "It should go a long way to fixing ...": 'it' is the last sentence's
        after = text[m.end() :] if m.re is not _FIXES else clause(text, m.end())
        cause, effect = key_stems(before, notes), key_stems(after, notes)
        if m.re is not _FIXES:
            cause, effect = effect, cause
        if len(cause) < 2 or not effect:
            continue
        if not _names_item(cause, theirs) or not _names_item(effect, theirs):
            continue
        cause_items = [i for i, item in enumerate(theirs) if _names_item(cause, [item])]
        effect_items = [i for i, item in enumerate(theirs) if _names_item(effect, [item])]
        if set(cause_items) <= set(effect_items) and set(effect_items) <= set(cause_items):
            continue  # one and the same item on both sides: said again, not linked
        if any(_names_item(cause, [item]) and _names_item(effect, [item]) for item in every):
            continue  # one item makes the link: theirs to repeat
        said = f"{m.group().strip()} {after.strip()[:50]}"
        return [
            finding(
                "causal_link",
                sentence,
                m,
                f"'{said}' links two things from your notes as cause and effect; your notes do not.",
                "Name each as the notes do, without saying one caused or will fix the other.",
            )
        ]
    return []
