"""Timing (SPEC 3): is this the right moment to send this message, given the plan and `send_at`?"""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.decision_words import decision_in_words
from afterview.guardrails.text import sentences
from afterview.guardrails.timing_night import night_send
from afterview.notes.model import Interviewer
from afterview.planning import CONCLUDED, EXCESSIVE
from afterview.timing import day_stamp, stamp, when_phrase, window_state
from afterview.vocabulary import Channel, Kind, Outcome

SAME_DAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|earlier today|tonight)\b", re.I)
# "I will send the write-up today": a promise dated by the day the message goes out, right whenever it is sent.
_PROMISE_BEFORE = re.compile(
    r"\b(?:I|we)(?:['\u2019]ll| will| shall| am going to|['\u2019]m going to| plan to| can| intend to)\b[^!?\n]*$"
    # an offer to act: "I'm happy to share references today", "I would be glad to send the summary today"
    r"|\b(?:I|we)(?:['\u2019]m| am|['\u2019]re| are|['\u2019]d be| would be)\s+(?:\w+\s+)?(?:happy|glad|ready|pleased)"
    r" to (?:send|share|forward|provide|pass|prepare|supply|email|mail|drop|upload|complete|sign|return|set up|schedule"
    r"|book|jump on|hop on)\b[^!?\n]*$"
    # ... or said of the thing promised: "the repo link will follow today"
    r"|\b(?:link|file|files|plan|sample|copy|transcript|references?|portfolio|write-up|document|details|it|they)"
    r" (?:will|shall|is going to|should) (?:follow|arrive|come|reach you|be (?:sent|with you|in your inbox|attached))\b"
    r"[^!?\n]*$"
    r"|\blater\s*$",
    re.I,
)


# "how QA works today", "the stores, which today each price from a spreadsheet", "how scans are checked today": 'today'
# as 'nowadays', in a clause of how things stand (a wh-clause with no past verb), or after a present passive or
# progressive ("are checked today", "is facing today"); never about the day of the interview
_BOUNDARY = re.compile(r"[,;:(\u2014\u2013]|\b(?:how|which|where|what|that|whose|who)\b", re.I)
_PRESENT_AUX = re.compile(
    r"\b(?:is|are|am|['\u2019]re|['\u2019]s)\s+(?:still\s+|currently\s+|now\s+)?\w+(?:ed|en|ing)\s*$", re.I
)
_PASSIVE = re.compile(r"\b(?:is|are|am|be|been|being)\s+\w+ed\b", re.I)
_PAST = re.compile(
    r"\b(?:\w+ed|was|were|had|did|met|spoke|said|told|showed|gave|took|made|went|saw|heard|thought|felt|taught"
    r"|brought|meet|meeting|talk|talking|chat|speak|speaking|interviews?|conversations?|call|discussions?|visit|tour"
    r"|session|panel|time)\b",
    re.I,
)
_AFTER = re.compile(r"[^,;:.!?\n(\u2014\u2013]*")


def _sentence_start(body: str, at: int) -> int:
    """Where the sentence holding `at` starts."""
    return next((p.start for p in sentences(body) if p.start <= at < p.end), 0)


# "in today's fast-paced world", "today's rapidly evolving carbon market": the stock phrase for the present age; the
# possessive's noun phrase (its next three words) names an era or a trend, never a meeting
_TODAYS_AGE = re.compile(
    r"['\u2019]s(?:\s+[\w-]+){0,2}?\s+(?:world|landscape|market|marketplace|economy|industry|environment|climate|era|age"
    r"|times|fast-paced|ever-changing|changing|evolving|data-driven|digital|competitive|modern|connected)\b",
    re.I,
)


def _nowadays(body: str, at: int, end: int) -> bool:
    """Whether 'today' at `at` means 'these days' rather than the day you met."""
    if _TODAYS_AGE.match(body, end):
        return True
    start = _sentence_start(body, at)
    before = body[start:at]
    if _PRESENT_AUX.search(before):
        return True
    last = max(_BOUNDARY.finditer(before), key=lambda b: b.start(), default=None)
    if last is None or not last.group()[0].isalpha():
        return False  # the clause holding 'today' is no clause of how things stand
    after = _AFTER.match(body, end)
    clause = before[last.end() :] + (after.group() if after else "")
    return _PAST.search(_PASSIVE.sub("", clause)) is None


def _about_the_send_day(body: str, at: int) -> bool:
    """Whether the sentence holding `at` promises something before it ("I will send it to Ms. Huang today")."""
    start = _sentence_start(body, at)
    return _PROMISE_BEFORE.search(body[start:at]) is not None


def check_timing(draft: Draft, ctx: CheckContext) -> list[Finding]:
    notes = ctx.notes

    def error(code: str, message: str) -> list[Finding]:
        return [Finding("timing", "error", code, message)]

    if notes.interview.outcome is not Outcome.pending and not (
        draft.kind is Kind.feedback_request and notes.interview.outcome is Outcome.rejected
    ):
        return error("concluded", f"Do not send this: {CONCLUDED[notes.interview.outcome]}.")

    planned = ctx.planned
    if planned is None:
        skipped = [
            s
            for s in ctx.plan.skipped
            if s.kind is draft.kind and (s.to == draft.to or draft.kind is not Kind.thank_you)
        ]
        codes = {s.code for s in skipped}
        if "excessive" in codes:
            return error("excessive", f"Do not send another status check: {EXCESSIVE}.")
        if "no_follow_up" in codes:
            return error("no_follow_up", "You were told not to follow up; do not send a status check.")
        sent = next((s for s in skipped if s.sent_on is not None and s.to == draft.to), None)
        if sent is not None and sent.sent_on is not None:
            return error(
                "already_sent",
                f"You already sent this {draft.kind.value.replace('_', '-')} on {day_stamp(sent.sent_on)}.",
            )
        if skipped:
            return error("not_planned", f"Do not send this now: {skipped[0].reason}.")
        if _feedback_to_another(draft, ctx):
            return [
                Finding(
                    "timing",
                    "info",
                    "not_contact",
                    f"The feedback request is planned to {ctx.plan.contact.name}; asking {draft.to} is fine if they "
                    "ran the process or told you the decision.",
                )
            ]
        if draft.kind is Kind.status_check and draft.to != ctx.plan.contact.name:
            return error(
                "not_contact",
                f"Send one status check, to your point of contact {ctx.plan.contact.name}, not to {draft.to}.",
            )
        return error(
            "not_planned",
            f"No {draft.kind.value.replace('_', ' ')} to {draft.to} is planned; check the kind and recipient.",
        )

    send = planned.send
    zone = notes.zone_of(planned.to)
    local = ctx.send_at.astimezone(zone)
    found: list[Finding] = night_send(local, planned.to.name)
    if draft.kind is Kind.thank_you and send.deadline is not None and send.interview_end is not None:
        end = send.interview_end
        interview_day = end.astimezone(zone).date()
        if local < end:
            found += error(
                "too_early",
                f"The interview ends at {stamp(end.astimezone(zone))}; send the thank-you after it.",
            )
        elif local > send.deadline:
            found.append(
                Finding(
                    "timing",
                    "warning",
                    "overdue",
                    f"Sending at {stamp(local)} is past the 24-hour mark ({stamp(send.deadline)}); "
                    "still send it, without implying it is the same day.",
                    None,
                    "Say 'on Tuesday' or 'last week' rather than 'today'.",
                )
            )
        if local.date() > interview_day:
            for m in SAME_DAY.finditer(draft.body):
                if _about_the_send_day(draft.body, m.start()):
                    continue
                if m.group().lower() == "today" and _nowadays(draft.body, m.start(), m.end()):
                    continue
                found.append(
                    Finding(
                        "timing",
                        "warning",
                        "same_day_wording",
                        f"'{m.group()}' is wrong when you send on {day_stamp(local.date())}: "
                        f"the interview was on {day_stamp(interview_day)}.",
                        m.span(),
                        when_phrase(interview_day, local.date()),  # as the writer says it: "yesterday", "on Monday"
                    )
                )
    elif draft.kind is Kind.status_check and send.window_start is not None and send.window_end is not None:
        state = window_state(local.date(), send.window_start, send.window_end)
        if state == "not_yet":
            found += error(
                "too_early",
                f"Sending on {day_stamp(local.date())} is too early: wait for the window "
                f"{day_stamp(send.window_start)} \u2013 {day_stamp(send.window_end)} "
                f"(suggested {stamp(send.recommended_at)}).",
            )
        elif state == "late":
            found.append(
                Finding(
                    "timing",
                    "warning",
                    "late",
                    f"The window for this status check closed on {day_stamp(send.window_end)}; "
                    "it is still fine to send, briefly.",
                )
            )
        if send.final:
            found.append(
                Finding(
                    "timing",
                    "info",
                    "final",
                    "This is your last status check: if it goes unanswered, move on to other opportunities.",
                )
            )
        found += _no_address(draft, planned.to)
        found += decision_in_words(notes)
    return found


def _feedback_to_another(draft: Draft, ctx: CheckContext) -> bool:
    """A feedback request after a rejection, to an interviewer who is not the planned contact: its moment is the
    same whoever gets it (after the decision), and the one who ran the process or broke the news (a recruiter, the
    hiring manager who called) is as fit to ask as the contact, so it breaks no timing rule."""
    return (
        draft.kind is Kind.feedback_request
        and ctx.notes.interview.outcome is Outcome.rejected
        and ctx.recipient(draft) is not None
        and any(m.kind is Kind.feedback_request for m in ctx.plan.messages)
    )


def _no_address(draft: Draft, person: Interviewer) -> list[Finding]:
    """A status check goes by email (SPEC 2) even to someone the notes reach only by card: say the
    notes hold no address for them, rather than plan an email nobody can send."""
    if draft.channel is not Channel.email or person.email is not None or person.channel is not Channel.handwritten:
        return []
    return [
        Finding(
            "timing",
            "info",
            "no_email",
            f"A status check goes by email, and the notes give no email for {person.name}, only a handwritten card.",
            None,
            f"Add email: for {person.name} in the notes if you have it; if not, ask the person who "
            "arranged the interview to pass your note on.",
        )
    ]
