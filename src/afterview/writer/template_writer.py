"""The offline writer: deterministic drafts from the templates in `prompts/fallback/`.

Everything variable comes from the notes, the plan and `now`; the same inputs give the
same bytes. Structure and phrasing vary with the recipient's place among the
interviewers, so notes to colleagues at one company do not read as copies.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from afterview import limits, prompts
from afterview.draft import Draft, DraftRequest
from afterview.limits import word_count
from afterview.notes.injection import without_instructions
from afterview.notes.names import salutation
from afterview.timing import long_date
from afterview.vocabulary import Channel, Culture, Kind, Role
from afterview.writer.phrasing import (
    as_highlight,
    as_topic,
    clean,
    meeting_noun,
    pick,
    shared_activity,
    starts_with_past_verb,
    when_phrase,
)

VARIANTS = 3
MAX_PADDING = 2
LINKEDIN_LEVELS = 4


class TemplateWriter:
    """The `template` provider: no network, no key, always available."""

    name = "template"
    varies = True  # Style.variant gives other structures and phrasings of the same facts

    def write(self, request: DraftRequest) -> Draft:
        request = _without_instructions(request)
        planned = request.planned
        context = _context(request)
        if planned.channel is Channel.linkedin:
            body = _fit_linkedin(context)
            subject = None
        else:
            template = _TEMPLATES[(planned.kind, planned.channel)]
            body, exported = _render_within_range(template, context, planned.kind, planned.channel)
            also = _not_yet_mentioned(request, body)
            if also:  # an item asked for joins the note; it never takes the place of one already there
                body, exported = _render_within_range(
                    template, {**context, "also": also}, planned.kind, planned.channel
                )
            subject = _subject(exported) if planned.channel is Channel.email else None
        return Draft(
            kind=planned.kind,
            to=planned.to.name,
            channel=planned.channel,
            subject=subject,
            body=body,
            provider=self.name,
            tone=request.tone,
            prompt_version=prompts.prompt_version(),
        )


_TEMPLATES = {
    (Kind.thank_you, Channel.email): "fallback/thank_you_email.j2",
    (Kind.thank_you, Channel.handwritten): "fallback/thank_you_handwritten.j2",
    (Kind.status_check, Channel.email): "fallback/status_check.j2",
    (Kind.feedback_request, Channel.email): "fallback/feedback_request.j2",
}


def send_day(request: DraftRequest) -> date:
    """The local date the note will most likely go out: now if it is already due, else as planned."""
    send = request.planned.send
    zone = request.notes.zone_of(request.planned.to)
    now = request.now.astimezone(zone)
    moment = now if send.state in ("due", "overdue", "late") and now > send.recommended_at else send.recommended_at
    return moment.astimezone(zone).date()


def _context(request: DraftRequest) -> dict[str, Any]:
    notes, person, tone, style = request.notes, request.planned.to, request.tone, request.style
    index = request.index
    zone = notes.zone_of(person)
    interview_day = notes.interview.start.astimezone(zone).date()
    # The recipient's own items keep their places; one asked for that has no place of its own
    # is added by an "also" sentence (`_not_yet_mentioned`), never swapped in for another.
    topics = style.keep(person.topics)
    challenges = style.keep(person.challenges)
    highlights = style.keep(notes.candidate.highlights)
    highlight = pick(highlights, index, as_highlight)
    mentioned_highlight = highlight is not None and any(as_highlight(h) == highlight for h in style.mention)
    rapport = pick(style.keep(person.rapport), 0)
    since = pick(style.arrange(notes.candidate.since_interview), 0)
    news = pick(style.arrange(notes.company.news), 0)
    requested = [clean(r) for r in style.arrange(notes.requested)]
    shorter, longer = style.length < 0, style.length > 0
    variant = (index + style.variant) % VARIANTS if request.planned.kind is Kind.thank_you else 0
    return {
        "tone": tone,
        "variant": variant,
        "index": index + style.variant,
        "v": phrasings(variant, (index + style.variant) // VARIANTS),
        "hi": notes.company.culture is Culture.casual and tone != "formal",
        "greeting_name": salutation(person.name, formal=tone == "formal"),
        "first_name": person.greeting_name,
        "candidate": notes.candidate.name,
        "candidate_first": notes.candidate.name.split()[0],
        "position": clean(notes.position),
        "company": notes.company.name,
        "when": when_phrase(interview_day, send_day(request)),
        "meeting": meeting_noun(notes.interview.format),
        "interview_day": long_date(interview_day),
        "decision_by": long_date(notes.interview.decision_by) if notes.interview.decision_by else None,
        "final": request.planned.send.final,
        "topic": pick(topics, 0, as_topic),
        "topic2": pick(topics, 1, as_topic) if len(topics) > 1 and not shorter else None,
        "challenge": pick(challenges, 0),
        "rapport": rapport if (not shorter or rapport in style.mention) else None,
        "rapport_shared": bool(rapport and shared_activity(rapport)),
        "rapport_any_tone": longer or rapport in style.mention,
        "tie_topic": bool(topics) and person.role is not Role.recruiter and style.length > -2,
        "highlight": highlight if style.length > -2 or mentioned_highlight else None,
        "highlight_verb": bool(highlight and starts_with_past_verb(highlight)),
        "also_heard": _heard_from_others(request),
        "since": since,
        "since_verb": bool(since and starts_with_past_verb(since)),
        "news": news if not shorter or news in style.mention else None,
        "news_verb": bool(news and starts_with_past_verb(news)),
        "requested": _join(requested) if requested else None,
        "padding": max(0, style.length),
        "level": 0,
        "also": [],
    }


def _not_yet_mentioned(request: DraftRequest, body: str) -> list[dict[str, Any]]:
    """Items of the recipient's own (topics, challenges, common ground) and the candidate's highlights
    that the user asked to mention and the note does not say yet, in the order asked."""
    if request.planned.kind is not Kind.thank_you:
        return []
    person, notes = request.planned.to, request.notes
    kinds = {
        **{h: "highlight" for h in notes.candidate.highlights},
        **{r: "rapport" for r in person.rapport},
        **{c: "challenge" for c in person.challenges},
        **{t: "topic" for t in person.topics},
    }
    out: list[dict[str, Any]] = []
    for item in request.style.mention:
        kind = kinds.get(item)
        text = as_highlight(item) if kind == "highlight" else as_topic(item) if kind == "topic" else clean(item)
        if kind is None or text in body or clean(item) in body:
            continue
        verb = starts_with_past_verb(text) if kind == "highlight" else shared_activity(text)
        out.append({"kind": kind, "text": text, "verb": verb})
    return out


SLOTS = ("subject", "open", "topic", "challenge", "tie", "close", "pad", "sign", "rapport")


def phrasings(variant: int, round_: int) -> dict[str, int]:
    """Which of three phrasings each slot of a note uses.

    The first three recipients at a company get structures 0, 1, 2 with matching phrasings;
    from the fourth on (`round_` > 0) every slot is rotated by a different step, so the fourth
    note shares its structure with the first but almost none of its sentences.
    """
    return {slot: (variant + round_ * (1 + n % 2)) % VARIANTS for n, slot in enumerate(SLOTS)}


def _heard_from_others(request: DraftRequest) -> list[dict[str, str]]:
    """Items the user asked to mention that came up with someone else: credited to that person."""
    out = []
    for other in request.notes.interviewers:
        if other.name == request.planned.to.name:
            continue
        for item in (*other.topics, *other.challenges):
            if item in request.style.mention:
                out.append({"name": other.greeting_name, "item": clean(item)})
    return out


def _render_within_range(
    template: str, context: dict[str, Any], kind: Kind, channel: Channel
) -> tuple[str, dict[str, str]]:
    """Add the padding paragraphs only when sparse notes leave a note below the minimum."""
    low = (limits.word_range(kind, channel) or (0, 0))[0]
    for padding in range(context["padding"], MAX_PADDING + 1):
        text, exported = prompts.render(template, {**context, "padding": padding})
        body = tidy(text)
        if word_count(body) >= low:
            break
    return body, exported


def _fit_linkedin(context: dict[str, Any]) -> str:
    body = ""
    for level in range(LINKEDIN_LEVELS):
        body = tidy(prompts.render("fallback/thank_you_linkedin.j2", {**context, "level": level})[0])
        if len(body.strip()) <= limits.LINKEDIN_MAX_CHARS:
            return body
    return body[: limits.LINKEDIN_MAX_CHARS - 1].rstrip() + "\n"


def _subject(exported: dict[str, str]) -> str:
    subject = " ".join(exported["subject"].split())
    if len(subject) <= limits.SUBJECT_MAX_CHARS:
        return subject
    return " ".join(exported["short_subject"].split())


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")


def tidy(text: str) -> str:
    """One line per paragraph, single spaces; the last paragraph (the sign-off) keeps its lines."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out = []
    for number, paragraph in enumerate(paragraphs):
        if number == len(paragraphs) - 1:
            out.append("\n".join(line.strip() for line in paragraph.splitlines() if line.strip()))
        else:
            out.append(_SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(paragraph.split())))
    return "\n\n".join(out) + "\n"


def _without_instructions(request: DraftRequest) -> DraftRequest:
    """Notes items that read as instructions are never quoted (the checks say they were left out)."""
    notes = without_instructions(request.notes)
    if notes is request.notes:
        return request
    to = next(p for p in notes.interviewers if p.name == request.planned.to.name)
    return replace(request, notes=notes, planned=replace(request.planned, to=to))
