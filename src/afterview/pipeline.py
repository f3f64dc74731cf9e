"""notes → plan → writer → guardrails → a DraftRun the CLI can show or save."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from afterview.draft import Draft, DraftRequest
from afterview.notes.model import Notes
from afterview.planning import Plan, Planned, Skipped, make_plan
from afterview.tone import default_tone
from afterview.vocabulary import Kind
from afterview.writer.reflection import reflection_questions

if TYPE_CHECKING:
    from afterview.guardrails.grammar.engine import GrammarEngine


class Writer(Protocol):
    """The one seam every provider implements: a planned message in, a draft out."""

    name: str

    def write(self, request: DraftRequest) -> Draft: ...


@dataclass(frozen=True)
class DraftRun:
    notes_file: str
    notes: Notes
    now: datetime
    plan: Plan
    drafts: tuple[tuple[Planned, Draft], ...]
    skipped: tuple[Skipped, ...]
    reflection: tuple[str, ...] | None
    provider_notice: str


@dataclass(frozen=True)
class Selection:
    """Which planned messages the user asked for (None: all)."""

    kinds: frozenset[Kind] | None = None
    to: str | None = None

    def wants(self, kind: Kind, to: str) -> bool:
        return (self.kinds is None or kind in self.kinds) and (self.to is None or to == self.to)


def draft_all(
    notes: Notes,
    notes_file: str,
    now: datetime,
    writer: Writer,
    *,
    tone: str | None = None,
    selection: Selection = Selection(),
    feedback_request: bool = False,
    reflect: bool = False,
    provider_notice: str = "",
    send_at: datetime | None = None,
    grammar: GrammarEngine | None = None,
) -> DraftRun:
    """Plan, write and check. `send_at` None checks each message at its recommended time."""
    plan = make_plan(notes, now, feedback_request=feedback_request, reflect=reflect)
    chosen_tone = tone or default_tone(notes.company.culture).value
    written = [
        (planned, writer.write(DraftRequest(notes, planned, chosen_tone, now)))
        for planned in plan.messages
        if selection.wants(planned.kind, planned.to.name)
    ]
    others = [d for _, d in written]
    drafts = tuple(
        (planned, checked(draft, notes, plan, planned, send_at or planned.send.recommended_at, others, grammar))
        for planned, draft in written
    )
    skipped = tuple(s for s in plan.skipped if selection.wants(s.kind, s.to))
    reflection = tuple(reflection_questions(notes)) if plan.reflection else None
    return DraftRun(notes_file, notes, now, plan, drafts, skipped, reflection, provider_notice)


def checked(
    draft: Draft,
    notes: Notes,
    plan: Plan,
    planned: Planned | None,
    send_at: datetime,
    run: list[Draft],
    grammar: GrammarEngine | None,
) -> Draft:
    """The draft with the findings of every guardrail attached."""
    from afterview.guardrails import CheckContext, check_draft

    siblings = tuple(d for d in run if d is not draft)
    context = CheckContext(notes, send_at, plan, planned, siblings, grammar)
    return replace(draft, findings=check_draft(draft, context))
