"""Plain text and Markdown views of a DraftRun: stable bytes, fit for pipes and diffs."""

from __future__ import annotations

from afterview.draft import Draft
from afterview.output import labels
from afterview.pipeline import DraftRun
from afterview.planning import Planned


def header(run: DraftRun) -> list[str]:
    notes = run.notes
    now = run.now.astimezone(notes.interview.zone)
    count = len(run.drafts)
    lines = [
        f"{notes.position} at {notes.company.name}: {count} message{'s' if count != 1 else ''} to review.",
        f"Now: {labels.when(now)}",
    ]
    if run.provider_notice:
        lines.append(run.provider_notice)
    return lines


def written_by(draft: Draft) -> str:
    return f"{draft.provider} (standing in: {draft.fallback})" if draft.fallback else draft.provider


def findings_lines(
    draft: Draft, *, file: str = "", first_line: int | None = None, skip: frozenset[tuple[str, str]] = frozenset()
) -> list[str]:
    """The verdict, then one line per finding (but those whose (check, code) is in `skip`); one about
    a phrase says where it is as `line:col` (`file:line:col` with `file`), counted in the draft as a
    file: the body starts at `first_line`, by default after the `Subject:` line and the blank line."""
    shown = [f for f in draft.findings if (f.check, f.code) not in skip]
    verdict = "ready" if draft.ready else "NOT READY"
    if not shown:
        return [f"Checks: {verdict}" if draft.findings or verdict != "ready" else "Checks: ready, no findings"]
    out = [f"Checks: {verdict}"]
    start = first_line if first_line is not None else (3 if draft.subject is not None else 1)
    for f in shown:
        hint = f" (suggestion: {f.suggestion})" if f.suggestion else ""
        if f.lowered_from:  # guardrails/severity_policy.py
            hint += " (a warning in a draft you wrote: this rule is often wrong, check it yourself)"
        where = f"{position(draft.body, f.span[0], start, file)} " if f.span is not None else ""
        out.append(f"  {f.severity:<7} {where}{f.check}/{f.code}: {f.message}{hint}")
    return out


def position(body: str, offset: int, first_line: int, file: str = "") -> str:
    """`line:col` (1-based, in characters) of an offset into the body, or `file:line:col`."""
    offset = max(0, min(offset, len(body)))
    line = first_line + body.count("\n", 0, offset)
    col = offset - (body.rfind("\n", 0, offset) + 1) + 1
    return f"{file}:{line}:{col}" if file else f"{line}:{col}"


# Said once, under the run's header, when every draft of the run names the same grammar engine.
ENGINE = frozenset({("grammar", "engine")})


def engine_line(run: DraftRun) -> str | None:
    notes = {f.message for _, d in run.drafts for f in d.findings if (f.check, f.code) in ENGINE}
    engines = [any((f.check, f.code) in ENGINE for f in d.findings) for _, d in run.drafts]
    return f"Checks: {notes.pop()}" if len(notes) == 1 and all(engines) else None


def message_text(
    number: int, planned: Planned, draft: Draft, skip: frozenset[tuple[str, str]] = frozenset()
) -> list[str]:
    lines = [f"=== {number}. {labels.title(planned)} ===", f"Send: {labels.send_line(planned.send)}"]
    lines.append(f"Why: {planned.send.reason}")
    lines.append(f"Written by: {written_by(draft)} · tone: {draft.tone}")
    if draft.subject is not None:
        lines.append(f"Subject: {draft.subject}")
    lines.append("")
    lines.extend(draft.body.rstrip("\n").splitlines())
    lines.append("")
    lines.extend(findings_lines(draft, skip=skip))
    return lines


def tail_text(run: DraftRun) -> list[str]:
    lines: list[str] = []
    if run.skipped:
        lines += ["", "=== Not drafted ==="]
        for s in run.skipped:
            lines.append(f"- {labels.KIND[s.kind]} to {s.to}: {s.reason}")
    if run.reflection is not None:
        lines += ["", "=== Reflection ===", "Questions to think through before your next interview:"]
        lines += [f"{n}. {q}" for n, q in enumerate(run.reflection, start=1)]
    return lines


def render_text(run: DraftRun) -> str:
    lines = header(run)
    engine = engine_line(run)
    if engine:
        lines.append(engine)
    for number, (planned, draft) in enumerate(run.drafts, start=1):
        lines += ["", *message_text(number, planned, draft, ENGINE if engine else frozenset())]
    if not run.drafts:
        lines += ["", "Nothing to draft."]
    lines += tail_text(run)
    return "\n".join(lines) + "\n"


def render_markdown(run: DraftRun) -> str:
    notes = run.notes
    lines = [f"# Follow-ups: {notes.position} at {notes.company.name}", "", *[f"{h}  " for h in header(run)[1:]]]
    for number, (planned, draft) in enumerate(run.drafts, start=1):
        lines += ["", message_markdown(number, planned, draft)]
    if run.skipped:
        lines += ["", "## Not drafted", ""]
        lines += [f"- **{labels.KIND[s.kind]}** to {s.to}: {s.reason}" for s in run.skipped]
    if run.reflection is not None:
        lines += ["", "## Reflection", ""]
        lines += [f"{n}. {q}" for n, q in enumerate(run.reflection, start=1)]
    return "\n".join(lines) + "\n"


def message_markdown(number: int, planned: Planned, draft: Draft) -> str:
    lines = [
        f"## {number}. {labels.title(planned)}",
        "",
        f"- **Send:** {labels.send_line(planned.send)}",
        f"- **Why:** {planned.send.reason}",
        f"- **Written by:** {written_by(draft)} · tone: {draft.tone}",
    ]
    if draft.subject is not None:
        lines.append(f"- **Subject:** {draft.subject}")
    lines += ["", "```text", draft.body.rstrip("\n"), "```", ""]
    lines.append(f"**Checks: {'ready' if draft.ready else 'NOT READY'}**")
    for f in draft.findings:
        hint = f" (suggestion: {f.suggestion})" if f.suggestion else ""
        lines.append(f"- *{f.severity}* `{f.check}/{f.code}`: {f.message}{hint}")
    return "\n".join(lines)
