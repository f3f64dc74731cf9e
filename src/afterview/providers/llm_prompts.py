"""What the LLM is asked: the request context from the notes, the data block, the templates per message,
and the shape of its answer. No network and no `openai` import here."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import TypeAlias

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


# A value the data block carries: what json.dumps writes (read-only views, so list[str] is one).
JSONValue: TypeAlias = "str | int | float | bool | Sequence[JSONValue] | Mapping[str, JSONValue] | None"
# The answer's JSON schema: objects of strings, numbers and flags (the SDK takes it as a dict).
Schema: TypeAlias = dict[str, object]


class DraftAnswer(BaseModel):
    """What the model returns: the message (the subject only for a composed email).

    Fields a server adds beyond the schema (an older prompt's `used_items`) are ignored."""

    model_config = ConfigDict(extra="ignore")

    subject: str = ""
    body: str


DEFAULT_STRATEGY = "rewrite"

# Upper bounds of the answer's fields: loose enough that a draft the length check accepts always
# fits, tight enough that a small model cannot loop until it is cut off. Measured on English
# drafts: ~6 characters per word, ~4 characters per token (names and accents cost more).
CHARS_PER_WORD = 8
SUBJECT_MAX_ANSWER = 90  # over 60 is fixed mechanically (the template's subject), not re-asked
LINKEDIN_MAX_ANSWER = 420  # over 300 is trimmed by whole sentences, then re-checked
CHARS_PER_TOKEN = 3
ANSWER_OVERHEAD_TOKENS = 40  # the JSON's keys, quotes and escapes


def asks_subject(request: DraftRequest, strategy: str) -> bool:
    """Only a composed email asks the model for a subject; a rewrite keeps the template's."""
    return strategy == "compose" and request.planned.channel is Channel.email


def body_max_chars(request: DraftRequest) -> int:
    planned = request.planned
    if planned.channel is Channel.linkedin:
        return LINKEDIN_MAX_ANSWER
    words = limits.word_range(planned.kind, planned.channel)
    return (words[1] if words else 200) * CHARS_PER_WORD


def answer_schema(request: DraftRequest, strategy: str) -> Schema:
    """The JSON schema of the answer: every field bounded, so the answer closes."""
    properties: dict[str, Schema] = {}
    if asks_subject(request, strategy):
        properties["subject"] = {"type": "string", "maxLength": SUBJECT_MAX_ANSWER}
    properties["body"] = {"type": "string", "maxLength": body_max_chars(request)}
    return {"type": "object", "properties": properties, "required": list(properties), "additionalProperties": False}


def max_tokens_for(request: DraftRequest, strategy: str, configured: int) -> int:
    """The completion budget of one answer from the kind's word limit, never above `configured`."""
    chars = body_max_chars(request) + (SUBJECT_MAX_ANSWER if asks_subject(request, strategy) else 0)
    return min(configured, chars // CHARS_PER_TOKEN + ANSWER_OVERHEAD_TOKENS)


def _data_json(data: JSONValue) -> str:
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


_STOP = frozenset(
    "a an and the of for to in on at by with from our their your my his her its this that these those "
    "team teams work working how what when about into over under more less new".split()
)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in _STOP}


def related_first(highlights: Sequence[str], topics: Sequence[str]) -> list[str]:
    """The candidate's highlights, the one that shares most words with this person's topics first."""
    wanted = set().union(*(_stems(t) for t in topics)) if topics else set()
    ranked = sorted(enumerate(highlights), key=lambda pair: (-len(_stems(pair[1]) & wanted), pair[0]))
    return [h for _, h in ranked]


def greeting_and_sign_off(request: DraftRequest) -> tuple[str, str]:
    """The exact first and last lines, so a small model has nothing to work out (names stay data)."""
    from afterview import salutation

    return salutation.greeting_and_sign_off(request.notes, request.planned.to, request.tone, request.planned.channel)


def facts_for(request: DraftRequest) -> dict[str, JSONValue]:
    """The few facts this message needs, the ones about this recipient first; notes text only."""
    notes, planned, style = request.notes, request.planned, request.style
    person = planned.to
    topics = style.arrange(person.topics)
    challenges = style.arrange(person.challenges)
    greeting, sign_off = greeting_and_sign_off(request)
    facts: dict[str, JSONValue] = {
        "recipient": {"name": person.name, "title": person.title},
        "their_topics": topics,
        "their_challenges": challenges,
    }
    if planned.kind is Kind.thank_you and person.rapport:
        facts["rapport"] = style.arrange(person.rapport)
    facts["your_experience"] = related_first(style.arrange(notes.candidate.highlights), topics + challenges)
    if planned.kind is Kind.status_check:
        facts["since_interview"] = style.arrange(notes.candidate.since_interview)
        facts["company_news"] = style.arrange(notes.company.news)
        facts["requested"] = style.arrange(notes.requested)
    if style.mention:
        facts["must_mention"] = list(style.mention)
    facts |= {
        "position": notes.position,
        "company": notes.company.name,
        "candidate": notes.candidate.name,
        "greeting": greeting,
        "sign_off": sign_off,
    }
    return {k: v for k, v in facts.items() if v not in ([], None, "")}


def prompt_context(request: DraftRequest, template_draft: Draft | None = None) -> dict[str, object]:
    """The variables of `prompts/llm/*.j2`: instructions from trusted values, notes text only in `data`.

    `template_draft`: the template writer's draft of this message, for the rewrite strategy."""
    from afterview.timing import long_date, when_phrase

    notes, planned, style = request.notes, request.planned, request.style
    person = planned.to
    zone = notes.zone_of(person)
    interview_day = notes.interview.start.astimezone(zone).date()
    kind, channel = planned.kind, planned.channel
    words = limits.word_range(kind, channel) or (0, 0)
    data: dict[str, JSONValue] = facts_for(request)
    if template_draft is not None:  # a rewrite adds nothing: the draft is all the model needs
        data = {"draft": template_draft.body.strip()}
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
        "when": when_phrase(interview_day, request.send_day),
        "interview_day": long_date(interview_day),
        "decision_by": long_date(decision_by) if decision_by else None,
        "overdue": planned.send.state == "overdue",
        "final": bool(planned.send.final),
        "has_rapport": bool(person.rapport) and kind is Kind.thank_you,
        "has_topics": bool(person.topics),
        "has_challenges": bool(person.challenges),
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


REWRITE_TEMPLATE = "llm/rewrite.j2"


def first_messages(
    request: DraftRequest, strategy: str = DEFAULT_STRATEGY, template_draft: Draft | None = None
) -> list[dict[str, str]]:
    """The system and user messages of a first draft: composed from the facts, or a rewrite of
    the template writer's draft (made here when not given)."""
    if strategy == "rewrite":
        if template_draft is None:
            template_draft = template_writer_draft(request)
        system, _ = prompts.render("llm/system_rewrite.j2", {})
        user, _ = prompts.render(REWRITE_TEMPLATE, prompt_context(request, template_draft))
        return [
            {"role": "system", "content": system.strip()},
            *rewrite_example(),
            {"role": "user", "content": user.strip()},
        ]
    else:
        system, _ = prompts.render("llm/system.j2", {})
        user, _ = prompts.render(template_for(request), prompt_context(request))
    return [{"role": "system", "content": system.strip()}, {"role": "user", "content": user.strip()}]


REWRITE_EXAMPLE = "llm/rewrite_example.j2"


def rewrite_example() -> list[dict[str, str]]:
    """The worked example of a rewrite, as an earlier user turn and the model's answer to it: a small
    model told only to reword copies the draft word for word (20 of 27 drafts); shown one rewording,
    it rewords. Fixed text: no notes in it."""
    _, example = prompts.render(REWRITE_EXAMPLE, {})
    draft = example["draft"].strip()
    words = limits.word_range(Kind.thank_you, Channel.email) or (0, 0)
    context = {
        "kind": Kind.thank_you.value,
        "channel": Channel.email.value,
        "tone": "warm",
        "word_min": words[0],
        "word_max": words[1],
        "linkedin_max": limits.LINKEDIN_MAX_CHARS,
        "data": _data_json({"draft": draft}),
    }
    user, _ = prompts.render(REWRITE_TEMPLATE, context)
    answer = json.dumps({"body": example["reworded"].strip()}, ensure_ascii=False)
    return [{"role": "user", "content": user.strip()}, {"role": "assistant", "content": answer}]


def template_writer_draft(request: DraftRequest) -> Draft:
    from afterview.writer.template_writer import TemplateWriter

    return TemplateWriter().write(request)


def answer_json(draft: Draft) -> str:
    """A draft as the model's answer, subject and body."""
    return json.dumps({"subject": draft.subject or "", "body": draft.body.strip()}, ensure_ascii=False)


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


# What to do about a finding whose check gives no suggestion of its own, per check.
_FIX_BY_CHECK = {
    "length": "Make the message fit the length by removing or adding whole sentences, using only the given facts.",
    "personalization": "Add one sentence about the first of their_topics or their_challenges, as the facts say it.",
    "facts": "Remove these words, or write them exactly as the facts give them.",
    "tone": "Say it more calmly and plainly, or remove it.",
    "negativity": "Remove it, or say it positively.",
    "similarity": "Say the same facts in other words than the other notes.",
    "placeholders": "Replace it with the real words from the facts, or remove it.",
}
REPAIR_FINDINGS_MAX = 6


def repair_findings_json(draft: Draft, findings: Sequence[Finding]) -> str:
    """Each finding the repair round should act on: the exact words, the problem and the fix,
    errors first (at most six, so a small model is not swamped)."""
    shown = sorted((f for f in findings if f.severity in ("error", "warning")), key=lambda f: f.severity != "error")[
        :REPAIR_FINDINGS_MAX
    ]
    items = []
    for f in shown:
        if f.span is not None:
            text = draft.body[f.span[0] : f.span[1]]
        elif f.check in ("length", "placeholders") and "subject" in (f.code + f.message).lower():
            text = draft.subject or ""
        else:
            text = ""
        item = {"text": text, "problem": f.message, "fix": f.suggestion or _FIX_BY_CHECK.get(f.check, "")}
        items.append({k: v for k, v in item.items() if v})
    return _data_json(items)
