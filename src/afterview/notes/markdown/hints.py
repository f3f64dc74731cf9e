"""The model's complaints about a Markdown notes file, said in Markdown terms: what to write, and where."""

from __future__ import annotations

import dataclasses
import re

from afterview.errors import Problem

_PERSON = "'## Dana Lee — Engineering Manager (hiring manager)'"
_TITLE = "write the first heading as '# <position> at <company>', e.g. '# Senior Backend Engineer at Acme'"

HINTS = {
    "candidate": "add '## Me: Your Name' (your highlights go under it)",
    "candidate.name": "write your name in the heading: '## Me: Your Name'",
    "candidate.email": "write e.g. '- Email: you@example.com' under '## Me'",
    "position": _TITLE,
    "company": _TITLE,
    "company.name": _TITLE,
    "company.pace": "write e.g. '- Pace: busy' (normal, busy or urgent)",
    "company.culture": "write e.g. '- Culture: formal' (formal, neutral or casual)",
    "interview": "add '- When: 2026-11-24 14:00 America/New_York' under the first heading",
    "interview.at": "write e.g. '- When: 2026-11-24 14:00 America/New_York' under the first heading",
    "interview.timezone": "add it to the When line, e.g. '- When: 2026-11-24 14:00 America/New_York'",
    "interview.duration_minutes": "write e.g. '- Duration: 45 minutes'",
    "interview.format": "write e.g. '- Format: video' (onsite, video or phone)",
    "interview.decision_by": "write e.g. '- Decision by: 2026-12-04'",
    "interview.outcome": "write e.g. '- Outcome: rejected' (pending, offer, rejected or withdrawn)",
    "interviewers": f"add a heading for each person you met, e.g. {_PERSON}",
    "interviewers.name": f"each person's heading is their name, e.g. {_PERSON}",
    "interviewers.role": "write e.g. '(hiring manager)' at the end of their heading",
    "interviewers.channel": "write e.g. '- Channel: handwritten' (email, handwritten or linkedin)",
    "interviewers.email": "write e.g. '- Email: dana@acme.example'",
    "interviewers.timezone": "write e.g. '- Timezone: Europe/London'",
    "interviewers.primary_contact": "write '- Primary contact' under one person only",
    "history.kind": "start the line with thank-you, status check or feedback request",
    "history.to": "write the name as in their heading",
    "history.at": "write e.g. 'thank-you to Dana Lee on 2026-11-24 18:30'",
}

_SPOKEN = {"hiring_manager": "hiring manager", "thank_you": "thank-you", "status_check": "status check"}
_SPOKEN["feedback_request"] = "feedback request"


def for_markdown(problem: Problem) -> Problem:
    """`problem` with enum values as Markdown writes them and a hint on what to write."""
    general = re.sub(r"\[\d+\]", "", problem.field)
    message = problem.message
    for value, words in _SPOKEN.items():
        message = message.replace(value, words)
    if general == "interviewers.greet_as" and message.startswith("unknown key"):
        message = "'Greet as' is not supported by this version of afterview; leave the line out"
    else:
        hint = HINTS.get(general)
        if hint and "; write" not in message and not message.startswith("unknown key"):
            message = f"{message}; {hint}"
    return dataclasses.replace(problem, message=message)
