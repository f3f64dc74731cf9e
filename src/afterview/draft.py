"""A drafted message and the findings the guardrails attach to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from afterview.notes.model import Notes
from afterview.planning import Planned
from afterview.style import Style
from afterview.timing import likely_send_day
from afterview.vocabulary import Channel, Kind

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    """One thing a guardrail noticed; `span` is a (start, end) offset into the body."""

    check: str
    severity: Severity
    code: str
    message: str
    span: tuple[int, int] | None = None
    suggestion: str | None = None
    # the severity the rule gave it, when the severity policy lowered it (guardrails/severity_policy.py)
    lowered_from: Severity | None = None


# The providers whose drafts a model wrote.
MODEL_WRITTEN = frozenset({"openai", "replay"})


@dataclass(frozen=True)
class Draft:
    """A message ready for review: who it is for, what it says, and who wrote it."""

    kind: Kind
    to: str
    channel: Channel
    subject: str | None
    body: str
    provider: str
    tone: str
    findings: tuple[Finding, ...] = field(default=())
    fallback: str | None = None  # why the template writer stood in for the chosen provider
    prompt_version: str | None = None

    @property
    def model_written(self) -> bool:
        """Written by an LLM (live or replayed): it can only know what the prompt gave it."""
        return self.provider in MODEL_WRITTEN

    @property
    def ready(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)


@dataclass(frozen=True)
class DraftRequest:
    """What a writer (template or LLM) needs to draft one planned message."""

    notes: Notes
    planned: Planned
    tone: str
    now: datetime
    style: Style = field(default_factory=Style)
    # When this message is assumed to go out (timing.send_moment, as the timing check assumes):
    # the day "yesterday" or "on Monday" counts from. None: the default rule at `now`.
    send_moment: datetime | None = None

    @property
    def send_day(self) -> date:
        """The recipient's local date this message goes out."""
        zone = self.notes.zone_of(self.planned.to)
        return likely_send_day(self.planned.send, self.now, zone, self.send_moment)

    @property
    def index(self) -> int:
        """The recipient's place among the interviewers: drives deterministic variety."""
        return [i.name for i in self.notes.interviewers].index(self.planned.to.name)
