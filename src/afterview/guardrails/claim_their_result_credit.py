"""The candidate's own work named as the cause of the company's results or news: "the carbon-fibre parts came out of
the rig I built", "it was my recovery work that first got Ridgeway interested", "I hope my analysis helped you bring
the arrears below 6%", "the re-timing he described is based on the work I did in Iasi". The notes put the result on
their side (news, topics, challenges) and never join it to anything the candidate did, so the credit is invented.
Congratulating them on the result, or naming one's own result in the same field, links nothing and is left alone."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import claim_stems, covered, finding, key_stems
from afterview.guardrails.text import Piece
from afterview.notes.model import Notes

# A phrase whose source follows it: "the parts came out of the rig I built", "the re-timing is based on my work".
_FROM = re.compile(
    r"\b(?:came|comes|come|grew|grow|grows) (?:out of|from|off the back of)"
    r"|\b(?:on|off) the back of"
    r"|\b(?:is|are|was|were) (?:\w+ly )?(?:based|built|modelled|modeled) on"
    r"|\bthanks to\b",
    re.I,
)
# A phrase whose cause comes before it: "my analysis helped you bring the arrears down", "my work got them interested".
_TO = re.compile(
    r"\bhelped (?:you|your team|the team|them|the company|\w+)? ?(?:to )?(?:bring|land|win|get|cut|raise|reach"
    r"|secure|lift|close|grow|reduce|lower|boost|sign|achieve|hit)\b"
    r"|\b(?:first )?(?:got|gets|made|makes) (?:\w+ )?(?:interested|curious)\b"
    r"|\b(?:is|was) what (?:drove|won|landed|secured|got|brought|made)\b"
    r"|\b(?:drove|led to|paved the way for|contributed to|played (?:a|some) (?:small |big |real )?(?:part|role) in"
    r"|made (?:it|that|this) possible)\b"
    # their problem as already solved by it: "my thesis dashboard already showed how to stop the evening bunching"
    r"|\b(?:already )?(?:showed|shown) (?:you )?how to (?:stop|fix|solve|end|cut|avoid|prevent|remove|halve)\b",
    re.I,
)
# A success said to be shared, either way round: "so it feels a little like a shared success".
_SHARED = re.compile(
    r"\b(?:a |an )?(?:shared|joint) (?:success|win|result)\b"
    r"|\b(?:a |my )?share (?:of|in) (?:the )?(?:credit|success)\b",
    re.I,
)
# Between the link and the candidate's work, a break that puts them in different clauses.
_BREAK = re.compile(r"[;:]|,\s*(?:and|but|so)\b|\band (?:I|I'd|I'm|I would|I will)\b", re.I)


def _linked(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The link phrase and the candidate's work on its cause's side, in one clause."""
    for m in _FROM.finditer(text):
        mine = _MINE.search(text, m.end())
        if mine and not _BREAK.search(text, m.end(), mine.start()):
            return m, mine
    for m in _TO.finditer(text):
        before = list(_MINE.finditer(text, 0, m.start()))
        if before and not _BREAK.search(text, before[-1].end(), m.start()):
            return m, before[-1]
    shared, anywhere = _SHARED.search(text), _MINE.search(text)
    return (shared, anywhere) if shared and anywhere else None


# The candidate's own work or contribution.
_MINE = re.compile(
    r"\bmy (?:own )?(?:\w+[- ]){0,3}?(?:work|analysis|model|approach|idea|suggestion|proposal|rig|tool|dashboard"
    r"|pipeline|recommendation|method|design|plan|thesis|research|report|findings|screening|recovery|project"
    r"|internship|input|advice|audit|framework|prototype|pilot|study)\b"
    # (the thing named by what the candidate did to it: "the triage station I designed", "the rig I built")
    r"|\b(?:the|that|this) (?:\w+[- ]){0,3}?\w+ I (?:\w+ )?(?:built|did|shared|described"
    r"|suggested|proposed|designed|developed|made|ran|wrote|sent|presented|recommended|outlined|showed|drew up"
    r"|put together|led)\b",
    re.I,
)
# "Congratulations on X, which my team at Y also did": pleasure or congratulation links nothing.
_NOT_A_LINK_SUBJECT = re.compile(r"^\s*(?:congratulations|congrats)\b", re.I)


# A piece the candidate wrote told in the sentence before: "I published a short piece on forecasting" is what "it"
# points at in "a lot of it comes from the forecast I built", their own piece, nothing of theirs.
_OWN_PIECE = re.compile(
    r"\bI(?:'ve|\u2019ve| have)? (?:also |just |recently )?(?:wrote|written|published|drafted|put together|prepared"
    r"|finished|posted) (?:up )?(?:a|an|my) (?:[\w-]+ ){0,3}?(?:piece|note|notes|write-up|article|post|paper|essay|blog"
    r"|guide|summary|memo|report)\b",
    re.I,
)


def their_result_credit_in(sentence: Piece, text: str, previous: str, notes: Notes) -> list[Finding]:
    """The candidate's work given as the cause or source of one of their items that no notes item links to it."""
    if _NOT_A_LINK_SUBJECT.match(text):
        return []
    linked = _linked(text)
    if linked is None:
        return []
    link, mine = linked
    stems = claim_stems(notes)
    theirs = [item for item in stems["theirs"] if item not in stems["position"]]
    # their side: the words outside the candidate's phrase; a pronoun ("select it") points at the last sentence
    # (what follows the candidate's phrase counts up to a break: ", and much of it should carry over to sheets" is a
    # new clause, not the thing credited)
    after = text[mine.end() :]
    cut = _BREAK.search(after)
    rest = text[: mine.start()] + " " + (after[: cut.start()] if cut else after)
    their_words = key_stems(rest, notes)
    if re.search(r"\b(?:it|this|that|them)\b", rest, re.I) and not _OWN_PIECE.search(previous):
        their_words += [w for w in key_stems(previous, notes) if w not in their_words]
    named = [item for item in theirs if _names(their_words, item)]
    if not named:
        return []
    own_words = key_stems(text[mine.start() : mine.end()], notes)
    # (the own item must hold their result itself, not just the employer's name or a shared word: "the rig I built at
    # Kanade" is no link to "the carbon-fibre action parts")
    if any(_names(own_words, item) and covered(r, [item]) >= 0.5 for item in stems["own"] for r in named):
        return []  # the candidate's own notes make the link ("my pricing change lifted bookings 12% at Brisk")
    return [
        finding(
            "causal_link",
            sentence,
            link,
            f"'{link.group()}' credits your own work with their result or news; your notes never join the two.",
            "Name their result as theirs (congratulate them on it) and your own work separately, without linking.",
        )
    ]


def _names(words: list[str], item: list[str]) -> bool:
    """Whether `words` name `item`: two of its stems, or half of a short item."""
    hits = sum(1 for w in words if w in item)
    return hits >= 2 or (hits >= 1 and covered([w for w in words if w in item], [item]) >= 0.5 and len(item) <= 2)
