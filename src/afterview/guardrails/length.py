"""Length rules (SPEC 2): body words per message kind and channel, LinkedIn characters, the subject line."""

from __future__ import annotations

from afterview.draft import Draft, Finding, Severity
from afterview.guardrails.context import CheckContext
from afterview.limits import LINKEDIN_MAX_CHARS as LINKEDIN_MAX
from afterview.limits import SUBJECT_MAX_CHARS as SUBJECT_MAX
from afterview.limits import THIN, WORDS, word_count
from afterview.vocabulary import Channel, Kind

_LABEL = {
    (Kind.thank_you, Channel.email): "A thank-you email",
    (Kind.thank_you, Channel.handwritten): "A handwritten thank-you card",
    (Kind.status_check, Channel.email): "A status check",
    (Kind.feedback_request, Channel.email): "A feedback request",
}


def check_length(draft: Draft, ctx: CheckContext) -> list[Finding]:
    found: list[Finding] = []

    def add(severity: Severity, code: str, message: str, suggestion: str | None = None) -> None:
        found.append(Finding("length", severity, code, message, None, suggestion))

    body = draft.body.strip()
    if not body:
        add("error", "empty", "The message has no body; write the note before sending it.")
        return found
    subject = (draft.subject or "").strip()
    if draft.channel is Channel.email:
        if not subject:
            add(
                "error",
                "no_subject",
                "An email needs a subject line; add one such as 'Thank you — <position> interview'.",
            )
        elif len(subject) > SUBJECT_MAX:
            add(
                "error",
                "subject_too_long",
                f"The subject has {len(subject)} characters; keep it to {SUBJECT_MAX} so it is not cut off "
                f"in the inbox.",
            )
    elif subject:
        where = "a handwritten card" if draft.channel is Channel.handwritten else "a LinkedIn message"
        add(
            "warning",
            "unexpected_subject",
            f"{where[0].upper()}{where[1:]} has no subject line; drop '{subject}'.",
        )

    if draft.channel is Channel.linkedin:
        if len(body) > LINKEDIN_MAX:
            add(
                "error",
                "too_long",
                f"The LinkedIn message has {len(body)} characters; LinkedIn notes hold {LINKEDIN_MAX}. "
                f"Cut {len(body) - LINKEDIN_MAX} characters.",
            )
        return found

    channel = draft.channel if (draft.kind, draft.channel) in WORDS else Channel.email
    low, high = WORDS[(draft.kind, channel)]
    count = word_count(body)
    label = _LABEL[(draft.kind, channel)]
    # a word processor counts every run between spaces, a spaced dash too ('this week — well deserved'): a draft that
    # reaches the minimum by that count is not short to its writer, so the warning waits for both counts to miss it
    if count < low and (count < THIN * low or len(body.split()) < low):
        add(
            "error" if count < THIN * low else "warning",  # a little short is sendable; two lines are not
            "too_short",
            f"{label} should have {low}\u2013{high} words; this one has {count}. Add a specific detail.",
        )
    elif count > high:
        add(
            "error",
            "too_long",
            f"{label} should have {low}\u2013{high} words; this one has {count}. Cut {count - high} words.",
        )
    return found
