"""A claim to have made what your notes say you only used, taught or supported: "I built the scheduling tool"
where the notes say "trained 14 planners on a new scheduling tool"; or to have led what your notes say someone
else led ("I ran the ATM pilot" where the notes say "supported the team whose ATM pilot, led by Tunde Bakare"). The
thing is yours to mention; its authorship is not."""

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
# Taking charge: a claim only where the notes name someone else in charge ("a pilot, led by Tunde Bakare").
_LED = re.compile(
    r"\bI(?: have|'ve|\u2019ve| had)? (?:personally |single-handedly |also |actually )?"
    r"(?P<verb>led|ran|headed|managed|directed|spearheaded|oversaw|drove|owned|championed|initiated|headed up"
    r"|ran point on)\s+(?P<obj>[^,.;:!?]+)",
    re.I,
)
# Someone else as the maker or the one in charge, inside the candidate's own item.
_BY_OTHER = re.compile(
    r"\b(?:led|run|headed|managed|directed|owned|designed|built|developed|created|written|founded|launched"
    r"|introduced|started|set up|spearheaded|overseen) by\b|\bunder (?:the (?:lead|leadership) of )?[A-Z]\w+ [A-Z]\w+"
    # "supported the optimisation lead, whose drive-test program cut …": the program is the lead's
    r"|\bwhose\b",
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


def _helper_only(item: str) -> bool:
    """Whether the item makes the candidate a user, teacher or helper, never the maker: a maker named with
    'by' ("led by Tunde Bakare") is someone else."""
    return bool(_SUPPORTING.search(item)) and not _AUTHORING.search(_BY_OTHER.sub(" ", item))


def inflated_in(sentence: Piece, text: str, notes: Notes, own_texts: tuple[str, ...]) -> list[Finding]:
    claims = [(m, "made it") for m in _AUTHORED.finditer(text)] + [(m, "were in charge") for m in _LED.finditer(text)]
    for m, what in claims:
        wanted = key_stems(clause(text, m.start("obj")), notes)
        if not wanted:
            continue
        share = {t: covered(wanted, [content_stems(in_full(t), generic=True)]) for t in own_texts}
        best = max(share.values(), default=0.0)
        holders = [t for t, v in share.items() if v == best and v >= 0.5]  # the item the thing comes from
        if what == "were in charge":
            holders = holders if all(_BY_OTHER.search(t) for t in holders) else []
        if holders and all(_helper_only(t) for t in holders):
            return [
                finding(
                    "inflated_claim",
                    sentence,
                    m,
                    f"'I {m.group('verb')}' claims you {what}; your notes say: '{holders[0]}'.",
                    "Say what you did with it, as your notes do.",
                )
            ]
    return []
