"""One revise session's versions: every version of each planned message, what a step replies, and
how a change is put into words for an LLM."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from afterview.draft import Draft, DraftRequest, Finding
from afterview.outdir import read_regular
from afterview.planning import Planned
from afterview.style import Style

# (request, current draft, instruction, its findings) -> a new draft; None offline.
Reviser = Callable[[DraftRequest, Draft, str, tuple[Finding, ...]], Draft]
# (text to edit) -> edited text; raises EditorError when the editor cannot run.
Editor = Callable[[str], "str | None"]


FIRST_LABEL = "the first draft"
CONFIRM_QUIT = "Discard unsaved changes? [y/N] "


class EditorError(Exception):
    """The editor could not start or failed; the message says which and what to set."""


@dataclass(frozen=True)
class Version:
    draft: Draft
    tone: str
    style: Style
    label: str


@dataclass
class Thread:
    """One planned message and every version of it."""

    planned: Planned
    versions: list[Version]
    position: int = 0
    saved: Version | None = None

    @property
    def current(self) -> Version:
        return self.versions[self.position]

    @property
    def changed(self) -> bool:
        """True when the current version differs from what was saved (or from the first draft)."""
        if self.saved is None:
            return self.position > 0
        return self.current is not self.saved


@dataclass(frozen=True)
class Reply:
    text: str = ""
    show: bool = False
    diff: str | None = None
    quit: bool = False
    confirm_quit: bool = False
    findings_only: bool = False


def read_saved(path: Path) -> str | None:
    """A saved draft's text; None for anything but a regular file (a FIFO is never waited on)."""
    data = read_regular(path)
    try:
        return data.decode("utf-8") if data is not None else None
    except UnicodeDecodeError:
        return None


def describe_change(current: Version, tone: str, style: Style) -> str:
    """A revise instruction in words, for an LLM, from what the user asked of the current version."""
    said = []
    if tone != current.tone:
        said.append(f"Rewrite it in a {tone} tone.")
    if style.length != current.style.length:
        said.append("Make it shorter." if style.length < current.style.length else "Make it a little longer.")
    said += [f"Also mention this item from the notes: {m}." for m in style.mention if m not in current.style.mention]
    said += [f"Leave this out: {d}." for d in style.drop if d not in current.style.drop]
    if style.variant != current.style.variant:
        said.append("Write it again with a different structure and wording.")
    return " ".join(said) or "Improve it."
