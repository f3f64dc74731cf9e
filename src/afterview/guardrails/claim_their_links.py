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
    r"|driving|pushed|pushing|raised|cut|improved|boosted|caused|causing|squeezed|hurt|held back)\b"
    r"|\b(?:has|have|had) (?:\w+ly )?(?:caused|driven down|driven up|squeezed|eroded|hurt)\b"
    # the effect first, its cause after: "the surface defects stem from running line 3 below nameplate"
    r"|\b(?:\w+ly )?(?:stems?|stemmed|stemming|results?|resulted|resulting) from\b"
    r"|\b(?:is|are|was|were) (?:\w+ly )?(?:caused|driven) by\b"
    r"|\b(?:is|are|was|were) (?:\w+ly )?(?:a symptom|a consequence|the result|a result) of\b"
    r"|\b(?:trace|traces|traced) back to\b",
    re.I,
)


def their_causal_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    """A link stated between two of their notes items (news, topics, challenges) that no one item makes."""
    m = _CAUSES.search(text)
    if m is None:
        return []
    start = max((b.end() for b in CLAUSE_END.finditer(text, 0, m.start())), default=0)
    cause, effect = key_stems(text[start : m.start()], notes), key_stems(clause(text, m.end()), notes)
    if len(cause) < 2 or not effect:
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
