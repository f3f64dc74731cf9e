"""The words a Markdown notes file is read by: bullet tags, section headings and the words for enum values.

Each table maps what a person would write (compared case-insensitively, with `-`, `_` and
apostrophes ignored) to the field it fills. The first word of each entry is the one the
writer uses and the documentation shows.
"""

from __future__ import annotations

import re


def norm(text: str) -> str:
    """'Talked-about', 'talked_about ' and 'TALKED ABOUT' are one tag; "don't" is "dont"."""
    text = text.casefold().replace("'", "").replace("’", "")
    text = re.sub(r"[\s_\-–—./]+", " ", text)
    return " ".join(text.split()).strip(" :")


def _table(entries: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {norm(word): target for target, words in entries.items() for word in words}


# Tags that mean the same wherever they appear (the interview heading, a person, the Me section).
_ANYWHERE = {
    "decision_by": (
        "Decision by",
        "decision_by",
        "decision",
        "decide by",
        "deciding by",
        "they decide by",
        "decision date",
        "decision on",
        "hear back by",
        "answer by",
    ),
    "outcome": ("Outcome", "result", "status"),
    "pace": ("Pace", "hiring pace"),
    "culture": ("Culture", "formality", "company culture"),
    "no_follow_up": ("No follow-up", "no_follow_up", "no follow ups", "do not follow up", "dont follow up"),
    "news": ("Company news", "news", "company update"),
    "requested": (
        "Asked me for",
        "requested",
        "asked for",
        "they asked for",
        "they asked me for",
        "to send",
        "send them",
        "to send them",  # what the read-back says of a person
        "materials",
        "request",
        "requests",
        "promised",
        "i said i would send",
        "i said id send",
        "ill send",
    ),
    "highlights": ("Highlight", "highlights", "my highlight", "my highlights", "my experience"),
    "since_interview": ("Since", "since_interview", "since the interview", "my news", "since then"),
}

INTERVIEW = _table(
    {
        "position": ("Position", "job", "job title", "role applied for", "applied for", "role"),
        "company": ("Company", "employer", "company name", "organisation", "organization"),
        "when": ("When", "at", "date and time", "started", "start", "interview"),
        "when_part": ("Date", "time", "day", "start time"),  # `- Date: Nov 24, 2026` then `- Time: 2pm`
        "timezone": ("Timezone", "time zone", "tz", "zone"),
        "duration_minutes": ("Duration", "duration_minutes", "length", "how long", "lasted", "minutes"),
        "format": ("Format", "type", "medium"),
        **_ANYWHERE,
    }
)

PERSON = _table(
    {
        "name": ("Name",),
        "title": ("Title", "job title", "position"),
        "role": ("Role",),
        "email": ("Email", "e-mail", "mail", "email address"),
        "channel": ("Channel", "thank via", "send via", "via"),
        "timezone": ("Timezone", "time zone", "tz", "zone"),
        "primary_contact": ("Primary contact", "point of contact", "main contact", "my contact", "contact person"),
        "greet_as": ("Greet as", "greet_as", "greeting", "salutation", "call them"),
        "topics": (
            "Talked about",
            "topics",
            "topic",
            "discussed",
            "we discussed",
            "we talked about",
            "talked",
            "discussion",
            "asked about",
            "they asked about",
            "conversation",
        ),
        "challenges": (
            "Challenge",
            "challenges",
            "problem",
            "problems",
            "pain point",
            "pain points",
            "issue",
            "issues",
            "struggle",
            "struggles",
            "their problem",
            "their challenge",
        ),
        "rapport": ("In common", "rapport", "common ground", "personal", "small talk", "connection"),
        **_ANYWHERE,
    }
)

ME = _table(
    {
        "name": ("Name", "my name"),
        "email": ("Email", "my email", "e-mail", "email address"),
        **_ANYWHERE,
    }
)

# Section headings (`## Company news`); anything else at that level is a person.
SECTIONS = _table(
    {
        "me": ("Me", "about me", "myself", "candidate", "the candidate", "my side"),
        "news": ("Company news", "news", "about the company", "company"),
        "requested": (
            "Asked me for",
            "they asked for",
            "they asked me for",
            "requested",
            "requests",
            "to send",
            "things to send",
            "materials",
            "promised",
            "i promised",
            "follow up items",
        ),
        "history": ("Sent", "already sent", "history", "messages sent", "follow ups sent", "what i sent", "i sent"),
        "since_interview": ("Since the interview", "since", "since interview", "my news"),
        "highlights": ("My highlights", "highlights"),
        "people": ("Interviewers", "people", "who was there", "panel", "who i met", "the panel"),
        "interview": (
            "Interview",
            "the interview",
            "details",
            "logistics",
            "next steps",
            "timeline",
            "the process",
            "process",
            "interview details",
        ),
    }
)

# Headings people give their own jottings: not a person, and nothing the notes file holds.
NOT_PEOPLE = {
    norm(word)
    for word in (
        "notes",
        "my notes",
        "interview notes",
        "thoughts",
        "my thoughts",
        "impressions",
        "questions",
        "my questions",
        "questions i asked",
        "summary",
        "todo",
        "to do",
        "action items",
        "misc",
        "other",
        "general",
        "overview",
        "takeaways",
        "reflection",
        "feedback",
        "salary",
        "compensation",
        "benefits",
        "the role",
        "about the role",
        "role",
        "the team",
        "team",
        "follow up",
    )
}

# The label the writer uses for each field, and what the docs show.
WRITTEN = {
    "position": "Position",
    "company": "Company",
    "when": "When",
    "timezone": "Timezone",
    "duration_minutes": "Duration",
    "format": "Format",
    "decision_by": "Decision by",
    "outcome": "Outcome",
    "pace": "Pace",
    "culture": "Culture",
    "no_follow_up": "No follow-up",
    "news": "Company news",
    "requested": "Asked me for",
    "highlights": "Highlight",
    "since_interview": "Since",
    "name": "Name",
    "title": "Title",
    "role": "Role",
    "email": "Email",
    "channel": "Channel",
    "primary_contact": "Primary contact",
    "greet_as": "Greet as",
    "topics": "Talked about",
    "challenges": "Challenge",
    "rapport": "In common",
}

LISTS = {"news", "requested", "highlights", "since_interview", "topics", "challenges", "rapport"}

ROLES = {
    "hiring manager": "hiring_manager",
    "hm": "hiring_manager",
    "manager": "hiring_manager",
    "boss": "hiring_manager",
    "future boss": "hiring_manager",
    "future manager": "hiring_manager",
    "line manager": "hiring_manager",
    "recruiter": "recruiter",
    "talent partner": "recruiter",
    "recruiting": "recruiter",
    "talent acquisition": "recruiter",
    "hr": "recruiter",
    "human resources": "recruiter",
    "peer": "peer",
    "teammate": "peer",
    "colleague": "peer",
    "executive": "executive",
    "exec": "executive",
    "ceo": "executive",
    "cto": "executive",
    "cfo": "executive",
    "coo": "executive",
    "vp": "executive",
    "founder": "executive",
    "co founder": "executive",
    "other": "other",
}
FORMATS = {
    "onsite": "onsite",
    "on site": "onsite",
    "in person": "onsite",
    "in office": "onsite",
    "office": "onsite",
    "video": "video",
    "video call": "video",
    "zoom": "video",
    "teams": "video",
    "google meet": "video",
    "meet": "video",
    "remote": "video",
    "phone": "phone",
    "phone call": "phone",
    "phone screen": "phone",
    "call": "phone",
}
CHANNELS = {
    "email": "email",
    "mail": "email",
    "handwritten": "handwritten",
    "handwritten card": "handwritten",
    "handwritten note": "handwritten",
    "card": "handwritten",
    "thank you card": "handwritten",
    "linkedin": "linkedin",
    "linked in": "linkedin",
    "linkedin message": "linkedin",
}
KINDS = {
    "thank you": "thank_you",
    "thanks": "thank_you",
    "thank you note": "thank_you",
    "thank you email": "thank_you",
    "thank you card": "thank_you",
    "status check": "status_check",
    "check in": "status_check",
    "status update": "status_check",
    "follow up": "status_check",
    "status check in": "status_check",
    "feedback request": "feedback_request",
    "request for feedback": "feedback_request",
}
OUTCOMES = {
    "pending": "pending",
    "waiting": "pending",
    "offer": "offer",
    "got an offer": "offer",
    "got the offer": "offer",
    "they made an offer": "offer",
    "rejected": "rejected",
    "rejection": "rejected",
    "they said no": "rejected",
    "got rejected": "rejected",
    "no offer": "rejected",
    "withdrawn": "withdrawn",
    "withdrew": "withdrawn",
    "i withdrew": "withdrawn",
}
YES = {"yes", "y", "true", "on", "x"}

# How formal they were, and how busy, as people say it ("pretty relaxed", "quite formal").
CULTURES = {"formal": "formal", "neutral": "neutral", "casual": "casual", "relaxed": "casual", "informal": "casual"}
PACES = {"normal": "normal", "busy": "busy", "urgent": "urgent"}
_DEGREE = re.compile(r"\b(?:pretty|very|quite|fairly|rather|super|really|somewhat|kind of|a bit|mostly)\b", re.I)
_WHOSE = re.compile(r"^(?:(?:she|he|they)(?:'d| would)? (?:be|is|are) )?(?:my |the |a |an |our )?", re.I)


def level(text: str, table: dict[str, str]) -> str | None:
    """A culture or pace value for 'pretty relaxed', 'very busy'; None when it is neither."""
    return table.get(norm(_DEGREE.sub(" ", text)))


def role(text: str) -> str | None:
    """A role value for 'hiring manager', 'she'd be my boss', 'the recruiter'; None when it is none."""
    return ROLES.get(norm(text)) or ROLES.get(norm(_WHOSE.sub("", text.strip())))


NO = {"no", "n", "false", "off"}
PRIMARY_WORDS = {norm(w) for w in ("primary contact", "point of contact", "main contact", "my contact", "primary")}


def spoken(value: str) -> str:
    """An enum value as the Markdown form writes it: hiring_manager → hiring manager."""
    return {"thank_you": "thank-you"}.get(value, value.replace("_", " "))
