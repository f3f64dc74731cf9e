"""Tone presets for drafts, and the default each company culture implies."""

from __future__ import annotations

from enum import Enum

from afterview.notes.model import Culture


class Tone(str, Enum):
    warm = "warm"
    formal = "formal"
    concise = "concise"
    enthusiastic = "enthusiastic"


def default_tone(culture: Culture) -> Tone:
    """Formal companies get formal notes; everyone else a warm, professional one."""
    return Tone.formal if culture is Culture.formal else Tone.warm
