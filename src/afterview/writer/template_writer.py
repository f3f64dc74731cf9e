"""The offline writer: deterministic drafts from the templates in `prompts/fallback/`.

Everything variable comes from the notes, the plan and `now`; the same inputs give the
same bytes. Structure and phrasing vary with the recipient's place among the
interviewers, so notes to colleagues at one company do not read as copies.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Any

from afterview import limits, prompts
from afterview.draft import Draft, DraftRequest
from afterview.limits import word_count
from afterview.notes.model import Notes
from afterview.notes.names import register_greeting
from afterview.planning import sent_at
from afterview.style import Style
from afterview.timing import likely_send_day, long_date, when_phrase
from afterview.vocabulary import Channel, Culture, Kind, Role
from afterview.writer import adapt
from afterview.writer.adapt import usable_items
from afterview.writer.phrasing import (
    as_highlight,
    as_topic,
    clean,
    meeting_noun,
    pick,
    shared_activity,
    starts_with_past_verb,
)
from afterview.writer.shapes import lemmas

VARIANTS = 3
MAX_PADDING = 6
LINKEDIN_LEVELS = 4


class TemplateWriter:
    """The `template` provider: no network, no key, always available."""

    name = "template"
    varies = True  # Style.variant gives other structures and phrasings of the same facts

    def write(self, request: DraftRequest) -> Draft:
        planned = request.planned
        context = _context(request)
        if planned.channel is Channel.linkedin:
            body = _fit_linkedin(context, _LINKEDIN[planned.kind])
            subject = None
        else:
            template = _TEMPLATES[(planned.kind, planned.channel)]
            body, exported = _render_within_range(template, context, planned.kind, planned.channel)
            also = _not_yet_mentioned(request, body)
            if also:  # an item asked for joins the note; it never takes the place of one already there
                body, exported = _render_within_range(
                    template, {**context, "also": also}, planned.kind, planned.channel
                )
            if planned.kind is Kind.thank_you:
                body = _with_thanks(body)
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
    return likely_send_day(request.planned.send, request.now, request.notes.zone_of(request.planned.to))


def _context(request: DraftRequest) -> dict[str, Any]:
    notes, person, tone, style = request.notes, request.planned.to, request.tone, request.style
    index = request.index
    zone = notes.zone_of(person)
    interview_day = notes.interview.start.astimezone(zone).date()
    day = send_day(request)
    # The recipient's own items keep their places; one asked for that has no place of its own
    # is added by an "also" sentence (`_not_yet_mentioned`), never swapped in for another.
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
        "hi": notes.company.culture is Culture.casual and tone != "formal",
        "greeting_name": register_greeting(person, notes.company.culture, tone),
        "first_name": register_greeting(person, notes.company.culture, tone),
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
        "tie_past": _tie_clause(tied) if tied and style.length > -2 else None,
        "tie_noun": adapt.experience_noun(tied) if tied and style.length > -2 else None,
        "value_noun": adapt.experience_noun(value) if value and not tied and style.length > -2 else None,
        "rapport": _rapport(rapport) if rapport else None,
        "rapport_any_tone": longer or rapport in style.mention or person.role is Role.peer,
        "also_heard": _heard_from_others(request),
        "since": _since(since) if since and any(_since(since).values()) else None,
        "news": _news(news, notes.company.name) if news else None,
        # What a shorter version leaves out (never what the user asked to mention), then what it may.
        "drop_first": (*_unmentioned(style, ("rapport", rapport), ("topic2", topics[1:2]), ("news", news)), "hour_note")
        if shorter
        else (),
        "droppable": _unmentioned(style, ("value_noun", value), ("tie_to", tied)) if shorter else (),
        "requested": _the(_join(owed)) if owed else None,
        "requested_plural": len(owed) > 1 or bool(owed and re.search(r"[^s]s$", owed[0])),
        "resend": _the(_join(sent)) if (sent := [clean(r) for r in usable_items(already_sent(notes))]) else None,
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


def _tie_clause(item: str) -> str | None:
    """A highlight as a clause after "since"/"as": 'I led …', or the item itself when it has its own subject."""
    clause = adapt.highlight_clause(item)
    if clause:
        return clause
    return adapt.lower_first(clean(item)) if adapt.classify(item) == "clause" else None


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


_DETERMINER_START = re.compile(r"^(?:the|a|an|my|our|their|your|\d|one|two|three|four|five|ten)\b", re.I)


def _my(noun: str) -> str:
    """'ten years of Go' → 'my ten years of Go'; a gerund or a phrase with its own determiner stays."""
    first = noun.split(maxsplit=1)[0].lower() if noun else ""
    if first.endswith("ing"):
        return "my experience " + noun
    if first in ("the", "a", "an", "my", "our", "their", "your", "his", "her"):
        return noun
    return "my " + noun


def _the(noun: str) -> str:
    """'portfolio link' → 'the portfolio link'; 'two references', 'my slides' keep their own."""
    first = noun.split(maxsplit=1)[0].lower() if noun else ""
    return noun if first in ("the", "a", "an", "my", "your", "our", "their") else "the " + noun


def _rapport(item: str) -> dict[str, str | None]:
    """'both ran the Chicago marathon' → a clause after "we"; 'Both from Ohio' → 'we are both from
    Ohio'; 'sailing' → a topic to have enjoyed talking about."""
    text = clean(item)
    words = text.split()
    if words and words[0].lower() in ("both", "each") and len(words) > 1:
        rest = " ".join(words[1:])
        if shared_activity(text) or _acts(words[1]):
            return {"clause": "we both " + rest, "noun": None}
        return {"clause": "we are both " + rest, "noun": None}
    if adapt.classify(text) == "clause":  # 'she coaches youth soccer' → 'you coach youth soccer'; 'we …' stays
        ours = words[0].lower() in ("we", "we're", "we've")
        return {"clause": text if ours else adapt.perspective(adapt.lower_first(text), to_owner=True), "noun": None}
    return {"clause": None, "noun": adapt.perspective(text, to_owner=True)}


def _acts(word: str) -> bool:
    """After "both": 'speedrun', 'love', 'coach' are what we do ("we both speedrun Celeste"); 'from',
    'big', 'Ohio', 'fans' say what we are ("we are both from Ohio")."""
    low = word.lower()
    if not word.isalpha() or word[:1].isupper() or low in adapt.PREPOSITIONS or low in adapt.DETERMINERS:
        return False
    found = lemmas(low)
    if not found:
        return True  # a word the dictionary does not know ('speedrun'), used as a verb
    if "VERB" not in found:
        return False
    return not (low.endswith("s") and "NOUN" in found)


def _since(item: str) -> dict[str, str | None]:
    """'passed the CIPD exam', 'Spoke at a branch event' → 'I …'; 'my licence was renewed' as it is;
    'CIPD Level 7 certification' → 'my CIPD Level 7 certification'."""
    text = adapt.strip_i(item)
    shape = adapt.classify(text)
    if shape == "verb":
        return {"clause": adapt.highlight_clause(text), "noun": None}
    short = adapt.telegraphic(text)
    if short:  # 'CIPD certification renewed' → 'my CIPD certification was renewed'
        noun, verb = short
        plural = noun.endswith("s") and not noun.endswith("ss")
        return {"clause": _my(adapt.lower_first(noun)) + (" were " if plural else " was ") + verb, "noun": None}
    if shape == "clause":
        return {"clause": adapt.lower_first(text), "noun": None}
    if shape == "gerund":
        return {"clause": "I have been " + text, "noun": None}
    first = text.split(maxsplit=1)[0].lower()
    if first in adapt.PREPOSITIONS or first in adapt.WH:
        return {"clause": None, "noun": None}
    return {"clause": None, "noun": _my(adapt.lower_first(text))}


def _news(item: str, company: str) -> dict[str, str | None]:
    text = clean(item)
    if starts_with_past_verb(text):
        return {"clause": f"{company} {text}", "noun": None}
    if adapt.is_clause(text):
        return {"clause": text, "noun": None}
    return {"clause": None, "noun": text}


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


def _heard_from_others(request: DraftRequest) -> list[dict[str, str]]:
    """Items the user asked to mention that came up with someone else: credited to that person."""
    out = []
    for other in request.notes.interviewers:
        if other.name == request.planned.to.name:
            continue
        for item in (*other.topics, *other.challenges):
            if item in request.style.mention:
                out.append({"name": other.greeting_name, "item": adapt.topic(item, to_owner=False)})
    return out


def _render_within_range(
    template: str, context: dict[str, Any], kind: Kind, channel: Channel
) -> tuple[str, dict[str, str]]:
    """The note in its word range. A shorter version (revise "shorter") leaves the common ground,
    a second topic and the news out, then tries other phrasings and fewer optional sentences, and
    keeps the shortest that still reaches the minimum."""
    low, high = limits.word_range(kind, channel) or (0, 10_000)
    if not context.get("drop_first"):
        return _fill(template, context, low, high)
    base = {**context, **dict.fromkeys(context["drop_first"])}
    best: tuple[str, dict[str, str]] | None = None
    for shift in range(VARIANTS + 1):
        reduced = {**base, "v": {slot: n + shift for slot, n in context["v"].items()}}
        for key in (None, *context.get("droppable", ())):
            if key is not None:
                reduced = {**reduced, key: None}
            text, values = _fill(template, reduced, low, high)
            if word_count(text) >= low and (best is None or word_count(text) < word_count(best[0])):
                best = (text, values)
    return best or _fill(template, base, low, high)


def _fill(template: str, context: dict[str, Any], low: int, high: int) -> tuple[str, dict[str, str]]:
    """Add the padding sentences only when sparse notes leave a note below the minimum; leave
    optional sentences out, one at a time, when rich notes take it over the maximum."""
    for padding in range(context["padding"], MAX_PADDING + 1):
        text, exported = prompts.render(template, {**context, "padding": padding})
        body = tidy(text)
        if word_count(body) >= low:
            break
    for key in _OPTIONAL:
        if word_count(body) <= high:
            break
        context = {**context, key: None}
        text, exported = prompts.render(template, context)
        body = tidy(text)
    return body, exported


# What a note can do without when it runs over its maximum, least needed first.
_OPTIONAL = ("hour_note", "topic2", "news", "value_noun", "rapport", "tie_to")


_LINKEDIN = {
    Kind.thank_you: "fallback/thank_you_linkedin.j2",
    Kind.status_check: "fallback/status_check_linkedin.j2",
    Kind.feedback_request: "fallback/status_check_linkedin.j2",
}


def _fit_linkedin(context: dict[str, Any], template: str) -> str:
    body = ""
    for level in range(LINKEDIN_LEVELS):
        body = tidy(prompts.render(template, {**context, "level": level})[0])
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
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")  # "Trans Kft." at the end of a sentence: one full stop


def tidy(text: str) -> str:
    """One line per paragraph, single spaces; the last paragraph (the sign-off) keeps its lines."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out = []
    for number, paragraph in enumerate(paragraphs):
        if number == len(paragraphs) - 1:
            out.append("\n".join(line.strip() for line in paragraph.splitlines() if line.strip()))
        else:
            out.append(_DOUBLE_STOP.sub(".", _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(paragraph.split()))))
    return "\n\n".join(out) + "\n"


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
    for item in usable_items(list(request.style.mention)):
        kind = kinds.get(item)
        text = as_highlight(item) if kind == "highlight" else as_topic(item) if kind == "topic" else clean(item)
        if kind is None or text in body or clean(item) in body:
            continue
        if kind == "highlight":  # a clause ('I led …') or a noun phrase ('my experience as a …'), by shape
            clause = _tie_clause(item)
            noun = adapt.experience_noun(item)
            if clause or noun:
                out.append({"kind": kind, "text": clause or noun, "verb": bool(clause)})
            continue
        if kind == "rapport":  # 'we both speedrun Celeste', 'we are both from Ohio', or a topic
            shaped = _rapport(item)
            out.append({"kind": kind, "text": shaped["clause"] or shaped["noun"], "verb": bool(shaped["clause"])})
            continue
        out.append({"kind": kind, "text": text, "verb": shared_activity(text)})
    return out


_THANKS = re.compile(r"\b(?:thank(?:s|ful| you)?|grateful|gratitude|appreciat\w*)\b", re.I)


def _with_thanks(body: str) -> str:
    """A thank-you always thanks: a structure whose sentences all went elsewhere gets one plain thanks
    before its sign-off."""
    if _THANKS.search(body):
        return body
    parts = body.rstrip("\n").split("\n\n")
    if len(parts) < 3:
        return body
    parts[-2] = "Thank you for your time. " + parts[-2]
    return "\n\n".join(parts) + "\n"
