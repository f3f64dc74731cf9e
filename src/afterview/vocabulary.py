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
