"""Facts: names, organisations, numbers and dates in a draft must be supported by the notes.
Dates are checked here; numbers by fact_numbers.py's tables, names in fact_names.py.

The interviewer's, candidate's and company's names must be spelled exactly as in the notes: a
near miss ("Dena" for "Dana", "Acmee" for "Acme") is an error whose suggestion is the right
spelling. A capitalised word in mid-sentence that the notes never mention is an unsupported
name. Sentence-initial words are only checked for near misses, since most are ordinary words.
Links and addresses are guardrails/links.py's; pay and availability, guardrails/compensation.py's.
"""

from __future__ import annotations

import re
from datetime import date

from afterview.draft import Draft, Finding
from afterview.guardrails.claim_results import own_count_spans
from afterview.guardrails.claim_support import own_and_their_texts
from afterview.guardrails.compensation import check_compensation
from afterview.guardrails.context import CheckContext
from afterview.guardrails.dates import (
    MONTH_ALONE,
    MONTHS,
    WEEKDAY,
    WEEKDAYS,
    date_hits,
    month_number,
    supported_dates,
    supported_weekdays,
)
from afterview.guardrails.fact_asker import swapped_asker
from afterview.guardrails.fact_attribution import moved_details, news_as_speech
from afterview.guardrails.fact_company import wrong_company_name
from afterview.guardrails.fact_counts import hedged_other_end, mismatched_counts
from afterview.guardrails.fact_exchange import exchange_findings, wrong_side_hour
from afterview.guardrails.fact_fractions import wrong_shares
from afterview.guardrails.fact_grades import unsupported_grades
from afterview.guardrails.fact_institutions import swapped_institutions
from afterview.guardrails.fact_kinds import swapped_kinds
from afterview.guardrails.fact_later import later_items_discussed
from afterview.guardrails.fact_names import check_names
from afterview.guardrails.fact_news_dates import news_out_of_time
from afterview.guardrails.fact_news_results import news_results
from afterview.guardrails.fact_numbers import (
    COUNT,
    NUMBER_WORD,
    NUMBER_WORDS,
    counted_in_notes,
    counts_other_number,
    counts_other_unit,
    supported_numbers,
)
from afterview.guardrails.fact_own_dates import own_time
from afterview.guardrails.fact_owners import swapped_owners
from afterview.guardrails.fact_places import swapped_places
from afterview.guardrails.fact_position import split_position
from afterview.guardrails.fact_recount import recounts_named
from afterview.guardrails.fact_shared import described_rival, shared_places
from afterview.guardrails.fact_sizes import wrong_sizes
from afterview.guardrails.fact_timeline import timeline_findings
from afterview.guardrails.links import check_links
from afterview.guardrails.placeholders import without_placeholders
from afterview.guardrails.request_owner import check_request_owner
from afterview.guardrails.support import exact_tokens, notes_texts, per_notes, supported_words
from afterview.guardrails.text import STOPWORDS, bare_word, words
from afterview.notes.model import Notes
from afterview.timing import long_date

_MASK = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+|\+?\d[\d ().-]{7,}\d")  # emails, links, phone numbers
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)")
_WORTH_OF = re.compile(
    r"\s+of\s+(?:\w+\s+)?(?:entries|records|logs|data|history|readings|checks|inspections|paperwork|receipts"
    r"|statements|backups|footage|results|sign-offs|signatures)\b",
    re.I,
)
_AHEAD = re.compile(
    r"\b(?:by|before|until|till|next|this|coming|no later than|(?:deadline|due date|cut-?off) (?:of|on|is|was)"
    # a day an offer or a hold runs out, the candidate's own ("an offer that expires on Friday", "past Monday")
    r"|(?:expires?|expiring|lapses?|runs? out|hold (?:it|this|that|them|on)(?: open)?)(?: on| past| until)?"
    r"|(?<!this )(?<!last )past)\s+$",
    re.I,
)
# The span of a plan ahead: "in the first six months", "over the next 90 days".
_HORIZON = re.compile(
    r"\b(?:in|over|during|within|for|about|across|through|throughout|into|beyond|of) (?:the |my |your )?(?:first"
    r"|next|coming)\s+$|\b(?:the|my|your) (?:first|next|coming)\s+$",
    re.I,
)
# Time asked of them, a manner of speaking: "if you ever have five minutes", "could you spare ten minutes".
_SPARE = re.compile(
    r"\b(?:have|has|spare|got|find|take|give me|grab|only takes?|just takes?)\s+(?:just |only |a spare |a few )?$", re.I
)
_SPARE_UNIT = re.compile(r"\s+(?:minutes?|mins?|seconds?|moments?)\b", re.I)
_TIME_UNIT = re.compile(r"[\s-]+(?:days?|weeks?|months?|quarters?|years?)\b", re.I)
# A whole percent of common speech, said of the writer's own certainty or effort: "is 100% where I want to be",
# "I'm 110% committed", "give it 100%". Not a measured result ("100% of orders", "to 100%", "100% uptime").
_SPEECH_PERCENT = re.compile(r"(?:100|110|120|150|200|1000)\s*(?:%|percent|per cent)$", re.I)
_SPEECH_BEFORE = re.compile(
    r"\b(?:am|'m|\u2019m|is|are|was|were|be|feel|felt|give|gave|giving|give it|gave it|giving it|with you)\s+$", re.I
)
_GIVE_IT = re.compile(r"\b(?:give|gave|giving)(?: it)?\s+$", re.I)
_SPEECH_AFTER = re.compile(
    r"\s*(?:[.,;!?]|$|(?!of\b)(?:sure|certain|committed|convinced|confident|serious|behind"
    r"|on board|where|what|the right|in|with|agree|invested|ready|yes)\b)",
    re.I,
)
# A wish for a day to come, in the same sentence: "Hope Rapid give us a good match on Sunday", "good luck with the
# launch on Tuesday", "enjoy the match on Saturday" (no past verb between: "I hope you enjoyed Friday's dinner" is
# told). The day is one an event falls on ("on Sunday"); "enjoy your Tuesday" names the day itself, the day it is
# sent.
_PAST_VERB = r"\b(?:\w+ed|was|were|went|did|had|made|saw|won|lost|got)\b"
_WISH_BEFORE = re.compile(
    r"\b(?:hope|hoping|good luck|best of luck|fingers crossed|enjoy|have a (?:\w+ )?(?:one|day|weekend|time|match"
    rf"|game|launch|event|trip))\b(?![^.!?\n]*{_PAST_VERB})[^.!?\n]*\bon\s+$",
    re.I,
)
# The day their message reached the candidate, which the notes never date: "your email of Monday", "thank you for
# writing to me on Friday", "for letting me know on Tuesday" (a day of the interview, "our talk on Friday", still
# shows).
_THEIR_MESSAGE = re.compile(
    r"\b(?:your|their|her|his)(?: kind| recent| last)? (?:e-?mail|message|note|letter|call|reply|news|update)"
    r"(?: \w+){0,3}? (?:of|on|from|sent on)(?: last)?\s+$"
    r"|\b(?:writing|wrote|emailing|emailed|calling|called|replying|replied|getting back|got back|letting me know)"
    r"(?: to me| me)?(?: \w+){0,3}? on\s+$",
    re.I,
)
# ... and none after it: "I hope our chat on Friday was useful" tells of a day past.
_PAST_AFTER = re.compile(rf"[^.!?\n]*{_PAST_VERB}", re.I)
# What will happen on a day ahead: "the references will follow on Monday", "I'll send it on Tuesday".
_FUTURE_ON = re.compile(r"\b(?:will|'ll|\u2019ll|shall|going to|plan to|aim to|intend to)\b[^.!?]{0,60}\bon\s+$", re.I)
# A date the candidate asks for or plans by, said in the first person: "I would appreciate a decision by Friday".
# The candidate's own start, said of themselves: "I could start on 1 March", "I'd be free to join from 4 May".
_OWN_START = re.compile(
    r"\bI\b(?:[^.!?]{0,60}?\b(?:could|can|would|will|am|'m|\u2019m|'d|\u2019d|'ll))?(?: \w+){0,3}? (?:start|begin"
    r"|join|relocate|move|arrive|available|free)(?: \w+){0,2}? (?:on|from|by|in|after)\s+(?:the\s+)?$",
    re.I,
)
# The candidate's own act since the interview, dated: "I sent the samples Rosa asked for on 23 November". Between the
# interview and the send date, with no date of the notes there, it is the candidate's own record, not the notes'.
_OWN_ACT = re.compile(
    r"\bI(?:'ve|\u2019ve| have)? (?:\w+ )?(?:sent|emailed|e-mailed|submitted|shared|uploaded|posted|mailed|forwarded"
    r"|completed|finished|passed|returned|delivered|filed)\b[^.!?]{0,80}\b(?:on|by)\s+(?:the\s+)?$",
    re.I,
)
# The candidate's own plan, by month: "I can give my notice in December", "I'd plan to move by March" (a start month
# is agreed with them, and the notes must hold it: "I can still start in July" is still checked).
_OWN_PLAN = re.compile(
    r"\bI\b(?:'d|\u2019d|'ll|\u2019ll)?[^.!?]{0,40}?\b(?:could|can|would|will|plan to|intend to|hope to|aim to"
    r"|am able to|'d|\u2019d|'ll|\u2019ll) (?:\w+ )?(?:(?:give|hand in|serve|work) (?:my |in my )?notice|resign|leave"
    r"|finish (?:up|at|my)|wrap up|graduate|relocate|move)\b[^.!?]{0,50}"
    r"\b(?:in|by|from|before|after|until|end of|early|mid|late)[\s-]+(?:early |mid-|late )?$",
    re.I,
)
# The span of the candidate's own job search: "I've been applying for eight months".
_OWN_SEARCH = re.compile(
    r"\bI(?:'ve|\u2019ve| have) been (?:applying|looking|searching|job[- ]hunting|interviewing)(?: for (?:jobs|roles"
    r"|work|positions))?(?: \w+)? for (?:about |nearly |almost |over |around )?$",
    re.I,
)
_OWN_DEADLINE = re.compile(
    r"\b(?:I(?:'d| would) (?:really )?(?:appreciate|like|need|welcome|be grateful for)"
    r"|I(?: will|'ll|\u2019ll)? (?:really |still |also )?need|please|let me know"
    r"|I(?:'ll| will)? (?:send|share|get|follow up|be in touch|reply|confirm|call))\b[^.!?]{0,40}"
    r"\b(?:by|before|until|till|no later than)\s+(?:(?:this |next |the )?(?:"
    + "|".join(WEEKDAYS)
    + r"),?\s+)?(?:the\s+)?$",
    re.I,
)


# Time elapsed since something: "two weeks since the interview", "been nearly three weeks".
# "one day" as "some day"; a duration has a preposition or a limiter before it ("in one day", "only one day").
_SOMEDAY = re.compile(r"one\s+day\b", re.I)
_SPAN_BEFORE = re.compile(
    r"\b(?:in|for|within|after|over|about|around|just|only|than|to|from|by|per|a|the|of|that|this)\s+$", re.I
)
_ELAPSED_AFTER = re.compile(r"\s+(?:since|ago|later|on from|have passed|has passed|went by)\b", re.I)
_ELAPSED_BEFORE = re.compile(
    r"\b(?:been|passed|waited|waiting)\s+(?:(?:over|nearly|almost|about|around|more than"
    r"|less than|just over|just under)\s+)?$",
    re.I,
)
# A weekday that names a habit: plural, or before a plural noun ("Saturday shifts", "Sunday hop charges").
_HABIT = re.compile(
    r"[A-Za-z]+days\b|[A-Za-z]+day(?:\s+[a-z]+)?\s+(?!(?:was|is|has|does|goes|looks|works|suits|fits)\b)[a-z]{2,}s\b"
)
# The tens of a compound number word before its units: "twenty-" of "twenty-five".
_TENS_BEFORE = re.compile(r"\b(twenty|thirty|forty|fifty)-$", re.I)
_EVERY = re.compile(r"\b(?:every|each|most|some|any)\s+$", re.I)
# "the Saturday evening wait", "your Monday rush": a weekday naming a recurring thing, after a determiner and before
# its noun; never the day of a meeting ("the Friday interview", "our Tuesday call" still name a date)
_RECURRING_BEFORE = re.compile(r"\b(?:the|your|their|its|a|that|those)\s+$", re.I)
_RECURRING_AFTER = re.compile(
    r"\s+(?:(?:morning|afternoon|evening|night|lunchtime)\s+)?"
    r"(?!(?:interview|interviews|call|meeting|conversation|chat|visit|talk|session|tour|panel|and|or|to|at|in|on)\b)"
    r"[a-z]{3,}\b"
)


def _habit(body: str, m: re.Match[str]) -> bool:
    """Whether weekday `m` names a habit, not a day: 'Saturdays', 'every Sunday', 'Saturday hop charges', 'the
    Saturday evening wait' (a determiner, the day, its noun); never 'our Friday interview'."""
    recurring = _RECURRING_BEFORE.search(body[max(0, m.start() - 8) : m.start()]) and _RECURRING_AFTER.match(
        body, m.end()
    )
    return bool(_HABIT.match(body, m.start()) or _EVERY.search(body[max(0, m.start() - 12) : m.start()]) or recurring)


_MONTH_YEAR = re.compile(
    r"\b(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?:'\d{2}|(?:19|20)\d{2})\b"
)


@per_notes
def _months_named(notes: Notes) -> frozenset[int]:
    """Months the notes name on their own ("a start date in January")."""
    alone = {month_number(m.group("month")) for t in notes_texts(notes) for m in MONTH_ALONE.finditer(t)}
    # a month's full name, capitalised, anywhere: "a January start date", "mid-January"
    named = {n for t in notes_texts(notes) for n, name in enumerate(MONTHS, 1) if re.search(rf"\b{name.title()}\b", t)}
    # ... or its capitalised short form, as notes jot it: "start date Feb or March?", "Sept start"
    short = {
        n
        for t in notes_texts(notes)
        for n, name in enumerate(MONTHS, 1)
        if name != "may" and re.search(_short_month(name), t)  # "May I ask": a word before a month
    }
    # a month in any spelling with its year: "passed the exam, Oct 2026", "since Sept. '25"
    dated = {month_number(m.group("month")) for t in notes_texts(notes) for m in _MONTH_YEAR.finditer(t)}
    return frozenset(alone | named | short | dated)


# a count that is the first half of a rate: "one piece in ten", "two shifts out of five", "one in every thirty"
_RATE_AFTER = re.compile(r"\s+(?:in|out of)\s+(?:every\s+)?(?:\d+|a hundred|" + "|".join(NUMBER_WORDS) + r")\b", re.I)


# the plural noun after a count's unit: "two lodge owners" counts owners ("lodge" describes them)
_COMPOUND_HEAD = re.compile(r"[ -]([a-z]{3,}s)\b")
_COUNTED_COMPOUND = re.compile(rf"(?:\d+|\b(?:{'|'.join(NUMBER_WORDS)}))\+?\s+([a-z]+[ -][a-z]{{3,}}s)\b", re.I)


@per_notes
def _counted_compounds(notes: Notes) -> frozenset[str]:
    """Two-word counts the notes write whole ("3 route changes" -> 'route changes'), lower case."""
    return frozenset(
        m.group(1).lower().replace("-", " ") for t in notes_texts(notes) for m in _COUNTED_COMPOUND.finditer(t)
    )


def _short_month(name: str) -> str:
    # (a range jotted with a hyphen, "Feb-Mar rush", names both months; "Mar-based" names none)
    return rf"\b{name[:3].title()}{'t?' if name == 'september' else ''}\.?(?![\w']|-[a-z])"


# 'one' set against many in its paragraph: the singular of a contrast, not a count from the notes.
_ONE_AGAINST_MANY = re.compile(
    r"\b(?:many|all|every|each|several|dozens|hundreds|thousands|a fleet|the fleet|the rest|more|multiple|whole|entire"
    r"|everything|the others?|the remaining)\b",
    re.I,
)


# The rest of a whole the notes count: "the other two days", "the remaining three sites".
_REMAINDER = re.compile(r"\b(?:the|my|our|your|their)\s+(?:other|remaining)\s+$", re.I)


def _paragraph_at(body: str, at: int) -> str:
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    return body[start : end if end >= 0 else len(body)]


def _own_act_since(
    body: str,
    m: re.Match[str],
    month: int,
    day: int,
    year: int | None,
    notes: Notes,
    sent: date,
    dates: frozenset[date],
) -> bool:
    """Whether the date dates the candidate's own act between the interview and the send date, where the notes
    date nothing in between: "I sent the lettering samples on 23 November"."""
    if not _OWN_ACT.search(body[max(0, m.start() - 120) : m.start()]):
        return False
    interviewed = notes.interview.start.date()
    try:
        said = date(year or sent.year, month, day)
    except ValueError:
        return False
    return interviewed < said <= sent and not any(interviewed < d <= sent for d in dates)


def check_facts(draft: Draft, ctx: CheckContext) -> list[Finding]:
    notes = ctx.notes
    body = _MASK.sub(lambda m: " " * len(m.group()), draft.body)
    # placeholders ("[Name]", "<company>") are the placeholders check's; "ASAP" is the tone check's
    body = without_placeholders(body)
    body = re.sub(r"\bASAP\b", "    ", body)
    found: list[Finding] = []
    consumed: list[tuple[int, int]] = []
    dates = supported_dates(notes)
    known_days = {(d.month, d.day) for d in dates}
    hint = ", ".join(long_date(d) for d in sorted(dates))

    def add(code: str, message: str, span: tuple[int, int] | None, suggestion: str | None = None) -> None:
        found.append(Finding("facts", "error", code, message, span, suggestion))

    # dates, then weekdays and months standing alone
    for m, month, day, year in date_hits(body):
        consumed.append(m.span())
        ok = (month, day) in known_days and (year is None or any(d.year == year for d in dates))
        if not ok and _OWN_START.search(body[max(0, m.start() - 100) : m.start()]):
            continue  # "I could start on 1 March": the candidate's own plan, not a date from the notes
        if not ok and _OWN_DEADLINE.search(body[max(0, m.start() - 60) : m.start()]):
            continue  # "a decision by Friday 27 November": a date the candidate sets (pressure, the tone check's)
        if not ok and _own_act_since(body, m, month, day, year, notes, ctx.send_at.date(), dates):
            continue  # "I sent the samples on 23 November": the candidate's own record since the interview
        if not ok:
            add(
                "unsupported_date",
                f"'{m.group()}' is not a date in your notes (they have {hint}).",
                m.span(),
                long_date(min(dates, key=lambda d: abs((d.month * 31 + d.day) - (month * 31 + day)))),
            )
    # the day it is sent is the candidate's to name: "have a great Friday" sent on a Friday (a wrong day of the
    # interview, "our talk on Friday" for a Thursday, still shows)
    weekdays = supported_weekdays(notes) | {ctx.send_at.weekday()}
    for m in WEEKDAY.finditer(body):
        consumed.append(m.span())
        if _AHEAD.search(body[max(0, m.start() - 20) : m.start()]) or _FUTURE_ON.search(
            body[max(0, m.start() - 80) : m.start()]
        ):
            continue  # "by Thursday", "next Monday", "will follow on Monday": a plan ahead, not a fact from the notes
        if _WISH_BEFORE.search(body[max(0, m.start() - 120) : m.start()]) and not _PAST_AFTER.match(body, m.end()):
            continue  # "Hope Rapid give us a good match on Sunday": a wish for a day ahead, not a date from the notes
        if _THEIR_MESSAGE.search(body[max(0, m.start() - 60) : m.start()]):
            continue  # "thank you for your message of Monday": the day their news came, not dated by the notes
        if _habit(body, m):
            continue  # "Saturdays", "every Sunday", "the Saturday evening wait": a habit, not the date of an event
        if own_time(body, m.start(), m.end()):
            continue  # "I'm ready to start Monday", "I sent the report on Friday": the candidate's own plan or act
        if WEEKDAYS.index(m.group("weekday").lower()) not in weekdays:
            names_ = ", ".join(sorted({f"{d:%A}" for d in dates}))
            add(
                "unsupported_date",
                f"'{m.group()}' is not the weekday of a date in your notes ({names_}).",
                m.span(),
            )
    months = {d.month for d in dates} | {ctx.send_at.month} | _months_named(notes)
    for m in MONTH_ALONE.finditer(body):
        consumed.append(m.span("month"))
        if (
            month_number(m.group("month")) not in months
            and not _OWN_PLAN.search(body[max(0, m.start() - 100) : m.start("month")])
            and not own_time(body, m.start("month"), m.end("month"))  # "my contract ends in January"
        ):
            add(
                "unsupported_date",
                f"'{m.group('month')}' does not match any date in your notes.",
                m.span("month"),
            )

    # numbers (a count of the candidate's own work, "I tested 500 lines", is the claims check's)
    consumed += own_count_spans(body, own_and_their_texts(notes)[0])  # the own items claims reads them against
    sent = ctx.send_at  # the date it is sent is known to the candidate: "it is now the 30th"
    numbers = supported_numbers(notes) | {str(sent.day), str(sent.month), str(sent.year)}
    exact_lower = {t.lower() for t in exact_tokens(notes)}
    # a figure with thousands separators is one number: "60,000" is not "60" and "000" (from "30-60-90" or "40k")
    for m in _THOUSANDS.finditer(body):
        if any(s <= m.start() < e for s, e in consumed):
            continue
        consumed.append(m.span())
        if m.group().replace(",", "") not in numbers and m.group() not in exact_lower:
            add(
                "unsupported_number", f"'{m.group()}' is not in your notes; check the figure or leave it out.", m.span()
            )
    for piece in words(body):
        if not any(ch.isdigit() for ch in piece.text) or any(s <= piece.start < e for s, e in consumed):
            continue
        token = bare_word(piece.text.lower())
        digits = re.findall(r"\d+(?:\.\d+)?", token)
        if token in exact_lower or all(d in numbers for d in digits):
            continue
        if _HORIZON.search(body[max(0, piece.start - 30) : piece.start]) and _TIME_UNIT.match(body, piece.end):
            continue  # "in the first 90 days": the span of a plan ahead, not a figure from the notes
        if (
            _SPEECH_PERCENT.match(bare_word(piece.text))
            and _SPEECH_BEFORE.search(body[max(0, piece.start - 20) : piece.start])
            and (_SPEECH_AFTER.match(body, piece.end) or _GIVE_IT.search(body[max(0, piece.start - 20) : piece.start]))
        ):
            continue  # "Nordbib is 100% where I want to be": certainty, not a measured figure
        add(
            "unsupported_number",
            f"'{piece.text}' is not in your notes; check the figure or leave it out.",
            (piece.start, piece.end),
        )
    for m in NUMBER_WORD.finditer(body):
        tens = _TENS_BEFORE.search(body, max(0, m.start() - 10), m.start())
        if tens is not None:
            # "twenty-five engineers": the whole number, not its last word
            value = str(NUMBER_WORDS[tens.group(1).lower()] + NUMBER_WORDS[m.group("word").lower()])
            if value not in numbers:
                add(
                    "unsupported_number",
                    f"'{tens.group(1)}-{m.group()}' is not in your notes; check the figure or leave it out.",
                    (tens.start(), m.end()),
                )
            continue
        if counted_in_notes(m.group("word"), m.group("unit"), notes):
            continue
        if _HORIZON.search(body[max(0, m.start() - 30) : m.start()]) and _TIME_UNIT.match(body, m.end("word")):
            continue  # "how I would approach it in the first six months": a plan's span, not a figure
        if _OWN_SEARCH.search(body[max(0, m.start() - 60) : m.start()]) and _TIME_UNIT.match(body, m.end("word")):
            continue  # "I've been applying for eight months": the candidate's own search, no fact of the notes
        if _SPARE.search(body[max(0, m.start() - 25) : m.start()]) and _SPARE_UNIT.match(body, m.end("word")):
            continue  # "could you spare ten minutes": time asked of them
        if _WORTH_OF.match(body, m.end()) and _TIME_UNIT.match(body, m.end("word")):
            continue  # "an inspector asks for six months of entries": a span's worth of records, no fact
        if m.group("word").lower() == "one" and "-" not in m.group():
            continue  # "in one year" is a manner of speaking; "a one-year cliff" states a term
        counted_other = counts_other_unit(m.group("word"), m.group("unit"), notes)
        if recounts_named(body, m.start(), m.group("word")) and not counted_other:
            continue  # "ornithologists and operations ... the two teams": the things just named, counted again
        if (
            str(NUMBER_WORDS[m.group("word").lower()]) not in numbers
            and m.group("word").lower() not in supported_words(notes)
        ) or counted_other:
            add(
                "unsupported_number",
                f"'{m.group()}' is not in your notes; check the figure or leave it out.",
                m.span(),
            )

    flagged = {f.span for f in found}
    for m in COUNT.finditer(body):
        n, unit = m.group("n"), m.group("unit")
        if unit.lower() in STOPWORDS:
            continue  # "or when one is expected", "one of the": a pronoun, not a count
        if m.span() in flagged or any(ch.isdigit() for ch in n) or not counts_other_number(n, unit, notes):
            continue
        if n.lower() in NUMBER_WORDS and counted_in_notes(n, unit, notes):
            continue  # "three kitchens" where the notes say "three delivery kitchens" (and "two kitchens" elsewhere)
        if any(f.span and f.span[0] <= m.start() < f.span[1] for f in found):
            continue
        if _SPARE.search(body[max(0, m.start() - 25) : m.start()]) and _SPARE_UNIT.match(body, m.start("n") + len(n)):
            continue  # "if you ever have five minutes": time asked of them, no count from the notes
        if _HORIZON.search(body[max(0, m.start() - 30) : m.start()]) and _TIME_UNIT.match(body, m.start("n") + len(n)):
            continue  # "about the next three years": a span ahead, not a count from the notes
        if _ELAPSED_AFTER.match(body, m.end()) or _ELAPSED_BEFORE.search(body[max(0, m.start() - 30) : m.start()]):
            continue  # "it has been over two weeks since the interview": the wait, not a count from the notes
        if _REMAINDER.search(body[max(0, m.start() - 20) : m.start()]):
            continue  # "three days in the office ... the other two days at home": the rest of a count, not a new one
        if n.lower() == "one" and _SOMEDAY.match(m.group()) and not _SPAN_BEFORE.search(body[: m.start()]):
            continue  # "I'd love to compare notes one day": some day, not a count of days
        other = hedged_other_end(body, m.start(), m.start("n") + len(n))
        if other is not None and not counts_other_number(other.group("o"), unit, notes):
            continue  # "two or three depots" where the notes give 2 depots: a hedged range holding their count
        if n.lower() == "one" and _ONE_AGAINST_MANY.search(_paragraph_at(body, m.end())):
            continue  # "getting one robot right is hard enough; ... many of them": one set against many, no count
        head = _COMPOUND_HEAD.match(body, m.end())
        if head and n.lower() not in ("one", "a", "an") and not unit.lower().endswith("s"):
            # the notes counting the whole compound ("3 route changes") keep it checked as one count
            written = f"{unit} {head.group(1)}".lower() in _counted_compounds(notes)
            if not written and not counts_other_number(n, head.group(1), notes):
                continue  # "two lodge owners": the count is of owners ("lodge" describes them), not of lodges
        if _RATE_AFTER.match(body, m.end()):
            continue  # "one piece in ten", "two shifts out of five": a rate (its figures are checked as numbers)
        add("unsupported_number", f"'{m.group()}' does not match the count in your notes.", m.span())

    found += mismatched_counts(body, notes, {f.span for f in found if f.span} | set(consumed))
    found += check_names(draft, ctx, body, consumed) + swapped_institutions(body, notes) + swapped_places(body, notes)
    found += wrong_company_name(draft, ctx, body) + later_items_discussed(body, notes) + swapped_kinds(body, notes)
    found += unsupported_grades(body, notes) + timeline_findings(body, notes)
    found += news_out_of_time(body, notes, ctx.send_at.date()) + swapped_asker(body, notes)
    found += news_results(body, notes) + split_position(body, notes) + shared_places(body, notes)
    found += swapped_owners(body, notes) + described_rival(body, notes) + wrong_shares(body, notes)
    found += wrong_sizes(body, notes)
    person = ctx.recipient(draft)
    found += exchange_findings(body, notes) + wrong_side_hour(body, notes, person)
    found += moved_details(body, notes) + news_as_speech(body, notes, person)
    found += check_links(draft, ctx) + check_compensation(draft, ctx) + check_request_owner(draft, ctx)
    return sorted(found, key=lambda f: f.span or (0, 0))
