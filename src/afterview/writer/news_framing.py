"""The company's news in a status check, said to the person it belongs to and with a thought (issue 17).

A congratulation standing alone after the ask, followed by a stock "I remain very interested in the role", reads as
a press release said back: the news is said once, with what it means to the candidate, which is the interest the
close would have said ("…, and it makes me all the keener to join the team"), or, where the reader raised work the
news bears on, that work offered to help with. The news is the company's: it is congratulated to those who made it
(a hiring manager, an executive); a recruiter from outside the company (a search firm, an agency, a freelancer, an
address at another company's domain) or a peer hears it as something good to see, with the company named (never
"your serif" to a freelancer, never "congratulations to the team" to a consultant)."""

from __future__ import annotations

import re
from typing import Any

from afterview.draft import DraftRequest
from afterview.notes.outside_firm import from_outside
from afterview.vocabulary import Kind, Role
from afterview.writer.adapt import topic, usable_items
from afterview.writer.company_news import current_news
from afterview.writer.jotted import is_jotted
from afterview.writer.known_news import news_known
from afterview.writer.lemma import lemmas
from afterview.writer.relate import stems
from afterview.writer.shorthand import prose
from afterview.writer.since_tie import bears_on


def news_topic(request: DraftRequest, news: str) -> str | None:
    """The reader's own topic or problem the company's news bears on, as a phrase a sentence can hold ('rolling out
    the new kilns to both sites'); None when nothing of theirs relates or it is still jotted."""
    # (a topic: work they described; a problem of theirs is no work to offer help with as it was jotted)
    for item in usable_items(request.planned.to.topics):
        said = topic(prose(item))
        if is_jotted(said) or re.search(r"\?|\b(?:his|her|their) q\b", item, re.IGNORECASE):
            continue
        # (bears_on reads its first word as the verb that tells the news: the company's news keeps its subject)
        first = said.split(maxsplit=1)[0]
        if first.endswith("ing") and "VERB" in lemmas(first) and bears_on("news " + prose(news), said):
            return said  # work to be done ('rolling out …', 'growing …'): what the candidate can help with
    return None


def _owned(text: str | None, company: str) -> str | None:
    """'picked your serif' → 'picked Fynsk Type's serif': to someone outside the company "your" is not theirs."""
    if not text:
        return text
    text = re.sub(r"\byours\b", f"{company}'s", text)
    return re.sub(r"\byour\b", f"{company}'s", text)


def _near(news: object, topic: str) -> bool:
    """The news and a topic share a content word ('the new 4 GHz receiver' / 'the 2029 receiver upgrade program')."""
    return bool(news) and bool(stems(str(news)) & stems(topic))


def with_news_framing(context: dict[str, Any], request: DraftRequest) -> dict[str, Any]:
    """A status check's context with `outside` (a recruiter from another firm), `news_outside` (the news is not the
    reader's own to be congratulated on), `news_help` (their work the news bears on) and the news said with the
    company's name where it is not theirs."""
    person, notes = request.planned.to, request.notes
    # an outside recruiter passes on the client's decision: asked when the company expects to decide, not "you"
    context = {**context, "outside": from_outside(person, notes)}
    zone = notes.zone_of(person)
    item = next(iter(current_news(request, notes.interview.start.astimezone(zone).date())), "")
    if request.planned.kind is not Kind.status_check or not context.get("news"):
        # a thank-you tells an executive the news beside a topic of theirs it shares a word with (thank_you_email.j2)
        near = [t for t in (context.get("topic"), context.get("topic2")) if t and _near(item, t)]
        quiet = {"news_outside": False, "news_help": None, "since_gives_way": False, "news_known": False}
        return {**context, **quiet, "news_near_topic": bool(near)}
    outside = context["outside"] or person.role in (Role.peer, Role.other)
    news = dict(context["news"])
    if outside:
        news = {key: _owned(value, context["company"]) for key, value in news.items()}
    help_with = news_topic(request, item) if person.role in (Role.hiring_manager, Role.executive) else None
    # the candidate's news gives way to news on the reader's work only when it is no study for the work and bears
    # on nothing of theirs (a forklift licence to a sales owner); a course is kept, it is what the candidate brings
    since = context.get("since") or {}
    own = str(since.get("clause") or since.get("noun") or "")
    gives_way = bool(help_with and own and not context.get("since_about") and not _STUDY.search(own))
    known = news_known(item, notes, notes.interview.start.astimezone(zone).date())
    return {
        **context,
        "news": news,
        "news_outside": outside,
        "news_help": help_with,
        "since_gives_way": gives_way,
        "news_known": known,
    }


# a course of study: what the candidate learnt for the work, never set aside for the company's news
_STUDY = re.compile(
    r"\b(?:course|class|module|programme|program|workshop|diploma|degree|exam|training|seminar|certificate|"
    r"certification)s?\b",
    re.I,
)
