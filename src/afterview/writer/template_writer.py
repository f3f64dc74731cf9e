"""The offline writer: deterministic drafts from the templates in `prompts/fallback/`.

Everything variable comes from the notes, the plan and `now`; the same inputs give the same bytes. Structure and
phrasing vary with the recipient's place among the interviewers: notes to colleagues at one company never match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from afterview import limits, prompts
from afterview.draft import Draft, DraftRequest
from afterview.vocabulary import Channel, Kind
from afterview.writer.additive import without_lone_additive
from afterview.writer.also_tie import with_ties
from afterview.writer.bad_news import not_glad
from afterview.writer.check_repeat import without_repeats
from afterview.writer.check_terms import check_terms
from afterview.writer.context import build_context
from afterview.writer.courtesy import work_in_hand
from afterview.writer.each_sentence import each_sentence
from afterview.writer.feedback_offer import with_offer
from afterview.writer.frame_form import frames_fit
from afterview.writer.frame_once import no_frame_twice
from afterview.writer.gate_kept import asked, subject_line
from afterview.writer.items import not_yet_mentioned
from afterview.writer.jotted import without_jotted
from afterview.writer.last_gate import cleared, names, serves_purpose
from afterview.writer.linkedin_room import fuller, room, with_room
from afterview.writer.logistics import with_terms_rest
from afterview.writer.named_item import with_their_item
from afterview.writer.named_tie import with_named_tie
from afterview.writer.news_framing import with_news_framing
from afterview.writer.next_step import with_next_step
from afterview.writer.notespeak import said_in_full
from afterview.writer.org_name import position_once, reads_pasted, said_company, short_position, title_head
from afterview.writer.own_items import confirmed_notice
from afterview.writer.process_close import with_close
from afterview.writer.process_covered import with_process_covered
from afterview.writer.process_thanks import thanked_not_enjoyed
from afterview.writer.question_tie import with_answer
from afterview.writer.shown import with_shown
from afterview.writer.since_tie import since_about
from afterview.writer.slots import VARIANTS
from afterview.writer.spelling import localise
from afterview.writer.verified_items import verified

MAX_PADDING = 8
ROLE_AND_CLOSE = 2  # padding levels: a line about the role, then a closing line
# (stock lines, a thank-you's timeline told back, more of the notes said: `fuller` in _SAYS_MORE): _fill
_PASSES, _SAYS_MORE = ((0, 0, 0), (0, 0, 1), (0, 1, 1), (1, 1, 1)), "fallback/thank_you_email.j2"
LINKEDIN_LEVELS = 5
_ROOM_SLACK = 40  # what the last gate's rewrites can take off a LinkedIn message before it is measured


class TemplateWriter:
    """The `template` provider: no network, no key, always available."""

    name = "template"
    varies = True  # Style.variant gives other structures and phrasings of the same facts

    def write(self, request: DraftRequest) -> Draft:
        planned = request.planned
        context = with_answer(build_context(request), request)  # a question said back with the candidate's work
        context = with_next_step(context, request)  # the step a status check asks about (writer/next_step.py)
        context = with_process_covered(context, request)  # a recruiter's stages and start named (process_covered.py)
        context = with_close(context, request)  # no 'next steps' to an outside panellist (writer/process_close.py)
        context = with_named_tie(context, request)  # a topic and a highlight that share a name (named_tie.py)
        context = with_offer(with_shown(context, request), request)  # what a peer showed; a feedback offer taken up
        context["company"] = said_company(request.notes.company.name)  # never 'at Acme, Finance Division'
        # a title pasted from a form ('Midwife, birth centre and home-birth team') in its short form (org_name.py)
        short = short_position(context["position"])
        context["position_short"] = short
        context["position"] = short if reads_pasted(context["position"]) else context["position"]
        # the candidate's own notice period among their topics: confirmed, never thanked for (writer/own_items.py)
        context["own_said"] = confirmed_notice(list(planned.to.topics), request.tone == "formal")
        context = without_jotted(context, names(request))  # an item still jotted is left out (writer/jotted.py)
        context = verified(context)  # an item garbled in its frames: its head noun, else out (verified_items.py)
        context = with_terms_rest(context)  # a recruiter's item their terms' reaction leaves unsaid (logistics.py)
        context["since_about"] = since_about(context, request)  # their item the candidate's news bears on
        context = with_news_framing(context, request)  # the company's news to whom it belongs (news_framing.py)
        if planned.kind is Kind.status_check:  # never what the thank-you to them said (writer/check_repeat.py)
            thanked = replace(planned, kind=Kind.thank_you, channel=planned.to.channel)
            context = without_repeats(context, self.write(replace(request, planned=thanked)).body, request)
        context = check_terms(context)  # a check's own keys (check_terms.py), from the items the gates above kept
        context["asked_items"] = bool(request.style.mention)  # a revise that adds an item drops no topic for it
        work = work_in_hand(request)  # a check's courtesy about their work (writer/courtesy.py), never named twice
        context["work_in_hand"] = work if work and work not in (context["since_about"] or "") else None
        zone, theirs = request.notes.zone_of(planned.to), request.notes.model_dump_json()
        in_full = partial(said_in_full, position=request.notes.position, notes_text=theirs)
        if planned.channel is Channel.linkedin:
            body = _fit_linkedin(context, _LINKEDIN[planned.kind], lambda text: cleared(in_full(text), request))
            subject = None
        else:
            template = _TEMPLATES[(planned.kind, planned.channel)]
            clear = partial(cleared, request=request)  # no sentence a grammar or fluency check faults (last_gate.py)
            body, exported = _render_within_range(template, context, planned.kind, planned.channel, clear)
            also = with_ties(not_yet_mentioned(request, body), request, body)  # with a related result (also_tie.py)
            if also:  # an item asked for joins the note; it never takes the place of one already there
                # (nor does a longer note drop what the first one said to reach its length)
                padded = max(context["padding"], int(exported.get("_padding", 0)))
                body, exported = _render_within_range(
                    template, {**context, "also": also, "padding": padded}, planned.kind, planned.channel, clear
                )
            if planned.kind is Kind.thank_you and not also:  # none of their items survived: one said in a frame
                padded = max(context["padding"], int(exported.get("_padding", 0)))
                body = with_their_item(
                    body,
                    request,
                    lambda one: _render_within_range(
                        template, {**context, "also": one, "padding": padded}, planned.kind, planned.channel, clear
                    )[0],
                )
            if planned.kind is Kind.thank_you:
                body = _with_thanks(body)
            if planned.kind is not Kind.thank_you and not (serves_purpose(body, request) and asked(exported, body)):
                # a phrase the ask quotes drew a fault and the gate took the whole sentence (the example in a feedback
                # ask, the next step, a title pasted with its qualifiers): ask plainly, with the title's head
                plain = {**context, "feedback_focus": None, "feedback_topic": None, "next_step": None}
                plain["position"] = title_head(context["position"])  # (feedback_topic: the example from their topic)
                body, exported = _render_within_range(template, plain, planned.kind, planned.channel, clear)
            subject = subject_line(exported, body) if planned.channel is Channel.email else None
            body = position_once(in_full(body), context["position"])
        if planned.kind is Kind.thank_you and planned.channel is not Channel.email:  # 'I also smiled' with no first
            body = without_lone_additive(body)  # smile before it reads as cut from a longer letter (writer/additive.py)
        body = localise(body, zone, theirs)
        subject = localise(subject, zone, theirs) if subject else subject
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


def _render_within_range(
    template: str, context: dict[str, Any], kind: Kind, channel: Channel, clear: Callable[[str], str] = str
) -> tuple[str, dict[str, str]]:
    """The note in its word range. A shorter version (revise "shorter") leaves the common ground, a second topic and
    the news out, then tries other phrasings and fewer optional sentences; it keeps the shortest that is long enough."""
    low, high = limits.word_range(kind, channel) or (0, 10_000)
    # a card under its floor draws our own length warning: one short warm line goes on it before that (writer69: a
    # CEO's card of 33 words); an email or a status check keeps its stock lines for a note too thin to send
    enough = 1.0 if channel is Channel.handwritten and kind is Kind.thank_you else limits.THIN
    context = {**context, "_enough": enough}
    if not context.get("drop_first"):
        return _fill(template, context, low, high, clear)
    base = {**context, **dict.fromkeys(context["drop_first"])}
    best: tuple[str, dict[str, str]] | None = None
    for shift in range(VARIANTS + 1):
        reduced = {**base, "v": {slot: n + shift for slot, n in context["v"].items()}}
        for key in (None, *context.get("droppable", ())):
            if key is not None:
                reduced = {**reduced, key: None}
            text, values = _fill(template, reduced, low, high, clear)
            if (n := limits.word_count(text)) >= low and (best is None or n < limits.word_count(best[0])):
                best = (text, values)
    return best or _fill(template, base, low, high, clear)


def _fill(
    template: str, context: dict[str, Any], low: int, high: int, clear: Callable[[str], str] = str
) -> tuple[str, dict[str, str]]:
    """Padding sentences only where sparse notes leave a note below the minimum, optional ones left out where rich notes
    take it over. A short note first says more of the notes (a thank-you email still short: `fuller`, its problem with a
    question, the news, why the role appeals); stock lines only for one too thin to send, after `timeline`."""
    more = template == _SAYS_MORE and not context.get("drop_first")  # (never in a note asked to be shorter)
    for stock, timeline, says_more in (p for p in _PASSES if more or p != (0, 0, 1)):
        for padding in range(context["padding"], MAX_PADDING + 1):
            flags = {"padding": padding, "stock": stock > 0, "timeline": timeline > 0, "fuller": more and says_more > 0}
            text, exported = prompts.render(template, {**context, **flags})
            body = clear(tidy(text))
            # a role and a closing line may reach the minimum; more stock lines only keep it from being too thin
            if limits.word_count(body) >= (low if padding < ROLE_AND_CLOSE or not stock else limits.THIN * low):
                break
        if limits.word_count(body) >= (low if more and not says_more else context.get("_enough", limits.THIN) * low):
            break
    context = {**context, "stock": stock > 0, "timeline": timeline > 0, "fuller": more and says_more > 0}
    for key in _OPTIONAL:
        if limits.word_count(body) <= high:
            break
        context = {**context, key: None}
        text, exported = prompts.render(template, context)
        body = clear(tidy(text))
    return body, {**exported, "_padding": str(padding)}  # the padding it took, for a re-render with more


# What a note can do without when it runs over its maximum, least needed first.
_OPTIONAL = ("hour_note", "interest", "topic2", "news", "value_noun", "value2_past", "value_past", "rapport", "tie_to")


_LINKEDIN = {
    Kind.thank_you: "fallback/thank_you_linkedin.j2",
    Kind.status_check: "fallback/status_check_linkedin.j2",
    Kind.feedback_request: "fallback/status_check_linkedin.j2",
}


def _fit_linkedin(context: dict[str, Any], template: str, in_full: Callable[[str], str]) -> str:
    """The fullest message that fits: each level (the fullest structure first) with as much of its room as fits
    (writer/linkedin_room.py: the reader's second item, the role by name), before a shorter level."""
    body = ""
    thanks = template == _LINKEDIN[Kind.thank_you]
    for level in range(LINKEDIN_LEVELS):
        plain = tidy(prompts.render(template, {**context, "level": level, "room": thanks})[0])
        for chosen in fuller(room(context, plain)) if thanks else [[]]:
            if chosen:
                text = tidy(with_room(plain, chosen))
                if len(text.strip()) > limits.LINKEDIN_MAX_CHARS + _ROOM_SLACK:  # no gate run on what cannot fit
                    continue
            else:
                text = tidy(prompts.render(template, {**context, "level": level, "room": False})[0])
            body = in_full(text)
            if len(body.strip()) <= limits.LINKEDIN_MAX_CHARS:
                return body
    return body[: limits.LINKEDIN_MAX_CHARS - 1].rstrip() + "\n"


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
    body = not_glad("\n\n".join(out) + "\n")  # bad news never 'glad to hear about' (writer/bad_news.py)
    body = thanked_not_enjoyed(body)  # a date or a step thanked for, never enjoyed (writer/process_thanks.py)
    body = frames_fit(body)  # "your point that" + a noun phrase → "… about" (writer/frame_form.py)
    return no_frame_twice(no_tail_twice(one_verb_once(no_stem_twice(vary_openings(body)))))


_STEM_WORDS = 4  # "I would be glad …" twice in one message reads as a form


def no_stem_twice(body: str) -> str:
    """No sentence opens with the four words an earlier one opened with ("I would be glad to provide … I would be
    glad to share …"): the later one goes (the first said it); the greeting and the sign-off stay, and so does a
    thanks at the close after one at the open."""
    seen: set[str] = set()

    def rewrite(sentence: str) -> str | None:
        words = sentence.lower().split()
        stem = " ".join(words[:_STEM_WORDS])
        if len(words) > _STEM_WORDS and stem in seen and not stem.startswith("thank"):  # one at each end
            return None
        seen.add(stem)
        return sentence

    return each_sentence(body, rewrite)


def vary_openings(body: str) -> str:
    """No two sentences of one message open alike: a second "I also …" (or "It was also …") after a
    first loses its "also" ("I enjoyed reading …"), which the sentence does not need to make sense."""
    seen: set[str] = set()

    def rewrite(sentence: str) -> str:
        words = sentence.split()
        opening = " ".join(words[:2]).lower()
        if len(words) > 3 and words[1].lower() == "also" and opening in seen:
            sentence = " ".join([words[0], *words[2:]])
        elif len(words) > 4 and words[2].lower() == "also" and " ".join(words[:3]).lower() in seen:
            sentence = " ".join([*words[:2], *words[3:]])
        seen.update({opening, " ".join(words[:3]).lower()})
        return sentence

    return each_sentence(body, rewrite)


# 'I appreciated …', 'I really enjoyed …': the verb a sentence of thanks or interest opens with
_OPENING_VERB = re.compile(
    r"^(?P<lead>I (?:(?:really|also|especially|truly|particularly|very much|greatly) )?)"
    r"(?P<verb>appreciated|enjoyed|valued)\b"
)
_OTHER_VERBS = {"appreciated": ("valued", "enjoyed"), "enjoyed": ("appreciated", "valued"), "valued": ("appreciated",)}


def one_verb_once(body: str) -> str:
    """No verb of thanks or interest opens two sentences of one message ("I really appreciated the chance … I
    appreciated hearing …" reads as a form): a later sentence takes another of the same sense ('I valued hearing …')
    that no earlier one used; left as it is when none is left."""
    seen: set[str] = set()

    def rewrite(sentence: str) -> str:
        found = _OPENING_VERB.match(sentence)
        if not found:
            return sentence
        verb = found["verb"]
        other = next((o for o in _OTHER_VERBS[verb] if o not in seen), None) if verb in seen else None
        seen.add(other or verb)
        return found["lead"] + other + sentence[found.end() :] if other else sentence

    return each_sentence(body, rewrite)


_TAIL_WORDS = 3  # '… to the team.' closing two sentences of one note


def no_tail_twice(body: str) -> str:
    """An afterthought joined by ', and …' that ends as an earlier sentence ended ("… that is the kind of work I
    would bring to the team. I also launched … , and I would be glad to bring that experience to the team.") is left
    off: the sentence keeps what it says before it, and the note says its close once."""
    ends: set[tuple[str, ...]] = set()

    def rewrite(sentence: str) -> str:
        tail = tuple(re.sub(r"[^\w\s'-]", "", sentence).lower().split()[-_TAIL_WORDS:])
        joined, repeated = sentence.rfind(", and "), tail in ends
        ends.add(tail)
        return sentence[:joined] + "." if repeated and joined > 0 and sentence.endswith(".") else sentence

    return each_sentence(body, rewrite)


_THANKS = re.compile(r"\b(?:thank(?:s|ful| you)?|grateful|gratitude|appreciat\w*)\b", re.I)


def _with_thanks(body: str) -> str:
    """A thank-you always thanks: a structure whose sentences all went elsewhere gets one plain thanks
    before its sign-off (a sign-off 'With appreciation' thanks no one)."""
    parts = body.rstrip("\n").split("\n\n")
    if _THANKS.search("\n\n".join(parts[:-1])):
        return body
    if len(parts) < 3:
        return body
    parts[-2] = "Thank you for your time. " + parts[-2]
    return "\n\n".join(parts) + "\n"
