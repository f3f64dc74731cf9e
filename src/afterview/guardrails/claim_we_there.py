"""Past work told in the first person plural at the hiring company itself (checks43): "when we moved cars before
the morning rush at Autko last winter" from a candidate who never worked there. 'We' did something in the past at
the company the candidate is applying to, which none of their own items names: their team's work, said as ours."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_our import not_ours
from afterview.guardrails.claim_support import own_and_their_texts
from afterview.guardrails.support import former_orgs_of
from afterview.guardrails.text import Piece
from afterview.notes.model import Notes

# "we" and a past deed; not the conversation or the visit ("we discussed", "we walked the floor", "we met").
_WE_DID = re.compile(
    r"\bwe (?:\w+ly )?(?!(?:discussed|talked|spoke|met|covered|chatted|walked|toured|visited|looked|went|saw|had"
    r"|spent|shared|touched|explored|reviewed|agreed|joked|laughed|found|heard|learned|learnt|both|wrapped|ended"
    r"|started|finished|connected|compared|swapped|exchanged|realised|realized|noticed|mentioned|began)\b)"
    r"(?:[a-z]{3,}ed|ran|built|cut|made|took|got|brought|grew|won|set up|kept|drove|sold|led|wrote)\b",
    re.I,
)
_SPLIT = re.compile(r"[;:\u2014\u2013]|\bbut\b|\bwhile\b")


def we_there_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    name = notes.company.name
    if not name or not re.search(r"\bwe\b", text, re.I):
        return []
    first = name.split()[0]
    names = [n for n in dict.fromkeys([name, first]) if len(n) >= 4]
    own = " ".join(own_and_their_texts(notes)[0]).lower()
    if not names or any(n.lower() in own for n in names):
        return []  # a candidate who worked there before may say 'we' of it
    place = re.compile(rf"\b(?:at|in|for|with) (?:the )?(?:{'|'.join(re.escape(n) for n in names)})\b")
    orgs = former_orgs_of(notes)
    at = 0
    for part in _SPLIT.split(text):
        at = text.find(part, at)
        if not place.search(part) or re.search(r"\b(?:you|your)\b", part, re.I):
            continue  # "you and your team at Autko": theirs, said as theirs
        if orgs is not None and orgs.search(part):
            continue  # "at Vautrin we moved the bake to two shifts, as I would at Grainhouse": their own past team
        m = _WE_DID.search(text, at, at + len(part))
        if m is not None:
            return [not_ours(sentence, m, "Say 'your team' for their work; 'we' only of your own past teams.")]
        at += len(part)
    return []
