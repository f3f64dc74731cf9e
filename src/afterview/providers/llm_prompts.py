"""What the LLM is asked: the request context from the notes, the data block, the templates per message,
and the shape of its answer. No network and no `openai` import here."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from afterview import limits, prompts
from afterview.draft import Draft, DraftRequest, Finding
from afterview.errors import ProviderBug
from afterview.vocabulary import Channel, Kind, Role

TEMPLATES = {
    (Kind.thank_you, Channel.email): "llm/thank_you_email.j2",
    (Kind.thank_you, Channel.handwritten): "llm/thank_you_handwritten.j2",
    (Kind.thank_you, Channel.linkedin): "llm/thank_you_linkedin.j2",
    (Kind.status_check, Channel.email): "llm/status_check.j2",
    (Kind.status_check, Channel.linkedin): "llm/status_check_linkedin.j2",
    (Kind.feedback_request, Channel.email): "llm/feedback_request.j2",
}
ROLE_WORDS = {
    Role.hiring_manager: "hiring manager",
    Role.recruiter: "recruiter",
    Role.peer: "a future colleague",
    Role.executive: "executive",
    Role.other: "interviewer",
}


class DraftAnswer(BaseModel):
    """What the model returns: the message and which notes items it used."""

    model_config = ConfigDict(extra="forbid")

    subject: str
    body: str
    used_items: list[str]


def _data_json(data: Any) -> str:
    """JSON for a data block: '<' and '>' escaped so no value can close the block or open another."""
    return inline_text(json.dumps(data, indent=2, ensure_ascii=False))


# Invisible format characters (zero-width, bidi overrides, Unicode tag characters) can hide
# instructions a person reviewing the notes never sees; as JSON escapes they are visible and inert.
_INVISIBLE = re.compile(
    r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)


def _escape_invisible(match: re.Match[str]) -> str:
    return json.dumps(match.group())[1:-1]


def inline_text(text: str) -> str:
    text = _INVISIBLE.sub(_escape_invisible, text)
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def prompt_context(request: DraftRequest) -> dict[str, Any]:
    """The variables of `prompts/llm/*.j2`: instructions from trusted values, notes text only in `data`."""
    from afterview.timing import likely_send_day, long_date, when_phrase

    notes, planned, style = request.notes, request.planned, request.style
    person = planned.to
    zone = notes.zone_of(person)
    interview_day = notes.interview.start.astimezone(zone).date()
    kind, channel = planned.kind, planned.channel
    words = limits.word_range(kind, channel) or (0, 0)
    data: dict[str, Any] = {
        "candidate": {
            "name": notes.candidate.name,
            "highlights": style.arrange(notes.candidate.highlights),
            "since_interview": style.arrange(notes.candidate.since_interview),
        },
        "position": notes.position,
        "company": {"name": notes.company.name, "news": style.arrange(notes.company.news)},
        "recipient": {
            "name": person.name,
            "first_name": person.first_name,
            "title": person.title,
            "topics": style.arrange(person.topics),
            "challenges": style.arrange(person.challenges),
            "rapport": style.arrange(person.rapport),
        },
        "requested": style.arrange(notes.requested),
    }
    if style.mention:
        data["must_mention"] = list(style.mention)
    decision_by = notes.interview.decision_by
    return {
        "kind": kind.value,
        "channel": channel.value,
        "tone": request.tone,
        "length": style.length,
        "word_min": words[0],
        "word_max": words[1],
        "subject_max": limits.SUBJECT_MAX_CHARS,
        "linkedin_max": limits.LINKEDIN_MAX_CHARS,
        "role_words": ROLE_WORDS[person.role],
        "when": when_phrase(interview_day, likely_send_day(planned.send, request.now, zone)),
        "interview_day": long_date(interview_day),
        "decision_by": long_date(decision_by) if decision_by else None,
        "overdue": planned.send.state == "overdue",
        "final": bool(planned.send.final),
        "has_rapport": bool(person.rapport),
        "has_highlights": bool(notes.candidate.highlights),
        "must_mention": bool(style.mention),
        "data": _data_json(data),
    }


def template_for(request: DraftRequest) -> str:
    try:
        return TEMPLATES[(request.planned.kind, request.planned.channel)]
    except KeyError:
        raise ProviderBug(
            f"no LLM prompt for a {request.planned.kind.value} by {request.planned.channel.value}"
        ) from None


def first_messages(request: DraftRequest) -> list[dict[str, str]]:
    """The system and user messages of a first draft."""
    system, _ = prompts.render("llm/system.j2", {})
    user, _ = prompts.render(template_for(request), prompt_context(request))
    return [{"role": "system", "content": system.strip()}, {"role": "user", "content": user.strip()}]


def answer_json(draft: Draft, used_items: Sequence[str]) -> str:
    return json.dumps(
        {"subject": draft.subject or "", "body": draft.body, "used_items": list(used_items)}, ensure_ascii=False
    )


def findings_json(findings: Sequence[Finding]) -> str:
    shown = [
        {
            k: v
            for k, v in (("check", f.check), ("code", f.code), ("message", f.message), ("suggestion", f.suggestion))
            if v
        }
        for f in findings
        if f.severity in ("error", "warning")
    ]
    return _data_json(shown)
