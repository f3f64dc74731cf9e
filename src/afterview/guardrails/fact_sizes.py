"""A result of the candidate's own retold with another size than the item gives ("cut re-records by half" where
the notes say "cut re-records by a third"): a wrong figure, a fact to correct, as a count retold with another figure
is. (The claims check still reports a size its item does not give as a result claimed, claim_results.py.)"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import own_and_their_texts
from afterview.guardrails.result_sizes import SIZE_WORDS, change_ratios, size_factor, size_fits
from afterview.guardrails.text import content_stems, sentences
from afterview.notes.model import Notes

_SHARED = 2  # the sentence tells an item when it shares this many of its content words


def told_item(text: str, at: int, own_texts: tuple[str, ...]) -> str | None:
    """The own item a sentence tells at a size word: the one sharing most words with the clause around it."""
    said = set(content_stems(text))
    mine = [t for t in own_texts if len(said & set(content_stems(t))) >= _SHARED]
    if not mine:
        return None
    start = max((b.end() for b in re.finditer(r"[,;:]", text[:at])), default=0)
    stop = re.search(r"[,;:]", text[at:])
    near = set(content_stems(text[start : at + stop.start() if stop else len(text)]))
    best = max(mine, key=lambda t: (len(near & set(content_stems(t))), len(said & set(content_stems(t)))))
    # the clause of the size must tell the item itself: "At X I grew revenue 2.4 times and, in the same period, cut
    # shipping costs by a third" shares only the employer with the revenue item; the cut is another result
    return best if len(near & set(content_stems(best))) >= _SHARED else None


def item_sizes(item: str) -> list[float]:
    """The sizes an item gives: in words ("by a third") or as a change ("14% -> 6%")."""
    return [size_factor(m.group("w")) for m in SIZE_WORDS.finditer(item)] + change_ratios(item)


def fits(factor: float, item: str) -> bool:
    words = [size_factor(m.group("w")) for m in SIZE_WORDS.finditer(item)]
    return any(abs(w - factor) < 0.01 for w in words) or size_fits(factor, change_ratios(item))


def wrong_sizes(body: str, notes: Notes) -> list[Finding]:
    own_texts = own_and_their_texts(notes)[0]
    found = []
    for sentence in sentences(body):
        for m in SIZE_WORDS.finditer(sentence.text):
            item = told_item(sentence.text, m.start(), own_texts)
            if item is None or not item_sizes(item) or fits(size_factor(m.group("w")), item):
                continue
            at = sentence.start + m.start()
            found.append(
                Finding(
                    "facts",
                    "error",
                    "unsupported_number",
                    f"'{m.group()}' is not the size your notes give this result ('{item}').",
                    (at, at + len(m.group())),
                )
            )
    return found
