"""Tone presets for drafts, and the default each company culture implies."""

from __future__ import annotations

from afterview.vocabulary import Culture, Tone


def default_tone(culture: Culture) -> Tone:
    """Formal companies get formal notes; everyone else a warm, professional one."""
    return Tone.formal if culture is Culture.formal else Tone.warm
