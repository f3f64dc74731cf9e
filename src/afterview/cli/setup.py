"""The set-up the commands share, read once from their flags: the notes and the config file, the clock
(--now), when the drafts go out (--send-at), the tone, the provider and the grammar engine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from afterview.cli.app import Grammar, ProviderChoice, ProviderFlags, choose_provider

if TYPE_CHECKING:
    from afterview.config import Settings
    from afterview.guardrails.grammar.engine import GrammarEngine
    from afterview.notes.model import Notes
    from afterview.timing import SendAt
    from afterview.vocabulary import ToneChoice


@dataclass(frozen=True)
class CommandSetup:
    """One notes file's run: its notes, the config, `now`, when the messages go out and their tone."""

    notes_path: Path
    notes: Notes
    settings: Settings
    now: datetime
    send_at: SendAt
    # --tone, else the config file's; None when each message's culture, channel and reader decide (tone.message_tone)
    tone: str | None = None

    def provider(self, flags: ProviderFlags) -> ProviderChoice:
        """The run's writer (use it in a `with` block: an LLM writer's connections are closed after)."""
        return choose_provider(self.settings, flags)


def load_notes_and_settings(path: Path) -> tuple[Notes, Settings]:
    """The notes file, read with the config file's default timezone, and the config."""
    from afterview.config import load_settings
    from afterview.notes.loader import load_notes

    settings = load_settings()
    return load_notes(path, default_timezone=settings.timezone), settings


def clock(now: str | None, zone: tzinfo) -> datetime:
    """--now (read in `zone` without an offset), else the real time."""
    from afterview.options import parse_moment

    return parse_moment(now, "--now", zone, datetime.now(UTC))


def set_up(
    notes_path: Path,
    now: str | None,
    *,
    send_at: str | None = None,
    unsent: Literal["when due", "now"] = "when due",
    tone: ToneChoice | None = None,
) -> CommandSetup:
    """Read the notes and the config; --now, --send-at and --tone checked against them.

    `unsent`: when a message goes out without --send-at: "when due" (the drafts afterview plans:
    one due now at now, one not due yet at its recommended time) or "now" (a draft `check`ed)."""
    from afterview.options import parse_send_at
    from afterview.timing import WhenDue
    from afterview.vocabulary import tone_preset

    notes, settings = load_notes_and_settings(notes_path)
    zone = notes.interview.zone
    moment = clock(now, zone)
    default: SendAt = WhenDue(moment) if unsent == "when due" else moment
    planned_send = parse_send_at(send_at, zone, moment, default=default)
    chosen = tone_preset(tone) or settings.tone
    return CommandSetup(notes_path, notes, settings, moment, planned_send, chosen)


def grammar_engine(choice: Grammar) -> GrammarEngine:
    """The grammar engine for --grammar (LanguageTool when configured, else Harper)."""
    from afterview.guardrails import make_grammar_engine

    return make_grammar_engine(choice.value)
