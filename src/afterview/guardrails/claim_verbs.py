"""A claim to have made what your notes say you only used, taught or supported: "I built the scheduling tool"
where the notes say "trained 14 planners on a new scheduling tool". The thing is yours to mention; its authorship
is not."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import clause, covered, finding, key_stems
from afterview.guardrails.notes_forms import in_full
from afterview.guardrails.text import Piece, content_stems
from afterview.notes.model import Notes

_AUTHORED = re.compile(
    r"\bI(?: have|'ve|\u2019ve| had)? (?:personally |single-handedly |also |actually )?"
    r"(?P<verb>built|designed|developed|created|wrote|coded|invented|founded|architected|engineered|authored"
    r"|programmed)\s+(?P<obj>[^,.;:!?]+)",
    re.I,
)
# An item that makes the candidate the maker, or the one in charge of making it.
_AUTHORING = re.compile(
    r"\b(?:built|build|designed|developed|created|wrote|coded|invented|founded|architected|engineered|authored"
    r"|programmed|introduced|implemented|set up|launched|led|ran|owned|delivered|shipped|rolled out|rebuilt"
    r"|redesigned|established|made|started|prototyped|automated)\b",
    re.I,
)
# An item that makes the candidate a user, a teacher or a helper of the thing.
_SUPPORTING = re.compile(
    r"\b(?:trained|taught|used|helped|assisted|supported|contributed|coordinated|tested|documented|operated"
    r"|onboarded|maintained|joined|worked on|worked with|mentored|coached|piloted|adopted)\b",
    re.I,
)


def inflated_in(sentence: Piece, text: str, notes: Notes, own_texts: tuple[str, ...]) -> list[Finding]:
    for m in _AUTHORED.finditer(text):
        wanted = key_stems(clause(text, m.start("obj")), notes)
        if not wanted:
            continue
        share = {t: covered(wanted, [content_stems(in_full(t), generic=True)]) for t in own_texts}
        best = max(share.values(), default=0.0)
        holders = [t for t, v in share.items() if v == best and v >= 0.5]  # the item the thing comes from
        if holders and all(_SUPPORTING.search(t) and not _AUTHORING.search(t) for t in holders):
            return [
                finding(
                    "inflated_claim",
                    sentence,
                    m,
                    f"'I {m.group('verb')}' claims you made it; your notes say: '{holders[0]}'.",
                    "Say what you did with it, as your notes do.",
                )
            ]
    return []
