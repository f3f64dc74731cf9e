"""The per-run circuit breaker: after the first timeout or connection failure, stop asking the LLM.

A server that is down or hangs costs the run one call's deadline, not one per message: every
later message of the run (every file of a batch) goes straight to the template writer, and the
command says so once. `breaker = false` in the [llm] table (or AFTERVIEW_LLM_BREAKER=off) turns
it off.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from afterview.errors import ProviderUnavailable

if TYPE_CHECKING:
    from afterview.draft import Draft

SKIPPED = "the LLM was not asked"


class BreakerOpen(ProviderUnavailable):
    """Raised instead of a call once the breaker has tripped."""


class Breaker:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.cause: str | None = None
        self.skipped = 0
        self._lock = threading.Lock()

    def trip(self, cause: str) -> None:
        with self._lock:
            if self.enabled and self.cause is None:
                self.cause = cause

    def reset(self) -> None:
        """Ask again: for an instruction a person types (revise), not for an unattended run."""
        with self._lock:
            self.cause = None

    def check(self) -> None:
        """Raise BreakerOpen when an earlier call of this run timed out or could not connect."""
        with self._lock:
            if self.cause is None:
                return
            self.skipped += 1
            cause = self.cause
        raise BreakerOpen(f"{SKIPPED}: earlier in this run, {cause} (circuit breaker)")


def is_skip(reason: str | None) -> bool:
    """Whether a draft's fallback reason is the breaker's (for one notice instead of one per message)."""
    text = str(reason or "")
    return text.startswith(SKIPPED + ":") or f": {SKIPPED}:" in text  # a first draft, or a repair round


def fallback_notices(drafts: Sequence[Draft]) -> list[str]:
    """One line per draft the template writer stood in for, but one line for all the breaker skipped."""
    lines = [
        f"{d.kind.value} to {d.to}: written by the template writer because {d.fallback}"
        for d in drafts
        if d.fallback and not is_skip(d.fallback)
    ]
    skipped = [d for d in drafts if is_skip(d.fallback)]
    if skipped:
        which = ", ".join(f"{d.kind.value} to {d.to}" for d in skipped)
        lines.append(
            f"{len(skipped)} more message(s) written by the template writer without asking the LLM, "
            f"after the failure above (circuit breaker; breaker = false in [llm] turns it off): {which}"
        )
    return lines
