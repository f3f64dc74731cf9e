"""A share said in words ("almost half of the crates", "about a third of the beds") for a thing the notes give
another share as a percent ("~30% of crates"). The words carry a figure as surely as digits do: "almost half"
for the notes' 30% tells the reader a loss two thirds larger than the one they described."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.result_sizes import change_pairs
from afterview.guardrails.support import notes_texts, per_notes
from afterview.guardrails.text import content_stems
from afterview.notes.model import Notes

_SHARES = {
    "half": 50.0,
    "third": 100 / 3,
    "quarter": 25.0,
    "fifth": 20.0,
    "two-thirds": 200 / 3,
    "three-quarters": 75.0,
}
# "almost half", "about a third", "more than a quarter", "two thirds"; not a change's size ("by half", "halved")
_SHARE = re.compile(
    # (not a position, "the first third of the survey", nor an idiom, "half the battle")
    r"(?<!\bfirst )(?<!\blast )(?<!\bsecond )(?<!\bfinal )(?<!\bmiddle )(?<!\btop )(?<!\bbottom )"
    r"(?<!\bby )(?<!\bby a )(?P<q>\b(?:almost|nearly|close to|just under|under|less than|about|around|roughly|some"
    r"|over|more than|well over|just over|above)\s+)?(?:\b(?:a|one)[\s-])?"
    r"\b(?P<s>half|third|quarter|fifth|two[\s-]thirds|three[\s-]quarters)(?:\s+of)?\b"
    r"(?!\s+(?:the\s+)?(?:battle|fun|story|time|way|hour|day|week|year|season|term|picture|joke|reason)\b)",
    re.I,
)
_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?%")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")


@per_notes
def _shares(notes: Notes) -> tuple[tuple[frozenset[str], float], ...]:
    """Each notes item that gives one share, no change: its content stems and its percent."""
    out = []
    for text in notes_texts(notes):
        found = _PERCENT.findall(text)
        if len(found) == 1 and not change_pairs(text):
            out.append((frozenset(content_stems(text, generic=True)), float(found[0])))
    return tuple(out)


def _fits(said: float, hedge: str, value: float) -> bool:
    """Whether a share said in words, with its hedge ('almost', 'over'), can round the notes' percent."""
    words = set(hedge.lower().split())
    if words & {"almost", "nearly", "close", "under", "less"}:
        return said - 12 <= value <= said
    if words & {"over", "more", "above"}:
        return said <= value <= said + 15
    return abs(said - value) <= 8


def wrong_shares(body: str, notes: Notes) -> list[Finding]:
    """A share in words beside two or more words of one notes item whose percent it does not fit."""
    items = _shares(notes)
    if not items:
        return []
    found: list[Finding] = []
    for m in _SHARE.finditer(body):
        start = max((e.end() for e in _SENTENCE_END.finditer(body, 0, m.start())), default=0)
        stop = next((e.start() for e in _SENTENCE_END.finditer(body, m.end())), len(body))
        said = set(content_stems(body[start:stop], generic=True))
        near = [(len(said & stems), value) for stems, value in items if len(said & stems) >= 2]
        if not near:
            continue
        best = max(n for n, _ in near)
        values = [v for n, v in near if n == best]
        share = _SHARES[re.sub(r"[\s-]+", "-", m.group("s").lower())]
        if any(_fits(share, m.group("q") or "", v) for v in values):
            continue
        found.append(
            Finding(
                "facts",
                "error",
                "unsupported_number",
                f"'{m.group().strip()}' does not fit the {values[0]:g}% your notes give for this.",
                (m.start(), m.end()),
                "Give the share as your notes do, or in words that fit it.",
            )
        )
    return found
