"""notes → plan → writer → guardrails → a DraftRun the CLI can show or save."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from afterview.draft import Draft, DraftRequest, Finding
from afterview.errors import ProviderUnavailable
from afterview.guardrails.fluency import shared_count, shares_sentence
from afterview.notes.model import Notes
from afterview.planning import Plan, Planned, Skipped, make_plan
from afterview.seam import Author, Writer
from afterview.style import Style
from afterview.timing import SendAt, WhenDue, send_moment
from afterview.tone import message_tone
from afterview.vocabulary import Kind
from afterview.writer.reflection import reflection_questions
from afterview.writer.template_writer import TemplateWriter

if TYPE_CHECKING:
    from afterview.guardrails.grammar.engine import GrammarEngine
    from afterview.seam import RepairFn


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
    send_at: SendAt = None,
    grammar: GrammarEngine | None = None,
    fallback: Writer | None = None,
    plan: Plan | None = None,
) -> DraftRun:
    """Plan, write and check, each message at `timing.send_moment(send_at, …)`: the moment the timing
    check assumes is the one the writer counts "yesterday" or "on Monday" from."""
    author = Author.of(writer)
    # A deterministic writer words each message apart from those before it in the run (the retries below), so it
    # drafts every message and the selection is cut at the end: `--to X` gives X the very drafts the full run gives.
    drafted = Selection() if author.varies else selection
    plan, requests = draft_requests(
        notes,
        now,
        tone,
        selection=drafted,
        feedback_request=feedback_request,
        reflect=reflect,
        send_at=send_at,
        plan=plan,
    )
    fallback_writer = Author.of(fallback or TemplateWriter())
    written = [(r.planned, _first_draft(author, fallback_writer, r)) for r in requests]
    drafts: list[tuple[Planned, Draft]] = []
    for n, (planned, draft) in enumerate(written):
        request = requests[n]
        moment = request.send_moment or send_moment(send_at, planned.send)
        others = [d for _, d in drafts] + [d for _, d in written[n + 1 :]]

        check = functools.partial(
            checked, notes=notes, plan=plan, planned=planned, send_at=moment, run=others, grammar=grammar
        )
        if author.audit is not None:  # what only the writer can check (a rewrite against its draft)
            check = functools.partial(_audited, check, author.audit, request)

        result = check(draft)
        if draft.fallback is None and author.repair is not None:
            result = _fixed_mechanically(author, request, result, check)
            if _content_errors(result):
                result = _repair_or_fall_back(author, author.repair, fallback_writer, request, result, check)
        wrote = author if result.fallback is None else fallback_writer
        earlier = [d for _, d in drafts]
        if wrote.varies and (_too_similar(result) or shares_sentence(result, earlier)):
            # A deterministic writer can try its other structures until the note stands apart: from the others, and
            # in every sentence from the messages before it (people at one company compare notes); where no structure
            # stands apart in every sentence, the one that shares the fewest
            best, fewest = None, shared_count(result, earlier) if not _too_similar(result) else None
            for variant in range(1, VARIANT_TRIES + 1):
                retry = wrote.write(replace(request, style=Style(variant=variant)))
                retry = check(replace(retry, fallback=result.fallback))
                if _too_similar(retry):
                    continue
                shared = shared_count(retry, earlier)
                if fewest is None or shared < fewest:
                    best, fewest = retry, shared
                if not shared:
                    break
            result = best if best is not None else result
        drafts.append((planned, result))
    drafts = [(p, d) for p, d in _without_stale_shares(drafts) if selection.wants(p.kind, p.to.name)]
    skipped = tuple(s for s in plan.skipped if selection.wants(s.kind, s.to))
    reflection = tuple(reflection_questions(notes)) if plan.reflection else None
    return DraftRun(notes_file, notes, now, plan, tuple(drafts), skipped, reflection, provider_notice)


VARIANT_TRIES = 5


def draft_requests(
    notes: Notes,
    now: datetime,
    tone: str | None = None,
    *,
    selection: Selection = Selection(),
    feedback_request: bool = False,
    reflect: bool = False,
    send_at: SendAt | Literal["due"] = "due",
    plan: Plan | None = None,
) -> tuple[Plan, list[DraftRequest]]:
    """The plan, and one request per planned message the selection wants, in the tone for these notes,
    each with the moment it is assumed to go out (`timing.send_moment`): `send_at` as for draft_all;
    "due" (the default): when due at `now`, as `afterview draft` assumes without --send-at.
    `plan`: the plan already made for these notes and `now` (else it is made here)."""
    if plan is None:
        plan = make_plan(notes, now, feedback_request=feedback_request, reflect=reflect)
    culture = notes.company.culture
    when = WhenDue(now) if send_at == "due" else send_at
    return plan, [
        DraftRequest(
            notes, p, message_tone(culture, tone, p.channel, p.to.role), now, send_moment=send_moment(when, p.send)
        )
        for p in plan.messages
        if selection.wants(p.kind, p.to.name)
    ]


def _first_draft(writer: Writer, fallback: Writer, request: DraftRequest) -> Draft:
    try:
        return writer.write(request)
    except ProviderUnavailable as exc:
        return replace(fallback.write(request), fallback=exc.cause)


def _fixed_mechanically(author: Author, request: DraftRequest, draft: Draft, check: Callable[[Draft], Draft]) -> Draft:
    """What code can fix safely without another call (a stock opener, a dash, a long subject…),
    fixed and checked again; the draft as it was when there is nothing to fix."""
    fix = author.fix_mechanically
    fixed = fix(request, draft) if fix is not None else None
    return draft if fixed is None else check(fixed)


def _repair_or_fall_back(
    author: Author,
    repair: RepairFn,
    fallback: Writer,
    request: DraftRequest,
    failed: Draft,
    check: Callable[[Draft], Draft],
) -> Draft:
    """One repair round with the findings fed back (then the mechanical fixes again); if the
    draft still fails, the template writer."""
    fixable = tuple(f for f in failed.findings if f.check not in NOT_THE_WRITERS and f.check not in NOT_FED_BACK)
    try:
        repaired = _fixed_mechanically(author, request, check(repair(request, failed, fixable)), check)
    except ProviderUnavailable as exc:
        first = _content_errors(failed)[0]
        reason = f"the LLM's draft failed the {first.check} check ({first.code}); the repair round failed: {exc.cause}"
        return check(replace(fallback.write(request), fallback=reason))
    errors = _content_errors(repaired)
    if not errors:
        return repaired
    first = errors[0]
    reason = f"the LLM's draft still failed the {first.check} check after one repair ({first.code})"
    return check(replace(fallback.write(request), fallback=reason))


# When to send is the user's choice, not something a rewrite can fix.
NOT_THE_WRITERS = frozenset({"timing"})
# Style advice (warnings) the repair round does not carry: it asks the model to fix what blocks the draft.
NOT_FED_BACK = frozenset({"fluency"})


def _audited(
    check: Callable[[Draft], Draft],
    audit: Callable[[DraftRequest, Draft], Sequence[Finding]],
    request: DraftRequest,
    draft: Draft,
) -> Draft:
    """The guardrails' findings and, for the author's own drafts (not a fallback), the author's audit."""
    result = check(draft)
    if draft.fallback is not None:
        return result
    extra = tuple(audit(request, draft))
    return replace(result, findings=result.findings + extra) if extra else result


def _content_errors(draft: Draft) -> list[Finding]:
    return [f for f in draft.findings if f.severity == "error" and f.check not in NOT_THE_WRITERS]


def _without_stale_shares(drafts: list[tuple[Planned, Draft]]) -> list[tuple[Planned, Draft]]:
    """A shared sentence found against a later message's first draft, which its retry reworded, is shared no more."""
    out = []
    for planned, draft in drafts:
        others = [d for _, d in drafts if d is not draft]
        if any(f.code == "shared_sentence" for f in draft.findings) and not shares_sentence(draft, others):
            draft = replace(draft, findings=tuple(f for f in draft.findings if f.code != "shared_sentence"))
        out.append((planned, draft))
    return out


def _too_similar(draft: Draft) -> bool:
    return any(f.check == "similarity" and f.severity == "error" for f in draft.findings)


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
    from afterview.finding_merge import merge_overlapping
    from afterview.guardrails import CheckContext, check_draft

    siblings = tuple(d for d in run if d is not draft)
    context = CheckContext(notes, send_at, plan, planned, siblings, grammar)
    return replace(draft, findings=merge_overlapping(check_draft(draft, context), draft.body))
