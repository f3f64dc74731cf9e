"""Tone presets for drafts, and the default each company culture implies."""

from __future__ import annotations

from afterview.vocabulary import Culture, Tone


def default_tone(culture: Culture) -> Tone:
    """Formal companies get formal notes; everyone else a warm, professional one."""
    return Tone.formal if culture is Culture.formal else Tone.warm


def tone_for(culture: Culture, chosen: str | None = None) -> str:
    """The tone asked for (by flag or config file), else the one the company's culture implies."""
    return chosen or default_tone(culture).value
