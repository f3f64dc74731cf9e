"""The candidate's own change in figures credited to someone else (stop 53, lead; blind39's misses after its one
run): "Bronwyn was the one who brought turnaround from 12 to 8 working days", "as you said, the right kit on the van
takes first-time fix from 71% to 84%", where the notes give that change (both figures) as the candidate's own result.
Credit goes where the notes give it (misattributed_credit). The figures must be said by someone else's words or deed:
between the other party (an interviewer's name, 'you', the company) and the last figure there is no 'I' or 'my', and
no asking about it ('you asked about the 71% to 84% result' is their question, not their deed)."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_moved_result import own_figures, same_unit
from afterview.guardrails.claim_support import finding, key_stems
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import Piece, stems_match
from afterview.notes.model import Notes

_MINE = re.compile(r"\b(?:I|I've|I'd|I'm|my|mine|me|we|our|us)\b")
_ASKED = re.compile(r"\b(?:ask\w*|question\w*|curious|wonder\w*|interested in|about)\b", re.I)


def _at(text: str, number: str) -> int | None:
    found = re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d])", text)
    return found.start() if found else None


@per_notes
def _others(notes: Notes) -> re.Pattern[str]:
    """Who else a result may be credited to: 'you', or an interviewer by their first name or surname (as written)."""
    names = {w for p in notes.interviewers for w in (p.name.split()[0], p.name.split()[-1]) if len(w) > 2}
    said = "|".join(re.escape(n) for n in sorted(names))
    return re.compile(r"\b(?i:you)\b" + (rf"|\b(?:{said})\b" if said else ""))


def credited_pair_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    for own_numbers, stems, own_text in own_figures(notes):
        places = {n: _at(text, n) for n in own_numbers}
        said = sorted((at, n) for n, at in places.items() if at is not None and same_unit(text, own_text, n))
        if len(said) < 2:
            continue  # a change needs both its figures: one number alone may be anyone's
        first, last = said[0][0], said[-1][0] + len(said[-1][1])
        party = list(_others(notes).finditer(text[:first]))
        if not party:
            continue
        span = text[party[-1].start() : last]
        if _MINE.search(span) or _ASKED.search(span):
            continue
        if not any(stems_match(w, s) for w in key_stems(span, notes) for s in stems):
            continue
        return [
            finding(
                "misattributed_credit",
                sentence,
                party[-1],
                f"'{span.strip()[:80]}' gives someone else the change your notes list as your own result.",
                "Say it as your own result, where you got it ('at <former employer> I took … from … to …').",
            )
        ]
    return []
