"""Tone presets for drafts, and the default each company culture implies."""

from __future__ import annotations

from afterview.vocabulary import Channel, Culture, Role, Tone


def default_tone(culture: Culture) -> Tone:
    """Formal companies get formal notes; everyone else a warm, professional one."""
    return Tone.formal if culture is Culture.formal else Tone.warm


def message_tone(culture: Culture, chosen: str | None, channel: Channel, role: Role) -> str:
    """The tone of one message: the one asked for (by flag or config file) whatever the message; else the culture's,
    except that a LinkedIn note to a peer reads as one colleague writes to another (warm, first name, short close)
    even where the company's culture is formal: a letter's 'Dear Mr. … Sincerely' is stiff in a chat message."""
    if chosen:
        return chosen
    if channel is Channel.linkedin and role is Role.peer:
        return Tone.warm.value
    return default_tone(culture).value
