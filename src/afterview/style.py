"""Adjustments a revision asks of a writer: length, notes items to mention or drop, another variant.

Below the writers (draft.py and the pipeline carry a Style), so nothing under writer/ is needed to describe one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MIN_LENGTH, MAX_LENGTH = -2, 2


@dataclass(frozen=True)
class Style:
    """`length` below 0 leaves optional sentences out, above 0 adds them; `variant` picks another
    structure. `mention` and `drop` hold notes items exactly as written in the notes."""

    length: int = 0
    mention: tuple[str, ...] = field(default=())
    drop: tuple[str, ...] = field(default=())
    variant: int = 0

    def with_length(self, step: int) -> Style:
        length = max(MIN_LENGTH, min(MAX_LENGTH, self.length + step))
        return Style(length, self.mention, self.drop, self.variant)

    def mentioning(self, item: str) -> Style:
        return Style(self.length, (*self.mention, item), tuple(d for d in self.drop if d != item), self.variant)

    def dropping(self, item: str) -> Style:
        return Style(self.length, tuple(m for m in self.mention if m != item), (*self.drop, item), self.variant)

    def regenerated(self) -> Style:
        return Style(self.length, self.mention, self.drop, self.variant + 1)

    def keep(self, items: list[str]) -> list[str]:
        """Items without the dropped ones, in the notes' order."""
        return [i for i in items if i not in self.drop]

    def arrange(self, items: list[str]) -> list[str]:
        """Items without the dropped ones, mentioned ones first."""
        kept = [i for i in items if i not in self.drop]
        return [i for i in kept if i in self.mention] + [i for i in kept if i not in self.mention]
