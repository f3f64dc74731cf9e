"""What a paste was read as: the notes data it says, the words each was read from, and what it left unread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from afterview.notes.paste_names import someone_else


@dataclass
class Pasted:
    data: dict[str, Any]  # notes data, only what the paste says
    how: str  # "markdown", "free text" or "" (nothing read)
    decision_said: str = ""  # the words the decision date was read from ('next Friday')
    problem: str = ""  # why the Markdown reading failed, when the paste looked like Markdown
    quotes: dict[str, str] = field(default_factory=dict)  # field → the line it was read from
    unread: list[str] = field(default_factory=list)  # lines (sentences) nothing was read from
    not_kept: list[str] = field(default_factory=list)  # words read and left out: 'by Friday' after a promise
    zone_said: tuple[str, str] | None = None  # the timezone the places in the notes suggest, and the place
    day_said: date | None = None  # the day the head of the notes gives without a time ('…, 40 min, wed')
    time_said: time | None = None  # the time of day the head gives without a day ('… - zoom 2pm, ~45min')
    kinds: dict[str, str] = field(default_factory=dict)  # an unread line → what it is to a person ('challenges')
    asides: list[tuple[str, str]] = field(default_factory=list)  # ('how they came across', 'super friendly'): said
    format_doubt: bool = False  # the head names more than one way it was held ('phone screen -> … onsite')
    job_or_title: tuple[str, str] | None = None  # ('Marisol Ortega', 'Studio Director'): the job read may be theirs
    call_said: bool = False  # the head says 'a call' and no way it was held ('call w Marisol'): phone or video

    @property
    def maybe_people(self) -> list[str]:
        """Unread lines that start with what looks like a name: someone the reader may have missed."""
        return [line for line in self.unread if someone_else(line, "")]
