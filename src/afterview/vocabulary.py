"""The fixed vocabularies of notes, messages and tones: plain enums, cheap to import.

The notes model, the planner and the command line all speak in these words; keeping
them free of pydantic lets `afterview --help` start without loading it.
"""

from __future__ import annotations

from enum import Enum


class Pace(str, Enum):
    normal = "normal"
    busy = "busy"
    urgent = "urgent"


class Culture(str, Enum):
    formal = "formal"
    neutral = "neutral"
    casual = "casual"


class Format(str, Enum):
    onsite = "onsite"
    video = "video"
    phone = "phone"


class Outcome(str, Enum):
    pending = "pending"
    offer = "offer"
    rejected = "rejected"
    withdrawn = "withdrawn"


class Role(str, Enum):
    hiring_manager = "hiring_manager"
    recruiter = "recruiter"
    peer = "peer"
    executive = "executive"
    other = "other"


class Channel(str, Enum):
    email = "email"
    handwritten = "handwritten"
    linkedin = "linkedin"


class Kind(str, Enum):
    thank_you = "thank_you"
    status_check = "status_check"
    feedback_request = "feedback_request"


class Tone(str, Enum):
    warm = "warm"
    formal = "formal"
    concise = "concise"
    enthusiastic = "enthusiastic"


class ToneChoice(str, Enum):
    """What `--tone` (and the config file's `tone`) accept: the presets, and `casual`, a
    `company.culture` word people also use for a tone, which is the warm preset."""

    warm = "warm"
    formal = "formal"
    concise = "concise"
    enthusiastic = "enthusiastic"
    casual = "casual"


TONE_ALIASES = {"casual": Tone.warm}


def tone_preset(choice: str | None) -> str | None:
    """The preset a tone choice means: `casual` is `warm`; None stays None (the culture decides)."""
    if choice is None:
        return None
    value = choice.value if isinstance(choice, Enum) else choice
    return TONE_ALIASES[value].value if value in TONE_ALIASES else value
