"""Tone: pushy or desperate wording, over-familiarity for the culture and the recipient, shouting."""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding, Severity
from afterview.guardrails.context import CheckContext
from afterview.guardrails.support import exact_tokens
from afterview.guardrails.text import lines, phrase_findings, words
from afterview.vocabulary import Culture, Role

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today"
    r"|end of (?:the )?(?:day|week)|eod|eow|cob|noon|\d{1,2}(?::\d\d)?\s*(?:am|pm))"
)
PUSHY: tuple[tuple[re.Pattern[str], Severity], ...] = (
    (
        re.compile(
            r"\bI (?:expect|need|require|must have|demand) (?:to hear|an? (?:answer|response|reply|decision"
            r"|update))\b",
            re.I,
        ),
        "error",
    ),
    (re.compile(r"\b(?:ASAP|a\.s\.a\.p\.?)\b|\bas soon as possible\b", re.I), "error"),
    (
        re.compile(
            rf"\b(?:let me know|get back to me|respond|reply|hear back|answer me|decide"
            rf"|tell me)\b[^.!?\n]{{0,30}}\bby {_DAY}\b",
            re.I,
        ),
        "error",
    ),
    (
        re.compile(rf"\b(?:I need|I'll need|I will need|I must know)\b[^.!?\n]{{0,40}}\bby {_DAY}\b", re.I),
        "error",
    ),
    (
        re.compile(
            r"\bjust (?:checking|following) (?:in|up) (?:again|once more)\b|\b(?:following|checking) (?:up"
            r"|in) (?:again|once more)\b",
            re.I,
        ),
        "warning",
    ),
    (re.compile(r"\bwhy (?:haven't|have you not|hasn't anyone)\b", re.I), "error"),
    (
        re.compile(r"\b(?:I have|I've) other offers?\b[^.!?\n]{0,40}\b(?:so|unless|must|need)\b", re.I),
        "error",
    ),
    (
        re.compile(r"\b(?:please )?(?:respond|reply) (?:immediately|right away|urgently|promptly)\b", re.I),
        "error",
    ),
)
DESPERATE = re.compile(
    r"\bI (?:really |truly |desperately )?need this (?:job|role|position|offer)\b|\bI(?:'m| am) (?:so "
    r"|really )?desperate\b"
    r"|\bI(?:'m| am)? ?beg(?:ging)?\b|\bplease,? please\b|\bI(?:'ll| will) do anything\b"
    r"|\bplease (?:just )?give me a chance\b"
    r"|\b(?:my|this is my) (?:last|only) (?:hope|chance)\b|\bI can(?:no|')t afford (?:to lose|not to get)\b"
    r"|\bI(?:'ve| have) been (?:unemployed|out of work) (?:for|since)\b",
    re.I,
)
FAMILIAR_SIGNOFF = re.compile(
    r"^(?:love|lots of love|xoxo+|xx+|later|laters|peace|cya|see ya|hugs|ttyl|catch you later|luv)\b[!,.]*",
    re.I,
)
CASUAL_SIGNOFF = re.compile(r"^(?:cheers|ciao|take it easy|ta)\b[!,.]*", re.I)  # fine where the culture is casual
FAMILIAR_GREETING = re.compile(r"^(?:hey|hiya|yo|sup|howdy|heya)\b", re.I)
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]|(?<!\\w)[:;]-?[)(DP](?!\\w)")
ACRONYMS = frozenset(
    [
        "AI",
        "API",
        "APIS",
        "AWS",
        "GCP",
        "SQL",
        "NOSQL",
        "CEO",
        "CTO",
        "CFO",
        "COO",
        "CPO",
        "VP",
        "SVP",
        "EVP",
        "HR",
        "QA",
        "UI",
        "UX",
        "ML",
        "SRE",
        "PM",
        "TPM",
        "US",
        "USA",
        "UK",
        "EU",
        "NYC",
        "SF",
        "LA",
        "PHD",
        "MBA",
        "BS",
        "BA",
        "MS",
        "JSON",
        "HTTP",
        "HTTPS",
        "REST",
        "RPC",
        "GRPC",
        "CI",
        "CD",
        "CICD",
        "SAAS",
        "B2B",
        "B2C",
        "OK",
        "ETL",
        "LLM",
        "LLMS",
        "NLP",
        "GPU",
        "CPU",
        "OKR",
        "OKRS",
        "KPI",
        "KPIS",
        "IPO",
        "SDK",
        "SLA",
        "SLO",
        "SLOS",
        "P99",
        "DNS",
        "TLS",
        "SSO",
        "IAM",
        "EC2",
        "S3",
        "RDS",
        "K8S",
        "CDN",
        "PR",
        "PRS",
        "ID",
        "IDS",
        "IT",
        "IOT",
        "AR",
        "VR",
        "GDPR",
        "SOC",
        "PCI",
        "HIPAA",
        "MVP",
        "ROI",
        "FAQ",
        "PDF",
        "URL",
        "CSV",
        "XML",
        "HTML",
        "CSS",
        "JS",
        "TS",
        "AM",
        "PM",
        "EST",
        "PST",
        "CST",
        "UTC",
        "GMT",
        "CV",
        "I",
        "II",
        "III",
        "IV",
        "NASA",
        "FTP",
        "SSH",
        "VPN",
        "AGM",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "PS",
    ]
)
SHOUT_WORDS = frozenset(
    [
        "VERY",
        "REALLY",
        "MUST",
        "NOW",
        "ALL",
        "SO",
        "LOVE",
        "YES",
        "WOW",
        "THANK",
        "THANKS",
        "YOU",
        "MUCH",
        "HUGE",
        "BEST",
        "GREAT",
        "NEED",
        "PLEASE",
        "NOT",
        "NEVER",
        "ALWAYS",
        "ANY",
        "EXCITED",
        "THE",
        "AND",
        "AMAZING",
        "URGENT",
        "IMPORTANT",
        "TRULY",
        "SUPER",
        "DEFINITELY",
    ]
)


def _formal(ctx: CheckContext, draft: Draft) -> bool:
    person = ctx.recipient(draft)
    return ctx.notes.company.culture is Culture.formal or (person is not None and person.role is Role.executive)


def check_tone(draft: Draft, ctx: CheckContext) -> list[Finding]:
    body = draft.body
    found: list[Finding] = []
    formal = _formal(ctx, draft)
    strict: Severity = "error" if formal else "warning"
    why = "for a formal company" if ctx.notes.company.culture is Culture.formal else "for an executive"

    for m, level in phrase_findings(body, PUSHY):
        found.append(
            Finding(
                "tone",
                level,
                "pushy",
                f"'{m.group()}' sounds pushy; they set the pace of the decision.",
                m.span(),
                "Ask politely whether there is an update on their timeline, and offer anything they need.",
            )
        )
    for m in DESPERATE.finditer(body):
        found.append(
            Finding(
                "tone",
                "error",
                "desperate",
                f"'{m.group()}' sounds desperate and weakens your case.",
                m.span(),
                "Say why you want the role and what you would bring to it instead.",
            )
        )

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
        for line in text_lines[-3:]:
            signoff = FAMILIAR_SIGNOFF.match(line.text)
            if not signoff and (formal or ctx.notes.company.culture is not Culture.casual):
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

    bangs = [i for i, ch in enumerate(body) if ch == "!"]
    if len(bangs) >= 2:
        found.append(
            Finding(
                "tone",
                "error" if len(bangs) >= 3 else "warning",
                "exclamations",
                f"{len(bangs)} exclamation mark{'s' if len(bangs) > 1 else ''}; one at most reads as "
                f"enthusiastic, more as overexcited.",
                (bangs[0], bangs[-1] + 1),
                "Keep at most one exclamation mark, or none.",
            )
        )

    notes_tokens = exact_tokens(ctx.notes)
    shouted = []
    for piece in words(body):
        token = piece.text.replace("\u2019", "'")
        letters = [ch for ch in token if ch.isalpha()]
        if len(letters) < 2 or not all(ch.isupper() for ch in letters):
            continue
        bare = token.removesuffix("'S").removesuffix("S") if token not in ACRONYMS else token
        if token in ACRONYMS or bare in ACRONYMS or token in notes_tokens or bare in notes_tokens:
            continue
        if token == "ASAP":
            continue  # already reported as pushy
        if len(letters) >= 5 or token in SHOUT_WORDS:
            shouted.append(piece)
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
    return sorted(found, key=lambda f: f.span or (0, 0))
