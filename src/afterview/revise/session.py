"""The state of a revise session: one history of versions per planned message, undo/redo, saving.

`Session.handle(line)` turns one line the user typed into a Reply for the terminal to show;
nothing here reads input or prints, so the whole session can be driven from tests.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from afterview.draft import Draft, DraftRequest
from afterview.errors import ProviderUnavailable
from afterview.guardrails.draft_reader import split_subject
from afterview.limits import word_count, word_range
from afterview.notes.model import Notes
from afterview.options import SendAt
from afterview.outdir import save_keeping_versions
from afterview.output import labels
from afterview.output.files import draft_as_text as as_text
from afterview.output.names import file_stems
from afterview.pipeline import checked, draft_all
from afterview.planning import Plan, Planned
from afterview.revise.instructions import HELP, Instruction, next_tone, parse
from afterview.revise.matching import items_for, match_item
from afterview.revise.versions import (
    FIRST_LABEL,
    Editor,
    EditorError,
    Reply,
    Reviser,
    Thread,
    Version,
    describe_change,
    read_saved,
)
from afterview.seam import Writer
from afterview.style import Style
from afterview.timing import send_moment
from afterview.writer.template_writer import TemplateWriter

if TYPE_CHECKING:
    from afterview.guardrails.grammar.engine import GrammarEngine


@dataclass
class Session:
    notes: Notes
    now: datetime
    plan: Plan
    threads: list[Thread]
    writer: Writer
    out_dir: Path
    send_at: SendAt = None
    grammar: GrammarEngine | None = None
    reviser: Reviser | None = None
    editor: Editor | None = None
    fallback: Writer = field(default_factory=TemplateWriter)
    index: int = 0

    # --- set-up ---------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        notes: Notes,
        now: datetime,
        writer: Writer,
        tone: str | None,
        out_dir: Path,
        *,
        notes_file: str = "",
        plan: Plan | None = None,
        send_at: SendAt = None,
        grammar: GrammarEngine | None = None,
        reviser: Reviser | None = None,
        editor: Editor | None = None,
        fallback: Writer | None = None,
    ) -> Session:
        """The first version of every planned message, written and checked as `afterview draft` does it:
        repair round, template fallback, other structures for near-copies. `plan`: the notes' plan at
        `now` when the caller has made it already."""
        run = draft_all(
            notes, notes_file, now, writer, tone=tone, send_at=send_at, grammar=grammar, fallback=fallback, plan=plan
        )
        session = cls(notes, now, run.plan, [], writer, out_dir, send_at, grammar, reviser, editor)
        if fallback is not None:
            session.fallback = fallback
        for planned, draft in run.drafts:
            session.threads.append(Thread(planned, [Version(draft, draft.tone, Style(), FIRST_LABEL)]))
        return session

    @property
    def thread(self) -> Thread:
        return self.threads[self.index]

    def file_for(self, thread: Thread) -> Path:
        """`draft --out`'s name for this message, so both commands write the same file."""
        stems = file_stems(self.notes, ((t.planned.kind.value, t.planned.to.name) for t in self.threads))
        return self.out_dir / f"{stems[self.threads.index(thread)]}.txt"

    def mentionable(self) -> list[str]:
        return [i.text for i in items_for(self.notes, self.thread.planned.to)]

    # --- the one entry point ----------------------------------------------------------------

    def handle(self, line: str) -> Reply:
        instruction = parse(line)
        handler = getattr(self, f"_do_{instruction.action}")
        reply: Reply = handler(instruction)
        return reply

    def confirm_quit(self, answer: str) -> Reply:
        if answer.strip().lower() in ("y", "yes"):
            return Reply("Discarded unsaved changes.", quit=True)
        return Reply("Not quitting; type save to keep your changes.")

    # --- commands ---------------------------------------------------------------------------

    def _do_empty(self, _: Instruction) -> Reply:
        return Reply()

    def _do_help(self, _: Instruction) -> Reply:
        return Reply(HELP)

    def _do_show(self, _: Instruction) -> Reply:
        return Reply(show=True)

    def _do_check(self, _: Instruction) -> Reply:
        thread = self.thread
        again = self._check(thread.current.draft, thread)
        thread.versions[thread.position] = replace(thread.current, draft=again)
        if thread.saved is not None and thread.saved.draft.body == again.body:
            thread.saved = thread.current
        return Reply(findings_only=True)

    def _do_tone(self, instruction: Instruction) -> Reply:
        current = self.thread.current
        tone = next_tone(current.tone, instruction.arg)
        if tone == current.tone:
            return Reply(f"The draft is already {tone}; try another tone or edit it.")
        return self._change(f"tone: {tone}", tone=tone)

    def _do_length(self, instruction: Instruction) -> Reply:
        step = int(instruction.arg)
        current = self.thread.current
        style = current.style.with_length(step)
        word = "shorter" if step < 0 else "longer"
        if style == current.style:
            return Reply(f"This draft cannot get any {word} from the template writer; try edit.")
        before = word_count(current.draft.body)
        candidate = self._write(current.tone, style)
        after = word_count(candidate.body)
        if (after >= before) if step < 0 else (after <= before):
            rng = word_range(self.thread.planned.kind, self.thread.planned.channel)
            limit = f" (this kind of message needs {rng[0]}–{rng[1]} words)" if rng else ""
            return Reply(f"This is as {'short' if step < 0 else 'long'} as the draft gets: {before} words{limit}.")
        return self._accept(word, candidate, current.tone, style)

    def _do_mention(self, instruction: Instruction) -> Reply:
        item = match_item(instruction.arg, items_for(self.notes, self.thread.planned.to))
        if item is None:
            options = "; ".join(self.mentionable()[:12])
            return Reply(f"Nothing in your notes matches '{instruction.arg}'. You can mention: {options}.")
        current = self.thread.current
        if item.text in current.draft.body and item.text not in current.style.drop:
            return Reply(f"The draft already mentions '{item.text}'.")
        style = current.style.mentioning(item.text)
        candidate = self._write(current.tone, style)
        if item.text not in candidate.body:
            return Reply(f"The template writer has no place for '{item.text}' ({item.where}) in this message.")
        # a mention adds: one that would push out an item the draft says now is refused, never made silently
        said = [i.text for i in items_for(self.notes, self.thread.planned.to) if i.text in current.draft.body]
        lost = [text for text in said if text not in candidate.body]
        if lost:
            return Reply(
                f"The template writer has no place for '{item.text}' beside '{lost[0]}', which it would replace; "
                f"'drop {lost[0]}' first if you want this instead."
            )
        return self._accept(f"mention {item.text}", candidate, current.tone, style)

    def _do_drop(self, instruction: Instruction) -> Reply:
        current = self.thread.current
        item = match_item(instruction.arg, items_for(self.notes, self.thread.planned.to))
        if item is None or item.text not in current.draft.body:
            return Reply(f"The draft does not mention '{instruction.arg}'.")
        style = current.style.dropping(item.text)
        candidate = self._write(current.tone, style)
        return self._accept(f"drop {item.text}", candidate, current.tone, style)

    def _do_regenerate(self, _: Instruction) -> Reply:
        current = self.thread.current
        return self._change("regenerated", style=current.style.regenerated())

    def _do_freeform(self, instruction: Instruction) -> Reply:
        if self.reviser is None:
            return Reply(
                f"Offline, I understand the commands below; '{instruction.arg}' needs an LLM "
                "(set OPENAI_API_KEY or OPENAI_BASE_URL).\n" + HELP
            )
        thread, current = self.thread, self.thread.current
        request = self._request(thread.planned, current.tone, current.style)
        try:
            candidate = self.reviser(request, current.draft, instruction.arg, current.draft.findings)
        except ProviderUnavailable as exc:  # the template writer cannot follow free text: keep what is there
            return Reply(f"The LLM could not do that ({exc.cause}). Kept version {thread.position + 1}.")
        return self._accept(instruction.arg, candidate, current.tone, current.style)

    def _do_undo(self, _: Instruction) -> Reply:
        thread = self.thread
        if thread.position == 0:
            return Reply("Nothing to undo.")
        thread.position -= 1
        return Reply(f"Back to version {thread.position + 1} ({thread.current.label}).", show=True)

    def _do_redo(self, _: Instruction) -> Reply:
        thread = self.thread
        if thread.position + 1 >= len(thread.versions):
            return Reply("Nothing to redo.")
        thread.position += 1
        return Reply(f"Forward to version {thread.position + 1} ({thread.current.label}).", show=True)

    def _do_diff(self, _: Instruction) -> Reply:
        thread = self.thread
        if thread.position == 0:
            return Reply("This is the first version; there is nothing to compare it with.")
        before, after = thread.versions[thread.position - 1], thread.current
        lines = difflib.unified_diff(
            as_text(before.draft).splitlines(),
            as_text(after.draft).splitlines(),
            f"version {thread.position} ({before.label})",
            f"version {thread.position + 1} ({after.label})",
            lineterm="",
        )
        return Reply(diff="\n".join(lines) or "(no differences)")

    def _do_history(self, _: Instruction) -> Reply:
        thread = self.thread
        rows = []
        for n, version in enumerate(thread.versions):
            marks = [m for m, on in (("current", n == thread.position), ("saved", version is thread.saved)) if on]
            words = word_count(version.draft.body)
            tail = f"  ← {', '.join(marks)}" if marks else ""
            rows.append(f"  {n + 1}. {version.label} · {version.tone} · {words} words{tail}")
        return Reply("\n".join(rows))

    def _do_edit(self, _: Instruction) -> Reply:
        if self.editor is None:
            return Reply("No editor available here: set $EDITOR, or run revise in a terminal.")
        current = self.thread.current
        try:
            edited = self.editor(as_text(current.draft))
        except EditorError as exc:
            return Reply(f"{exc} The draft is unchanged.")
        if edited is None or edited.strip() == as_text(current.draft).strip():
            return Reply("No changes made in the editor.")
        subject, body, _first = split_subject(edited)
        body += "\n"
        draft = replace(current.draft, subject=subject or None, body=body, provider="hand-edited", findings=())
        version = Version(self._check(draft, self.thread), current.tone, current.style, "edited by hand")
        self._push(version)
        return Reply("Your edit is the new version.", show=True)

    def _do_next(self, _: Instruction) -> Reply:
        if self.index + 1 >= len(self.threads):
            return Reply("This is the last message.")
        self.index += 1
        return Reply(show=True)

    def _do_prev(self, _: Instruction) -> Reply:
        if self.index == 0:
            return Reply("This is the first message.")
        self.index -= 1
        return Reply(show=True)

    def _do_save(self, _: Instruction) -> Reply:
        """Every draft goes to its file; 'saved' names the ones changed since the first draft or the
        last save, 'unchanged' the others (written only if their file does not hold them yet)."""
        lines = []
        for thread in self.threads:
            path = self.file_for(thread)
            text = as_text(thread.current.draft)
            changed = thread.changed
            on_disk = read_saved(path)
            if not changed and on_disk == text:
                lines.append(f"unchanged {path}")
                thread.saved = thread.current
                continue
            kept = save_keeping_versions(path, text)
            thread.saved = thread.current
            note = f" (the earlier file is kept as {kept.name})" if kept else ""
            lines.append(f"saved {path}{note}" if changed else f"unchanged {path} (written as first drafted){note}")
        return Reply("\n".join(lines))

    def _do_quit(self, _: Instruction) -> Reply:
        pending = [t for t in self.threads if t.changed]
        if pending:
            names = ", ".join(f"the {labels.KIND[t.planned.kind].lower()} to {t.planned.to.name}" for t in pending)
            return Reply(f"Unsaved changes: {names}.", confirm_quit=True)
        return Reply(quit=True)

    # --- helpers ------------------------------------------------------------------------------

    def _write(self, tone: str, style: Style) -> Draft:
        """The draft for a new tone/style: asked of the LLM in words when one is set, else written."""
        thread, current = self.thread, self.thread.current
        request = self._request(thread.planned, tone, style)
        if self.reviser is None or current.draft.provider == "template":
            return self.fallback.write(request) if self.reviser else self.writer.write(request)
        try:
            return self.reviser(request, current.draft, describe_change(current, tone, style), current.draft.findings)
        except ProviderUnavailable as exc:
            return replace(self.fallback.write(request), fallback=exc.cause)

    def _change(self, label: str, *, tone: str | None = None, style: Style | None = None) -> Reply:
        current = self.thread.current
        tone, style = tone or current.tone, style or current.style
        return self._accept(label, self._write(tone, style), tone, style)

    def _accept(self, label: str, candidate: Draft, tone: str, style: Style) -> Reply:
        """Keep a new version unless it breaks a check the current version passes."""
        thread = self.thread
        candidate = self._check(candidate, thread)
        had = {(f.check, f.code) for f in thread.current.draft.findings if f.severity == "error"}
        new = [f for f in candidate.findings if f.severity == "error" and (f.check, f.code) not in had]
        if new:
            return Reply(f"Kept the previous version: '{label}' would fail the {new[0].check} check: {new[0].message}")
        if candidate.body == thread.current.draft.body and candidate.subject == thread.current.draft.subject:
            return Reply(f"'{label}' gives the same text as the current version.")
        self._push(Version(candidate, tone, style, label))
        return Reply(show=True)

    def _push(self, version: Version) -> None:
        thread = self.thread
        del thread.versions[thread.position + 1 :]
        thread.versions.append(version)
        thread.position = len(thread.versions) - 1

    def _request(self, planned: Planned, tone: str, style: Style) -> DraftRequest:
        """What the writer gets for a new version: sent at the moment the timing check assumes."""
        moment = send_moment(self.send_at, planned.send)
        return DraftRequest(self.notes, planned, tone, self.now, style, send_moment=moment)

    def _check(self, draft: Draft, thread: Thread) -> Draft:
        siblings = [t.current.draft for t in self.threads if t is not thread and t.versions]
        moment = send_moment(self.send_at, thread.planned.send)
        return checked(draft, self.notes, self.plan, thread.planned, moment, siblings, self.grammar)
