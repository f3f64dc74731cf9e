"""Tone: pushy or desperate wording, over-familiarity for the culture and the recipient, shouting."""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding, Severity
from afterview.guardrails.ai_tells import ASSISTANT_WRAPPER
from afterview.guardrails.context import CheckContext
from afterview.guardrails.decision_argument import reconsider_findings
from afterview.guardrails.placeholders import without_placeholders
from afterview.guardrails.pressure import THEIR_DATE, pressure_findings
from afterview.guardrails.support import exact_tokens, supported_words
from afterview.guardrails.text import Piece, lines, phrase_findings, words
from afterview.guardrails.tone_phrases import (
    ACRONYMS,
    CASUAL_SIGNOFF,
    CHATTY,
    DESPERATE,
    EMOJI,
    FAMILIAR_GREETING,
    FAMILIAR_SIGNOFF,
    FORMAL_GREETING,
    GUSHING,
    OVER_FAMILIAR,
    PRESUMING,
    PUSHY,
    SHOUT_WORDS,
)
from afterview.guardrails.tone_requests import request_findings
from afterview.vocabulary import Culture, Kind, Role


def _formal(ctx: CheckContext, draft: Draft) -> bool:
    """A formal company, or an executive at a company that is not casual: at a casual company the founder or the
    director is greeted and signed off to the way the rest of the team is ("Hey Dana", "no worries", "Cheers,"),
    which blind36, blind39 and blind44's authors all wrote as clean."""
    person = ctx.recipient(draft)
    culture = ctx.notes.company.culture
    executive = person is not None and person.role is Role.executive
    return culture is Culture.formal or (executive and culture is not Culture.casual)


def _is_caps(token: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _english(word: str) -> bool:
    """Whether a word in capitals is an English word said loudly ('AMAZING', 'GRATEFUL'), not an agency's or a
    product's initials the acronym list lacks ('USITC', 'FIATA'): the dictionary knows its lower case."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return bool(lemminflect.getAllLemmas(word.lower()))


def _shouting(text: str, notes_tokens: frozenset[str]) -> list[Piece]:
    """Words in capitals that are not acronyms or words the notes write in capitals.

    A word counts when it is a long English word (5+ letters) or a typical shouted word; in a run of three or more
    capitalised words ("THANKS FOR TODAY") every one of them counts.
    """
    run: list[tuple[Piece, bool]] = []  # (word, counts on its own)
    out: list[Piece] = []

    def close_run() -> None:
        if len(run) >= 3:
            out.extend(p for p, _ in run)
        else:
            out.extend(p for p, alone in run if alone)
        run.clear()

    for piece in words(text):
        token = piece.text.replace("\u2019", "'")
        letters = [ch for ch in token if ch.isalpha()]
        if len(letters) < 2:
            if not (len(letters) == 1 and letters[0].isupper()):  # 'I' and 'A' neither count nor break a run
                close_run()
            continue
        if not _is_caps(token):
            close_run()
            continue
        bare = token.removesuffix("'S").removesuffix("S") if token not in ACRONYMS else token
        if token in ACRONYMS or bare in ACRONYMS or token in notes_tokens or bare in notes_tokens or token == "ASAP":
            continue  # acronyms (ASAP is reported as pushy) neither count nor break a run
        run.append((piece, (len(letters) >= 5 and _english(bare)) or token in SHOUT_WORDS))
    close_run()
    return sorted(out, key=lambda p: p.start)


def _over_familiar(text: str, ctx: CheckContext, skip: list[tuple[int, int]]) -> list[tuple[re.Match[str], str]]:
    """Slang and over-familiar phrases, each with its suggestion."""
    known = supported_words(ctx.notes)
    hits = []
    for m, suggestion in phrase_findings(text, OVER_FAMILIAR):
        if any(a < m.end() and m.start() < b for a, b in skip):
            continue  # already reported as a greeting or sign-off
        if " " not in m.group() and m.group().lower() in known:
            continue  # the notes use the word (a product, a name)
        hits.append((m, suggestion))
    return hits


def check_tone(draft: Draft, ctx: CheckContext) -> list[Finding]:
    body = draft.body
    found: list[Finding] = []
    formal = _formal(ctx, draft)
    strict: Severity = "error" if formal else "warning"
    why = "for a formal company" if ctx.notes.company.culture is Culture.formal else "for an executive"

    text_lines = lines(body)
    if text_lines:
        first = text_lines[0]
        greeting = FAMILIAR_GREETING.match(first.text)
        if greeting and (formal or ctx.notes.company.culture is not Culture.casual):
            found.append(
                Finding(
                    "tone",
                    strict,
                    "familiar_greeting",
                    f"'{greeting.group()}' is too casual a greeting{' ' + why if formal else ''}.",
                    (first.start, first.start + greeting.end()),
                    "Open with 'Dear' or 'Hi' and their name.",
                )
            )
        # "Cheers," is ordinary in a neutral culture; to a formal company or an executive it is wrong only where
        # the letter is otherwise formal ("Dear Ms. Campbell, ... Cheers,"): under "Hi Fiona," it keeps the register
        register_break = formal and FORMAL_GREETING.match(first.text) is not None
        for line in text_lines[-3:]:
            signoff = FAMILIAR_SIGNOFF.match(line.text)
            if not signoff and register_break:
                signoff = CASUAL_SIGNOFF.match(line.text)
            if signoff and len(line.text) <= 25:
                found.append(
                    Finding(
                        "tone",
                        strict,
                        "familiar_signoff",
                        f"'{signoff.group()}' is an over-familiar sign-off{' ' + why if formal else ''}.",
                        (line.start, line.start + signoff.end()),
                        "Sign off with 'Best regards' or 'Kind regards'.",
                    )
                )

    taken = [f.span for f in found if f.span and f.code in ("familiar_greeting", "familiar_signoff")]
    found += _wording(body, ctx, strict, why if formal else "", taken=taken)
    said = [f.span for f in found if f.span and f.code in ("pushy", "desperate")]
    found += [
        f for f in pressure_findings(body) if not any(f.span and a < f.span[1] and f.span[0] < b for a, b in said)
    ]
    found += reconsider_findings(draft)
    found += [f for f in request_findings(body) if not any(f.span and a < f.span[1] and f.span[0] < b for a, b in said)]

    # a chatbot's preface pasted above the letter ("Certainly! Here's ...") is the ai_tells check's, not its tone
    wrapper = [m.span() for m in ASSISTANT_WRAPPER.finditer(body)]
    bangs = [i for i, ch in enumerate(body) if ch == "!" and not any(a <= i < b for a, b in wrapper)]
    allowed = 2 if ctx.notes.company.culture is Culture.casual else 1  # a casual studio takes two
    if bangs and (len(bangs) > allowed or "!!" in body):  # "!!" reads as overexcited anywhere
        found.append(
            Finding(
                "tone",
                "error" if len(bangs) > allowed + 1 else "warning",
                "exclamations",
                f"{len(bangs)} exclamation mark{'s' if len(bangs) > 1 else ''}; one at most reads as "
                f"enthusiastic, more as overexcited.",
                (bangs[0], bangs[-1] + 1),
                "Keep at most one exclamation mark, or none.",
            )
        )

    notes_tokens = exact_tokens(ctx.notes)
    unfilled = without_placeholders(body)  # a placeholder in capitals ("[START DATE]") is the placeholders check's
    shouted = _shouting(unfilled, notes_tokens)
    for piece in shouted:
        found.append(
            Finding(
                "tone",
                "error" if len(shouted) >= 3 else "warning",
                "all_caps",
                f"'{piece.text}' in capitals reads as shouting.",
                (piece.start, piece.end),
                piece.text.capitalize(),
            )
        )

    for m in EMOJI.finditer(body):
        found.append(
            Finding(
                "tone",
                strict,
                "emoji",
                "Emoji and emoticons are too casual for a follow-up to an interviewer.",
                m.span(),
                "Remove it.",
            )
        )
    found.sort(key=lambda f: f.span or (0, 0))
    if draft.subject:
        found += _subject_findings(draft.subject, ctx, strict, why if formal else "")
    return found


def _sentence_case(subject: str, shouted: list[Piece]) -> str:
    out = subject
    for piece in reversed(shouted):
        word = piece.text.lower() if piece.start > 0 else piece.text.capitalize()
        out = out[: piece.start] + word + out[piece.end :]
    return out


SUBJECT_ADVICE = "Keep the subject to the role and the interview, e.g. 'Thank you: <role> interview'."


_AGAIN = re.compile(r"\b(?:again|once more|more)$", re.I)


# The candidate's own promise before "as soon as possible": "I will send the slides as soon as possible".
_OWN_PROMISE = re.compile(
    r"\bI(?:'ll|\u2019ll| will| can| shall| am going to|'m going to|'d|\u2019d| would) (?:\w+ ){0,2}?(?:send|share"
    r"|forward|get|have|finish|complete|submit|return|reply|respond|follow up|provide|pass on"
    # a step of the candidate's own: "I would start (the course) as soon as possible" (blind40)
    r"|start|begin|enrol|enroll|sign up|book|arrange|move|relocate)\b[^.!?\n]*$",
    re.I,
)


def _wording(
    text: str,
    ctx: CheckContext,
    strict: Severity,
    why: str,
    *,
    subject: bool = False,
    taken: list[tuple[int, int]] | None = None,
) -> list[Finding]:
    """Pushy, desperate and over-familiar words, in the body (with spans) or the subject (without)."""
    say = "In the subject, " if subject else ""
    tail = f" {why}" if why else ""
    found = []
    followed_before = any(e.kind is Kind.status_check for e in ctx.notes.history)
    for m, level in phrase_findings(text, PUSHY):
        if _OWN_PROMISE.search(text[max(0, text.rfind(".", 0, m.start()) + 1) : m.start()]):
            continue  # "I will send the materials as soon as possible": the candidate's own promise, no pressure
        clause_start = max(text.rfind(mark, 0, m.start()) for mark in ".;!?") + 1
        if re.search(r"\bby\b", m.group()) and THEIR_DATE.search(text[clause_start : m.end()]):
            continue  # "I know the team planned to decide by today": their own date said back, no deadline set
        if followed_before and _AGAIN.search(m.group()) and not m.group().lower().startswith("just"):
            continue  # "following up once more": true when the notes hold an earlier status check ("just checking
            # in again" is the impatient sigh SPEC names, true or not)
        advice = (
            SUBJECT_ADVICE
            if subject
            else ("Ask politely whether there is an update on the timeline, and offer anything they need.")
        )
        message = f"{say}'{m.group()}' sounds pushy; they set the pace of the decision."
        found.append(Finding("tone", level, "pushy", message, None if subject else m.span(), advice))
    for m in DESPERATE.finditer(text):
        advice = SUBJECT_ADVICE if subject else "Say why you want the role and what you would bring to it instead."
        message = f"{say}'{m.group()}' sounds desperate and weakens your case."
        found.append(Finding("tone", "error", "desperate", message, None if subject else m.span(), advice))
    for m in PRESUMING.finditer(text):
        message = f"{say}'{m.group()}' presumes their decision; it reads as pushy."
        advice = "Say what you would bring and leave the decision to them."
        found.append(Finding("tone", "warning", "presumptuous", message, None if subject else m.span(), advice))
    for m in GUSHING.finditer(text):
        message = f"{say}'{m.group()}' gushes; flattery this strong reads as insincere."
        advice = "Say what impressed you, specifically and plainly."
        found.append(Finding("tone", "warning", "gushing", message, None if subject else m.span(), advice))
    if strict == "error":  # a formal company or an executive
        for m in CHATTY.finditer(text):
            message = f"{say}'{m.group()}' is chattier than a follow-up to this company should be{tail}."
            advice = "Say it plainly, e.g. 'very interesting', 'I would be glad to'."
            found.append(Finding("tone", strict, "over_familiar", message, None if subject else m.span(), advice))
    for m, suggestion in _over_familiar(text, ctx, taken or []):
        message = f"{say}'{m.group()}' is too casual for a follow-up to an interviewer{tail}."
        found.append(Finding("tone", strict, "over_familiar", message, None if subject else m.span(), suggestion))
    return found


def _subject_findings(subject: str, ctx: CheckContext, strict: Severity, why: str) -> list[Finding]:
    """The subject line gets the same checks as the body; its findings have no span (spans index the body)."""
    found: list[Finding] = []
    tail = f" {why}" if why else ""
    found += _wording(subject, ctx, strict, why, subject=True)
    bangs = subject.count("!")
    if bangs >= 2:
        found.append(
            Finding(
                "tone",
                "error" if bangs >= 3 else "warning",
                "exclamations",
                f"In the subject, {bangs} exclamation marks read as overexcited.",
                None,
                "Drop the exclamation marks from the subject.",
            )
        )
    shouted = _shouting(subject, exact_tokens(ctx.notes))
    if shouted:
        quoted = ", ".join(f"'{p.text}'" for p in shouted)
        found.append(
            Finding(
                "tone",
                "error" if len(shouted) >= 3 else "warning",
                "all_caps",
                f"In the subject, {quoted} in capitals read{'s' if len(shouted) == 1 else ''} as shouting.",
                None,
                _sentence_case(subject, shouted),
            )
        )
    if EMOJI.search(subject):
        found.append(
            Finding(
                "tone",
                strict,
                "emoji",
                f"In the subject, emoji and emoticons are too casual for a follow-up to an interviewer{tail}.",
                None,
                "Remove it.",
            )
        )
    return found
