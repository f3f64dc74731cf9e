"""A result pinned on one of the candidate's own items by time: "when we dual-sourced compressors after the 2021
shortage, it also cut our warranty costs by a third". The notes hold the dual-sourcing; if no single item of the
candidate's holds the result too, the link (and often the result) is invented, whichever side of the notes the
result's words come from."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import claim_stems, covered, finding, key_stems
from afterview.guardrails.text import Piece, stems_match
from afterview.notes.model import Notes

_EFFECT = (
    r"reduced|cut|improved|increased|decreased|lowered|boosted|saved|eliminated|halved|doubled|tripled|prevented"
    r"|fixed|solved|shortened|raised|brought down|drove down|drove up|lifted|slashed|trimmed"
)
_WHEN = re.compile(
    r"\b(?:when|after|once|as soon as) (?:I|we) (?P<cause>[^,;:.!?]+),\s*(?:it|this|that|which|the change|the move)"
    rf" (?:(?:also|even|quickly|immediately|soon|significantly|then)\s+)*(?P<verb>{_EFFECT})\b(?P<effect>[^.;!?]*)",
    re.I,
)


def when_link_in(sentence: Piece, text: str, notes: Notes, own: list[list[str]]) -> list[Finding]:
    m = _WHEN.search(text)
    if m is None:
        return []
    cause, effect = key_stems(m.group("cause"), notes), key_stems(m.group("effect"), notes)
    if not cause or not effect:
        return []
    ranked = sorted(own, key=lambda item: -sum(1 for w in cause if any(stems_match(w, s) for s in item)))
    item = ranked[0] if ranked else []
    if sum(1 for w in cause if any(stems_match(w, s) for s in item)) < max(1, len(cause) // 3):
        return []  # the cause is no item of the candidate's: the other claims checks judge it
    if covered(effect, [item]) >= 0.5:
        return []  # the item itself gives the result
    every = claim_stems(notes)["own"] + claim_stems(notes)["theirs"]
    if not any(covered(effect, [other]) >= 0.5 for other in every if other is not item) and not re.search(
        r"\d|%|percent|\b(?:half|third|quarter|fifth)\b", m.group("effect"), re.I
    ):
        return []  # a result in words no notes item has, and no figure: a reading, not a claimed result
    return [
        finding(
            "causal_link",
            sentence,
            m,
            f"'{m.group().strip()[:80]}' links cause and effect that your notes do not.",
            "State each item as the notes do, without a 'which led to' between them.",
        )
    ]
