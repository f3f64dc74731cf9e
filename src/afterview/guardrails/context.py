"""What every check may read besides the draft: the notes, the plan and the planned send time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from afterview.draft import Draft
from afterview.notes.model import Interviewer, Notes
from afterview.planning import Plan, Planned

if TYPE_CHECKING:
    from afterview.guardrails.grammar.engine import GrammarEngine


@dataclass(frozen=True)
class CheckContext:
    """Everything a check may read besides the draft itself.

    `planned` is the plan entry for this draft's (kind, to), or None when the plan has
    none (a third status check, one to someone who is not the point of contact...).
    `grammar` None means the in-process Harper engine.
    """

    notes: Notes
    send_at: datetime
    plan: Plan
    planned: Planned | None
    siblings: tuple[Draft, ...] = ()
    grammar: GrammarEngine | None = None

    def recipient(self, draft: Draft) -> Interviewer | None:
        return next((i for i in self.notes.interviewers if i.name == draft.to), None)
