"""What a template sees: the notes, the plan and `now` turned into context values (items adapted,
ties chosen, dates written, phrasing slots seeded). The same inputs give the same values."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Any

from afterview import salutation
from afterview.draft import DraftRequest
from afterview.notes.model import Notes
from afterview.planning import sent_at
from afterview.style import Style
from afterview.timing import likely_send_day, long_date, when_phrase
from afterview.vocabulary import Kind, Role
from afterview.writer import adapt
from afterview.writer.adapt import usable_items
from afterview.writer.items import join, news_shape, rapport_shape, since_shape, the, tie_clause
from afterview.writer.phrasing import clean, meeting_noun, pick

VARIANTS = 3


def send_day(request: DraftRequest) -> date:
    """The local date the note will most likely go out: now if it is already due, else as planned."""
    return likely_send_day(request.planned.send, request.now, request.notes.zone_of(request.planned.to))


def build_context(request: DraftRequest) -> dict[str, Any]:
    notes, person, tone, style = request.notes, request.planned.to, request.tone, request.style
    index = request.index
    zone = notes.zone_of(person)
    interview_day = notes.interview.start.astimezone(zone).date()
    day = send_day(request)
    # The recipient's own items keep their places; one asked for that has no place of its own
    # is added by an "also" sentence (`not_yet_mentioned`), never swapped in for another.
    topics = usable_items(style.keep(person.topics))
    challenges = usable_items(style.keep(person.challenges))
    highlights = usable_items(style.keep(notes.candidate.highlights))
    shorter, longer = style.length < 0, style.length > 0
    topic = pick(topics, 0, adapt.topic)
    challenge = pick(challenges, 0, adapt.topic)
    # A highlight is tied to what they discussed only when the two relate; else it stands alone.
    # One asked for joins through an "also" sentence rather than displacing the related one.
    mentioned = [h for h in highlights if h in style.mention]
    on_challenge = adapt.pick_related(highlights, *challenges[:1])
    related = on_challenge or adapt.pick_related(highlights, *topics[:2])
    tied = related or (mentioned[0] if mentioned else None)
    tie_to = "challenge" if challenges and (on_challenge or (mentioned and not related)) else "topic"
    value = tied or pick(highlights, index, lambda h: h)
    rapport = pick(usable_items(style.keep(person.rapport)), 0)
    since = pick(usable_items(style.arrange(notes.candidate.since_interview)), 0)
    news = pick(usable_items(style.arrange(notes.company.news)), 0)
    owed = [clean(r) for r in usable_items(style.arrange(outstanding(notes)))]
    kind = request.planned.kind
    seed = _seed(notes, request.planned.kind)
    variant = (seed + index + style.variant) % VARIANTS if kind is Kind.thank_you else (seed + style.variant) % 2
    decision = notes.interview.decision_by
    checks = sorted(sent_at(notes, h) for h in notes.history if h.kind is Kind.status_check)
    return {
        "tone": tone,
        "role": person.role.value,
        "variant": variant,
        "index": index + style.variant,
        "v": slots(seed, index + style.variant),
        "hi": salutation.says_hi(notes, tone, request.planned.channel),
        "greeting_name": salutation.greeting_name(person),
        "sign_off": salutation.sign_off(
            notes, tone, request.planned.channel, slots(seed, index + style.variant)["sign"]
        ),
        "candidate": notes.candidate.name,
        "candidate_first": notes.candidate.name.split()[0],
        "position": clean(notes.position),
        "company": notes.company.name.rstrip("."),  # "Trans Kft." mid-sentence would read as a full stop
        "when": when_phrase(interview_day, day),
        "meeting": meeting_noun(notes.interview.format),
        "interview_day": long_date(interview_day),
        "decision_by": long_date(decision) if decision else None,
        "decision_passed": bool(decision and day > decision),
        "pace": notes.company.pace.value,
        "final": request.planned.send.final,
        "earlier_check": long_date(checks[0].astimezone(zone).date()) if checks else None,
        "hour_note": _hour_note(notes.interview.start.astimezone(zone).hour),
        "topic": topic,
        "topic2": pick(topics, 1, adapt.topic) if len(topics) > 1 else None,
        "challenge": challenge,
        "tie_to": tie_to if tied else None,
        "tie_past": tie_clause(tied) if tied and style.length > -2 else None,
        "tie_noun": adapt.experience_noun(tied) if tied and style.length > -2 else None,
        "value_noun": adapt.experience_noun(value) if value and not tied and style.length > -2 else None,
        "rapport": rapport_shape(rapport) if rapport else None,
        "rapport_any_tone": longer or rapport in style.mention or person.role is Role.peer,
        "also_heard": heard_from_others(request),
        "since": since_shape(since) if since and any(since_shape(since).values()) else None,
        "news": news_shape(news, notes.company.name) if news else None,
        # What a shorter version leaves out (never what the user asked to mention), then what it may.
        "drop_first": (*_unmentioned(style, ("rapport", rapport), ("topic2", topics[1:2]), ("news", news)), "hour_note")
        if shorter
        else (),
        "droppable": _unmentioned(style, ("value_noun", value), ("tie_to", tied)) if shorter else (),
        "requested": the(join(owed)) if owed else None,
        "requested_plural": len(owed) > 1 or bool(owed and re.search(r"[^s]s$", owed[0])),
        "resend": the(join(sent)) if (sent := [clean(r) for r in usable_items(already_sent(notes))]) else None,
        "resend_plural": len(sent) > 1 or bool(sent and re.search(r"[^s]s$", sent[0])),
        "padding": max(0, style.length),
        "level": 0,
        "also": [],
    }


def _unmentioned(style: Style, *pairs: tuple[str, Any]) -> tuple[str, ...]:
    """Context keys whose notes item the user did not ask to mention."""
    out = []
    for key, item in pairs:
        items = item if isinstance(item, list) else [item]
        if not any(i in style.mention for i in items if i):
            out.append(key)
    return tuple(out)


def already_sent(notes: Notes) -> list[str]:
    """Requested items a history entry records as sent (`included`)."""
    owed = set(outstanding(notes))
    return [r for r in notes.requested if r not in owed]


def outstanding(notes: Notes) -> list[str]:
    """Requested items not yet recorded as sent (`included` on a history entry)."""
    sent = {" ".join(i.casefold().split()) for h in notes.history for i in h.included}
    return [r for r in notes.requested if " ".join(r.casefold().split()) not in sent]


def _seed(notes: Notes, kind: Kind) -> int:
    """A number from the notes' content: two notes files start from different phrasings."""
    text = "|".join(
        [notes.company.name, notes.position, notes.candidate.name, kind.value]
        + [i.name + ":" + ";".join(i.topics) for i in notes.interviewers]
    )
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big")


def _hour_note(hour: int) -> str | None:
    """An interview early or late in the recipient's own day is worth a word of thanks."""
    if hour < 8:
        return "early in your morning"
    if hour >= 18:
        return "late in your day"
    return None


SLOTS = ("subject", "open", "topic", "challenge", "tie", "value", "close", "pad", "sign", "rapport", "ask", "news")


def slots(seed: int, index: int) -> dict[str, int]:
    """Which phrasing each slot uses: seeded by the notes, stepped by the recipient's place, so
    neighbours in one run get different sentences and two notes files different ones again."""
    out = {}
    for slot in SLOTS:
        base = int.from_bytes(hashlib.sha256(f"{seed}:{slot}".encode()).digest()[:2], "big")
        out[slot] = base + index
    return out


def phrasings(variant: int, round_: int) -> dict[str, int]:
    """Kept for callers that pick phrasings by position alone."""
    return {slot: (variant + round_ * (1 + n % 2)) % VARIANTS for n, slot in enumerate(SLOTS)}


def heard_from_others(request: DraftRequest) -> list[dict[str, str]]:
    """Items the user asked to mention that came up with someone else: credited to that person."""
    out = []
    for other in request.notes.interviewers:
        if other.name == request.planned.to.name:
            continue
        for item in (*other.topics, *other.challenges):
            if item in request.style.mention:
                out.append({"name": other.greeting_name, "item": adapt.topic(item, to_owner=False)})
    return out
