"""notes → plan → writer → guardrails → a DraftRun the CLI can show or save."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from afterview.draft import Draft, DraftRequest
from afterview.notes.model import Notes
from afterview.planning import Plan, Planned, Skipped, make_plan
from afterview.tone import default_tone
from afterview.vocabulary import Kind
from afterview.writer.reflection import reflection_questions


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
) -> DraftRun:
    plan = make_plan(notes, now, feedback_request=feedback_request, reflect=reflect)
    chosen_tone = tone or default_tone(notes.company.culture).value
    drafts = tuple(
        (planned, writer.write(DraftRequest(notes, planned, chosen_tone, now)))
        for planned in plan.messages
        if selection.wants(planned.kind, planned.to.name)
    )
    skipped = tuple(s for s in plan.skipped if selection.wants(s.kind, s.to))
    reflection = tuple(reflection_questions(notes)) if plan.reflection else None
    return DraftRun(notes_file, notes, now, plan, drafts, skipped, reflection, provider_notice)
