"""Fixes of an LLM draft that need no second call: what a small model reliably gets wrong and code
can put right without changing what the message says.

    stock opener sentence ("I hope this email finds you well.")  → removed
    "I am writing to express my gratitude for …"                  → "Thank you for …"
    an em dash                                                    → a comma
    a subject over 60 characters, or with a placeholder            → the template writer's subject
    "[Your Name]" and other placeholder lines in the sign-off      → the candidate's name / removed
    a misspelled name ("Nguyen" for "Nguyễn")                       → the notes' spelling
    a LinkedIn message over 300 characters                         → whole sentences dropped from the end
                                                                     of the middle, greeting and name kept
    "December 10" to a reader in Berlin, "10 December" in Chicago   → the date in the order the recipient's
                                                                     region writes it, as the template does

Each fix but the date order works from a guardrail finding (its code and span), so it only touches
what a check flagged; the caller checks the result again. Nothing here adds words of its own except the
candidate's name and "Thank you for".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from afterview import limits
from afterview.draft import Draft, Finding
from afterview.guardrails.dates import MONTHS
from afterview.vocabulary import Channel

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_GRATITUDE = re.compile(
    r"\bI am writing (?:to you )?to (?:express|convey|extend|share) (?:my |our )?(?:(?:sincere|heartfelt|deep|"
    r"genuine|warm|sincerest) )?(?:gratitude|thanks|appreciation)(?: to you)? (?:for|regarding)\b",
    re.I,
)
_WRITING_TO_THANK = re.compile(r"\bI am writing (?:to you )?to (?:thank you|say thank you)\b", re.I)
_WRITING_TO_FOLLOW = re.compile(r"\bI am writing to follow up\b", re.I)
_NAME_PLACEHOLDER = re.compile(r"name", re.I)
_MONTHS = "|".join(month.capitalize() for month in MONTHS)  # the month names the date checks read
# "December 10", "December 10th", "December 10, 2026"; not "December 2026", "May 10:30" or "May 100"
_DAY = r"([1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\b"
_MONTH_DAY = re.compile(rf"\b({_MONTHS}) {_DAY}(?![:.,]?\d)(?:,? ([12][0-9]{{3}})\b)?")
# "10 December", "10th December", "10 December 2026"
_DAY_MONTH = re.compile(rf"\b{_DAY} ({_MONTHS})\b(?: ([12][0-9]{{3}})\b)?")
# how many lines at the end of a body count as the sign-off
SIGN_OFF_LINES = 3


def sentence_span(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around body[start:end]: from after the previous sentence end or line break
    to after the next sentence end, with the spaces that follow it."""
    left = max(body.rfind("\n", 0, start) + 1, 0)
    for m in _SENTENCE_END.finditer(body, left, start):
        left = m.end()
    while left < start and body[left] == " ":
        left += 1
    line_end = body.find("\n", end)
    line_end = len(body) if line_end == -1 else line_end
    closing = _SENTENCE_END.search(body, max(end - 1, left), line_end)
    right = closing.end() if closing else line_end
    while right < line_end and body[right] == " ":
        right += 1
    return left, right


def _tidy(body: str) -> str:
    """Spaces and empty paragraphs an edit left behind."""
    lines = [re.sub(r" {2,}", " ", line).strip() for line in body.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    text = re.sub(r" ,", ",", text)
    return text + "\n"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def fix_opener(body: str, span: tuple[int, int]) -> str | None:
    """A stock opener: the sentence goes, or its opening becomes plain thanks."""
    start, end = sentence_span(body, *span)
    sentence = body[start:end]
    for pattern, plain in ((_GRATITUDE, "Thank you for"), (_WRITING_TO_THANK, "Thank you")):
        m = pattern.search(sentence)
        if m:
            return body[:start] + sentence[: m.start()] + plain + sentence[m.end() :] + body[end:]
    m = _WRITING_TO_FOLLOW.search(sentence)
    if m:
        return body[:start] + sentence[: m.start()] + "I would like to follow up" + sentence[m.end() :] + body[end:]
    rest = (sentence[: span[0] - start] + sentence[span[1] - start :]).strip(" ,.!?;:")
    if rest and not re.fullmatch(r"(?:and|but|so)?\s*", rest, re.I):
        # more in the sentence than the opener: drop a leading clause only ("I hope … well, and thank you …")
        lead = re.match(r"\s*[,;]?\s*(?:and\s+)?", sentence[span[1] - start :])
        tail = sentence[span[1] - start + (lead.end() if lead else 0) :]
        if span[0] == start and re.match(r"(?:I|I'm|I've|thank|thanks|it was|my)\b", tail, re.I):
            return body[:start] + _capitalised(tail) + body[end:]
        return None  # "… well and that you had a good weekend": not a sentence without the opener
    return body[:start] + body[end:]


def fix_dash(body: str, span: tuple[int, int]) -> str:
    return body[: span[0]] + ", " + body[span[1] :].lstrip()


def fix_sign_off_placeholder(body: str, span: tuple[int, int], candidate: str) -> str | None:
    """A placeholder in the last lines: a name placeholder becomes the candidate's name, another
    placeholder line ('[Phone]') goes; anywhere else it is the repair round's job."""
    lines = body.rstrip("\n").split("\n")
    tail_start = len("\n".join(lines[:-SIGN_OFF_LINES])) if len(lines) > SIGN_OFF_LINES else 0
    if span[0] < tail_start:
        return None
    placeholder = body[span[0] : span[1]]
    line_start = body.rfind("\n", 0, span[0]) + 1
    line_end = body.find("\n", span[1])
    line_end = len(body) if line_end == -1 else line_end
    line = body[line_start:line_end]
    if _NAME_PLACEHOLDER.search(placeholder):
        if candidate in body[:line_start] + body[line_end:]:
            return body[:line_start] + body[line_end + 1 :]  # the name is already there: the line goes
        return body[: span[0]] + candidate + body[span[1] :]
    if line.strip() == placeholder.strip():
        return body[:line_start] + body[line_end + 1 :]
    return None


def trim_linkedin(body: str, limit: int = limits.LINKEDIN_MAX_CHARS) -> str | None:
    """Whole sentences dropped from the end of the middle until the message fits, the greeting
    line, the first sentence and the last line (the name) kept; None if it cannot fit."""
    lines = body.strip().split("\n")
    if len(lines) < 3:
        return None
    head, tail = lines[0], lines[-1]
    middle = "\n".join(lines[1:-1]).strip()
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", middle) if s.strip()]
    while len(sentences) > 1:
        text = f"{head}\n\n{' '.join(sentences)}\n\n{tail}"
        if len(text) <= limit:
            return text + "\n"
        sentences.pop(-2 if len(sentences) > 2 else -1)
    text = f"{head}\n\n{' '.join(sentences)}\n\n{tail}"
    return text + "\n" if len(text) <= limit else None


def regional_dates(text: str, month_first: bool) -> str:
    """Every written-out date in the order the recipient's region writes it: "December 10, 2026" in the US
    and Canada, "10 December 2026" elsewhere (region.py; what the template writer does)."""
    if month_first:
        return _DAY_MONTH.sub(lambda m: f"{m[2]} {m[1]}" + (f", {m[3]}" if m[3] else ""), text)
    return _MONTH_DAY.sub(lambda m: f"{m[2]} {m[1]}" + (f" {m[3]}" if m[3] else ""), text)


def _inside(span: tuple[int, int], holes: Sequence[tuple[int, int] | None]) -> bool:
    """Within a placeholder ('Your' in '[Your Name]' is no misspelled name)."""
    return any(h is not None and h[0] <= span[0] and span[1] <= h[1] for h in holes)


def mechanical_fixes(
    draft: Draft,
    findings: Sequence[Finding],
    candidate: str,
    safe_subject: Callable[[], str | None],
    month_first: bool | None = None,
) -> tuple[Draft, tuple[str, ...]]:
    """The draft with every finding fixed that code can fix safely, and the codes it fixed.
    `month_first`: the recipient's region writes dates month first (True) or day first (False); None
    leaves the dates as they are."""
    body, subject = draft.body, draft.subject
    done: list[str] = []
    # body edits from the end, so the spans before each edit stay valid
    holes = [f.span for f in findings if f.check == "placeholders" and f.span is not None]
    spanned = sorted(
        (f for f in findings if f.span is not None and (f.check == "placeholders" or not _inside(f.span, holes))),
        key=lambda f: f.span or (0, 0),
        reverse=True,
    )
    last_start = len(body) + 1
    for f in spanned:
        assert f.span is not None
        if f.span[1] > last_start:
            continue  # overlaps an edit already made
        fixed: str | None = None
        if f.check == "ai_tells" and f.code == "stock_opening":
            fixed = fix_opener(body, f.span)
        elif f.check == "ai_tells" and f.code == "em_dash":
            fixed = fix_dash(body, f.span)
        elif f.check == "placeholders":
            fixed = fix_sign_off_placeholder(body, f.span, candidate)
        elif f.check == "facts" and f.code == "misspelled_name" and f.suggestion:
            fixed = body[: f.span[0]] + f.suggestion + body[f.span[1] :]
        if fixed is not None and fixed != body:
            body, last_start = fixed, f.span[0]
            done.append(f.code)
    codes = {(f.check, f.code) for f in findings}
    subject_bad = ("length", "subject_too_long") in codes or any(
        f.check == "placeholders" and f.span is None for f in findings
    )
    if draft.channel is Channel.email and subject_bad:
        replacement = safe_subject()
        if replacement and replacement != subject:
            subject = replacement
            done.append("subject")
    if month_first is not None:
        redated = regional_dates(body, month_first)
        resubject = regional_dates(subject, month_first) if subject else subject
        if (redated, resubject) != (body, subject):
            body, subject = redated, resubject
            done.append("date_order")
    if done:
        body = _tidy(body)
    if draft.channel is Channel.linkedin and len(body.strip()) > limits.LINKEDIN_MAX_CHARS:
        trimmed = trim_linkedin(body)
        if trimmed is not None:
            body = trimmed
            done.append("linkedin_trimmed")
    if not done:
        return draft, ()
    return replace(draft, body=body, subject=subject, findings=()), tuple(done)
