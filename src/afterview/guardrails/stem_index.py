"""The body's stems indexed for text.any_referenced: whether one of them stems_match()es a word is a few set look-ups,
not a comparison with each (any_referenced asks it for every item of the notes, sentence by sentence)."""

from __future__ import annotations

from collections.abc import Sequence


class StemIndex:
    """A body's stems; holds(w) is stems_match(w, b) for some stem b, or w itself among them."""

    def __init__(self, body_stems: Sequence[str]) -> None:
        self.body = set(body_stems)
        # for a word no longer than the stem: the stem's prefixes it may share (all but the word's last letter)
        self.prefixes: dict[str, set[int]] = {}
        # for a word longer than the stem: the stem less its last letter, by the stem's length
        self.heads: set[tuple[str, int]] = set()
        for b in self.body:
            if len(b) < 5:
                continue  # stems_match only relates two stems of 5+ letters
            for m in range(max(4, len(b) - 4), len(b)):
                self.prefixes.setdefault(b[:m], set()).add(len(b))
            self.heads.add((b[:-1], len(b)))

    def holds(self, w: str) -> bool:
        if w in self.body:
            return True
        n = len(w)
        if n < 5:
            return False
        if any(n <= lb <= n + 3 for lb in self.prefixes.get(w[:-1], ())):
            return True
        return any((w[: lb - 1], lb) in self.heads for lb in range(max(5, n - 3), n))
