"""What a template sees: the notes, the plan and `now` turned into context values (items adapted,
ties chosen, dates written, phrasing slots seeded). The same inputs give the same values."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from afterview import salutation
from afterview.draft import DraftRequest
from afterview.notes.recipient import asked_by, said_item, volunteered
from afterview.planning import sent_at
from afterview.region import region
from afterview.style import Style
from afterview.timing import long_date, when_phrase
from afterview.vocabulary import Channel, Kind, Role
from afterview.writer import adapt, counted_said, known_news, org_name, reader_ties, recruiter_day, relate, tie_pair
from afterview.writer.adapt import usable_items
from afterview.writer.article import the
from afterview.writer.asked import reported
from afterview.writer.brings import brought, credential, decides
from afterview.writer.check_tie import result_for_check
from afterview.writer.company_news import current_news
from afterview.writer.decider_topics import topics_from
from afterview.writer.feedback_focus import feedback_focus, feedback_topic, set_to_candidate
from afterview.writer.frameable import frameable
from afterview.writer.gated import first_said, gated, said_result
from afterview.writer.items import (
    bracket_aside,
    heard_from_others,
    join,
    news_shape,
    rapport_shape,
    since_shape,
    small_counts_said,
    tie_clause,
)
from afterview.writer.kind_topic import owner_topic
from afterview.writer.labels import split_labelled
from afterview.writer.logistics import terms_reaction
from afterview.writer.measured_tie import measured_tie
from afterview.writer.news_date import before_interview
from afterview.writer.others_named import others_said
from afterview.writer.owed import already_sent, carries_requests, owed_by, owing, still_owed_terms, without_send_by
from afterview.writer.own_items import candidate_did
from afterview.writer.past_time import tensed_or_none
from afterview.writer.personal_item import offered, shared_pastime
from afterview.writer.phrasing import asked_aside, clean, jotted_question, meeting_noun, pick, spoken
from afterview.writer.places import placed
from afterview.writer.relate import same_named_thing
from afterview.writer.slots import VARIANTS, _seed, slots
from afterview.writer.strongest import strongest
from afterview.writer.their_question import question_of, their_question
from afterview.writer.topic_detail import told

_CONTRAST = re.compile(r"\b(?:but|yet|though|although|however)\b", re.IGNORECASE)


def build_context(request: DraftRequest) -> dict[str, Any]:
    """The template's values, each adapted item passed through the gate (writer/gate.py): said as
    written English, by its head noun phrase, or not at all. A thank-you names a topic with the detail
    jotted after it, when the two read as one phrase (writer/topic_detail.py)."""
    raw = {**_context(request), **recruiter_day.decider_talk(request)}  # the day a recruiter set up
    return told(gated(raw), [*raw["_topics"], *raw["_challenges"]], thank_you=request.planned.kind is Kind.thank_you)


def _context(request: DraftRequest) -> dict[str, Any]:
    notes, person, tone, style = request.notes, request.planned.to, request.tone, request.style
    thank_you, index = request.planned.kind is Kind.thank_you, request.index
    zone = notes.zone_of(person)
    interview_day = notes.interview.start.astimezone(zone).date()
    day = request.send_day
    # The recipient's own items keep their places; one asked for that has no place of its own
    # is added by an "also" sentence (`not_yet_mentioned`), never swapped in for another.
    # a question the candidate jotted for themselves ('start Jan or Apr 2027?') is not said back as a topic
    source = topics_from(request)  # the reader's own topics, a recruiter's too (decider_topics.py)
    topics = [
        t
        for t in map(asked_aside, usable_items(style.keep(source.topics)))
        if t and not jotted_question(t) and not set_to_candidate(t) and not reported(t) and not candidate_did(t)
    ]
    challenges = [c for c in usable_items(style.keep(source.challenges)) if not jotted_question(c)]
    # the question they put to the candidate, jotted as a topic or a problem (writer/their_question.py)
    question = question_of(usable_items(style.keep([*person.topics, *person.challenges]))) if thank_you else None
    topics = [t for t in topics if not their_question(t)] if question else topics
    # a race run or a team coached is common ground, never what the candidate offers (writer/personal_item.py)
    highlights = offered(usable_items(style.keep(notes.candidate.highlights)), style.mention, notes.position)
    # 'her worry: …' is a problem of theirs, 'Kenji: …' a topic: the label is read, never said (writer/labels.py)
    topics, challenges = split_labelled(topics, challenges, (person.name, *person.name.split()))
    if person.role is Role.executive:
        # 'board giving 100% participation but small gifts': a topic with a "but" in it is a sore point, not
        # a direction, and an executive hears a sore point only with what the candidate can do about it
        sore = [t for t in topics if _CONTRAST.search(t)]
        topics, challenges = [t for t in topics if t not in sore], [*challenges, *sore]
    if person.role is Role.executive:  # a sore point is said to a director only with what the candidate can do
        challenges = [c for c in challenges if c in style.mention or reader_ties.answered(c, highlights)]
    # an item no frame can hold ('water', 'PUE 1.45', 'power plan 14 gensets') is left out, not pasted (frameable.py)
    # (unless nothing of theirs is left: a note must still say one thing they talked about)
    framed = [t for t in topics if t in style.mention or frameable(adapt.topic(t))]
    held = [c for c in challenges if c in style.mention or counted_said.held(c)]
    if framed or held:
        topics, challenges = framed, held
    shorter, longer = style.length < 0, style.length > 0
    pair = reader_ties.for_request(request, topics, challenges, highlights)  # the strongest tie, writer/reader_ties.py
    if request.planned.kind is Kind.thank_you and person.role is not Role.hiring_manager:
        # a result another message's tie tells is not told again here in other words (a card and an email alike)
        told = reader_ties.told_before(request, highlights) - ({pair[1]} if pair else set())
        highlights = [h for h in highlights if h not in told]
    if pair:
        topics, challenges = [t for t in topics if t != pair[0]], [c for c in challenges if c != pair[0]]
    also = reader_ties.second(request, topics, challenges, [h for h in highlights if h != pair[1]]) if pair else None
    highlights = [h for h in highlights if not pair or h not in (pair[1], also and also[1])]  # each result told once
    # Of their problems, the one the candidate's record answers comes first: "say fewer things, each well".
    answered = next((c for c in challenges if adapt.pick_related(highlights, c, least=2, problem=True)), None)
    if answered and answered != challenges[0] and not any(c in style.mention for c in challenges[:1]):
        challenges = [answered, *(c for c in challenges if c != answered)]
    topic = pick(topics, 0, owner_topic)
    challenge = pick(challenges, 0, adapt.topic)
    # A highlight is tied to what they discussed only when the two relate; else it stands alone.
    # A topic (not a problem of theirs) needs more in common than one word before a tie reads true.
    # One asked for joins through an "also" sentence rather than displacing the related one.
    mentioned = [h for h in highlights if h in style.mention]
    # a problem and a highlight relate through two things in common or what the result changed, not one word
    on_challenge = adapt.pick_related(highlights, *challenges[:1], least=2, problem=True)
    related = on_challenge or adapt.pick_related(highlights, *topics[:2], least=2)
    if related and not on_challenge and len(topics) > 1 and not adapt.pick_related([related], topics[0], least=2):
        topics = [topics[1], topics[0], *topics[2:]]  # the tie sits after the topic it relates to
        topic = pick(topics, 0, owner_topic)
    tied = related or (mentioned[0] if mentioned else None)
    tie_to = "challenge" if challenges and (on_challenge or (mentioned and not related)) else "topic"
    target = (challenges if tie_to == "challenge" else topics)[:1]
    tie_strong = bool(tied and target and relate.answers_directly(tied, target[0]))  # a result that answers it
    measured = (
        measured_tie(tied, target, tie_to, person.role is Role.peer or person.role is Role.hiring_manager)
        if style.length > -2 and not pair
        else None
    )
    # Stated on its own: the first highlight from this recipient's turn on that reads as "my …".
    turn = highlights[index % len(highlights) :] + highlights[: index % len(highlights)] if highlights else []
    # ... and only one that relates to something this person raised: "say fewer things, each well"
    # (a viola hobby is no value to an executive director's fundraising problem); a recruiter hears
    # the process, not a pitch.
    own = [*topics, *challenges]
    stated = next(
        (
            h
            for h in turn
            if adapt.experience_noun(h)
            and h not in mentioned
            and person.role is not Role.recruiter
            and any(adapt.pick_related([h], t, problem=t in challenges) for t in own)
        ),
        None,
    )
    # A highlight asked for by name takes the tie; the one the note stated on its own stays.
    value = (stated if stated != tied else None) if tied and not related else tied or stated
    # the strongest result (strongest.py) said as what the person who decides hears the candidate brings (brings.py)
    best = (
        strongest(highlights, {h: bool(brought(placed(h, highlights))) and not credential(h) for h in highlights})
        if decides(request) and style.length > -2 and not pair
        else None
    )
    value = None if pair else value or best
    if pair:
        tied = None  # the pair is the tie: no second one in other words
    on_its_own = bool(value) and value != tied
    rapport = first_said(
        [r for r in usable_items(style.keep(person.rapport)) if not jotted_question(r)], rapport_shape, rapport=True
    )
    since = first_said(usable_items(style.arrange(notes.candidate.since_interview)), since_shape)
    news = first_said(current_news(request, interview_day), lambda n: news_shape(n, notes.company.name))
    owed_items = usable_items(style.arrange(owed_by(request)))
    owed = [bracket_aside(clean(said_item(notes, r))) for r in owed_items]
    kind = request.planned.kind
    seed = _seed(notes, request.planned.kind)
    variant = (seed + index + style.variant) % VARIANTS if kind is Kind.thank_you else (seed + style.variant) % 2
    decision = notes.interview.decision_by
    checks, co = sorted(sent_at(notes, h) for h in notes.history if h.kind is Kind.status_check), notes.company.name
    named = next((n for n in current_news(request, interview_day) if since and same_named_thing(since, n, co)), None)
    tied_said = placed(tied, highlights) if tied else ""  # 'there' said as the place it stands for
    # a second result, said only when the note needs more words, before any line that could go to anyone
    # (from this recipient's turn on, so two notes to one company say different ones where they can)
    rest = [h for h in turn if h not in (tied, value) and person.role is not Role.recruiter]
    sayable = [h for h in rest if _sayable(placed(h, highlights)) and not credential(h)]  # never 'CFRE certified'
    second = (strongest(sayable, dict.fromkeys(sayable, True)) if index == 0 else None) or next(iter(sayable), None)
    value_said = placed(value, highlights) if value else ""
    due = [
        bracket_aside(without_send_by(clean(said_item(notes, r)))) for r in usable_items(style.arrange(owing(request)))
    ]
    due = due if kind is Kind.status_check and any(h.kind is Kind.thank_you for h in notes.history) else []
    return {
        "tone": tone,
        "role": person.role.value,
        "panel": len(notes.interviewers) > 1,  # "the team", "everyone"; one interviewer is "you"
        "variant": variant,
        "index": index + style.variant,
        "v": slots(seed, index + style.variant),
        "hi": salutation.says_hi(notes, tone, request.planned.channel, person),
        "greeting_name": salutation.greeting_name(
            person, notes, casual=salutation.says_hi(notes, tone, request.planned.channel, person)
        ),
        "sign_off": salutation.sign_off(
            notes, tone, request.planned.channel, slots(seed, index + style.variant)["sign"], person
        ),
        # LinkedIn's one-line sign-off; a status check there keeps the tone's usual word
        "linkedin_sign_off": salutation.sign_off_word(
            notes, tone, Channel.linkedin, slots(seed, index + style.variant)["sign"] * (kind is Kind.thank_you), person
        ),
        "candidate": notes.candidate.name,
        "candidate_first": salutation.short_signature(notes.candidate.name),
        "position": clean(org_name.said_position(notes.position)),  # never 'Intern (summer 2027) role'
        "company": notes.company.name.rstrip("."),  # "Trans Kft." mid-sentence would read as a full stop
        "when": _when(request),
        "meeting": meeting_noun(notes.interview.format),
        # "your time on November 24" reads to the claims check as credit for work: a dated thanks names the talk
        "time_when": "our conversation " + when if (when := _when(request)).startswith("on ") else "your time " + when,
        "interview_day": regional_date(interview_day, zone),
        "decision_by": regional_date(decision, zone) if decision else None,
        "decision_passed": bool(decision and day > decision),
        "pace": notes.company.pace.value,
        "final": request.planned.send.final,
        "earlier_check": regional_date(checks[0].astimezone(zone).date(), zone) if checks else None,
        "hour_note": _hour_note(notes.interview.start.astimezone(zone).hour),
        "question": question,
        "topic": topic,
        "logistics": terms_reaction(person, notes),  # a recruiter's terms of the job reacted to (writer/logistics.py)
        "topic2": pick(topics, 1, owner_topic) if len(topics) > 1 else None,
        "challenge": challenge,
        "challenge_clause": small_counts_said(tensed_or_none(adapt.clause_form(challenges[0]))) if challenges else None,
        "challenge_asked": bool(challenges and challenges[0] in style.mention),
        "tie_to": tie_to if tied else None,
        "one_tie": tie_pair.as_tie(pair, also[0] if also else None),
        # the candidate's own pastime said only beside the same pastime of theirs ('I sail one most weekends')
        "rapport_mine": shared_pastime(rapport, usable_items(notes.candidate.highlights)) if rapport else None,
        "measured": measured,  # the tie with both sides' numbers (writer/measure.py)
        "feedback_focus": feedback_focus(notes, person.name) if kind is Kind.feedback_request else None,
        # what a feedback request recalls of the talk: never the terms or the process a rejection settled
        "feedback_topic": feedback_topic(topics) if kind is Kind.feedback_request else None,
        "tie_strong": tie_strong,
        "tie_past": tie_clause(tied_said) if tied and style.length > -2 else None,
        "tie_having": adapt.having(tied_said) if tied and style.length > -2 else None,
        "tie_noun": adapt.experience_noun(tied_said) if tied and style.length > -2 else None,
        "value_noun": adapt.experience_noun(value_said) if value and on_its_own and style.length > -2 else None,
        "value_having": adapt.having(value_said) if value and on_its_own and style.length > -2 else None,
        "value_past": tie_clause(value_said) if value and on_its_own and style.length > -2 else None,
        # the value said after their first topic only when it relates to it (a status check ties it there)
        "value_on_topic": bool(value and topics and adapt.pick_related([value], topics[0])),
        "value_on_news": bool(value and news and adapt.pick_related([value], news)),  # 'led 14 stores' ↔ '3 new stores'
        "rapport": rapport_shape(rapport) if rapport else None,
        "rapport_any_tone": longer or rapport in style.mention or person.role is Role.peer,
        # common ground this person alone shares: said in a short note, two notes to one company differ
        "own_rapport": bool(rapport)
        and not any(rapport in [spoken(r) for r in o.rapport] for o in notes.interviewers if o.name != person.name),
        "also_heard": heard_from_others(request),
        "since": since_shape(since) if since and any(since_shape(since).values()) else None,
        # the company's news an update answers ('an EV safety course' ↔ 'an EV service bay')
        "since_for": news_shape(named, co)["clause"] if named else None,
        "news": news_shape(news, notes.company.name) if news else None,
        "news_old": bool(news) and before_interview(news or "", interview_day),  # no congratulations on it, late
        # the news saying again what a topic said ('the centennial season' / 'announced the centennial season')
        "news_echoes_topic": bool(news) and any(known_news.echoes(news or "", t) for t in topics),
        # What a shorter version leaves out (never what the user asked to mention), then what it may.
        "drop_first": (*_unmentioned(style, ("rapport", rapport), ("topic2", topics[1:2]), ("news", news)), "hour_note")
        if shorter
        else (),
        "droppable": _unmentioned(style, ("value_noun", value), ("tie_to", tied)) if shorter else (),
        "requested": the(join(owed)) if owed and carries_requests(request) else None,
        "topics_of": salutation.greeting_name(source, notes) if source is not person else None,
        "others": others_said(person, notes),  # in the greeting's register (writer/others_named.py)
        "requested_plural": len(owed) > 1 or bool(owed and re.search(r"[^s]s$", owed[0])),
        # "as you asked" only to the one who asked for an item (notes/recipient.asked_by)
        "requested_asked": any(asked_by(notes, r) == person.name and not volunteered(r) for r in owed_items),
        "resend": the(join(sent))
        if (sent := [clean(said_item(notes, r)) for r in usable_items(already_sent(notes))])
        else None,
        "resend_plural": len(sent) > 1 or bool(sent and re.search(r"[^s]s$", sent[0])),
        **still_owed_terms(notes, person.name, due),  # what is still owed, said (writer/owed.py)
        "other_tie": result_for_check(request, highlights) if kind is Kind.status_check and not tied else None,
        "padding": max(0, style.length),
        "longer": longer,  # asked for in revise: their problem may be said back (thank_you_email.j2)
        # with nothing of the candidate's tied to this person's work, the note says what the candidate would
        # like to learn about it (thank_you_email.j2), never a sentence that could be sent to anyone
        "interest": style.length > -2,
        "level": 0,
        "also": [],
        # the company's news: an executive's subject; else said once in a run, to the first interviewer
        "news_here": person.role is Role.executive
        or (
            not any(p.role is Role.executive for p in notes.interviewers) and person.name == notes.interviewers[0].name
        ),
        "_strongest": brought(placed(best, highlights)) if best else None,
        "_second": placed(second, highlights) if second and style.length > -2 else None,
        # a peer hears the candidate's experience only when it relates to something they raised
        "value_for_peer": person.role is Role.peer and bool(stated) and value == stated,
        "_tied": tied_said if tied and style.length > -2 else None,
        "_value": value_said if value and on_its_own and style.length > -2 else None,
        "_topics": topics,
        "_challenges": challenges,
    }


def _sayable(highlight: str) -> bool:
    """Whether a highlight can be said: as the candidate's clause, or as a result and where it happened."""
    return bool(said_result(highlight))


def _when(request: DraftRequest) -> str:
    """'today', 'yesterday', 'on Monday', 'on 20 November' (the date as the recipient's region writes it)."""
    zone = request.notes.zone_of(request.planned.to)
    interview_day = request.notes.interview.start.astimezone(zone).date()
    said = when_phrase(interview_day, request.send_day)
    # "today"/"yesterday" only when it holds whether the note goes out now or at its recommended time
    # (a thank-you drafted in the evening and due by the next morning): else the day by name.
    # A moment given (--send-at) or the recommended one is certain; "now" with a recommended time still
    # ahead on another day is not.
    recommended = request.planned.send.recommended_at
    at_now = request.send_moment is None or request.send_moment == request.now
    later = when_phrase(interview_day, recommended.astimezone(zone).date())
    if said in ("today", "yesterday") and at_now and recommended > request.now and later != said:
        said = when_phrase(interview_day, interview_day + timedelta(days=2))
    return said.replace(long_date(interview_day), regional_date(interview_day, zone))


def regional_date(day: date, zone: ZoneInfo) -> str:
    """A date as the recipient's region writes it: 'November 20' in the US, '20 November' elsewhere."""
    if region(zone) in ("us", "ca"):  # the month first; everyone else writes the day first
        return long_date(day)
    return f"{day.day} {day:%B}"


def _unmentioned(style: Style, *pairs: tuple[str, str | list[str] | None]) -> tuple[str, ...]:
    """Context keys whose notes item the user did not ask to mention."""
    out = []
    for key, item in pairs:
        items = item if isinstance(item, list) else [item]
        if not any(i in style.mention for i in items if i):
            out.append(key)
    return tuple(out)


def _hour_note(hour: int) -> str | None:
    """An interview early or late in the recipient's own day is worth a word of thanks."""
    if hour < 8:
        return "early in your morning"
    if hour >= 18:
        return "late in your day"
    return None
