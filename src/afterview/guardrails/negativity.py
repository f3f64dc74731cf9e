"""Negativity: complaints about the wait or the process, negative remarks about anyone, passive aggression.

A lexicon score over a whole email hides one complaint, and scores pushy or passive-aggressive
sentences as neutral, so VADER scores each sentence and phrase rules do the rest. Sentences that
quote one of the team's own challenges from the notes are exempt from the lexicon score: naming
their problem is the point of the note.
"""

from __future__ import annotations

import re
import threading
import warnings
from typing import Any

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.text import content_stems, item_referenced, sentences

NEGATIVE_SENTENCE = -0.5  # VADER compound at or below this is a negative sentence

_WAIT = (
    r"\b(?:it(?:'s| has| is)|it's already) been (?:\w+ ){0,2}(?:days?|weeks?|months?|forever|ages)\b"
    r"|\b(?:still )?(?:haven't|have not|hadn't|didn't|did not) (?:heard|received|gotten|got) (?:back"
    r"|anything|a (?:reply|response|word)|any (?:news|updates?|replies|reply|responses?|word|feedback))"
    r"|\bstill (?:haven't|have not) heard\b|\bstill waiting\b|\bwaiting (?:so long|forever|for ages)\b"
    r"|\bno one (?:has )?(?:got(?:ten)? back|responded|replied|answered)\b"
    r"|\bnobody (?:has )?(?:got(?:ten)? back|responded|replied|answered)\b"
    r"|\b(?:long|slow|endless|drawn-out|lengthy) (?:wait|process|silence)\b|\b(?:taking|took|takes) (?:so"
    r"|too|this) long\b"
    r"|\bghost(?:ed|ing)\b|\bleft (?:me )?(?:hanging|in the dark)\b|\bkept (?:me )?waiting\b"
    r"|\black of (?:communication|response|updates?)\b"
    r"|\bdisappoint(?:ed|ing) (?:with|in|by|that) (?:the |your |how |you |nobody |no one )"
)
# Words that complain, unless the sentence is about one of the team's own challenges.
_SOFT = r"\bfrustrat(?:ed|ing|ion)\b|\bannoy(?:ed|ing)\b|\b(?:unacceptable|ridiculous|absurd)\b"
_REMARK = (
    r"\b(?:terrible|awful|horrible|toxic|incompetent|clueless|useless|lazy|stupid|idiot(?:ic|s)?|rude|unprofessional"
    r"|disorganized|disorganised|a mess|a joke|a nightmare|dysfunctional|hated|hate|sucked|sucks|worst"
    r"|pathetic|arrogant|dishonest)\b"
)
_PASSIVE = (
    r"\bas I (?:already |previously )?(?:mentioned|said|stated|noted|wrote|explained|pointed out)\b"
    r"|\bper my (?:last|previous|prior|earlier) (?:e-?mail|message|note|letter)\b|\bas (?:previously"
    r"|already) (?:stated|mentioned|discussed)\b"
    r"|\bin case you missed (?:it|my)\b|\b(?:a )?friendly reminder\b|\bnot sure if you (?:got|received|saw"
    r"|read) my\b"
    r"|\bI(?:'ve| have) (?:already )?(?:sent|emailed|written|called)(?: you)? (?:several|multiple|many"
    r"|a few|\d+|two|three) times\b"
    r"|\bmy (?:last|previous) (?:two|three|several|\d+) (?:e-?mails|messages)\b|\bI(?:'m"
    r"| am) (?:still )?waiting (?:on|for) (?:you|your)\b"
    r"|\bresending (?:this|my)\b|\bbumping this\b"
)
_WAIT_ADVICE = "Leave out the wait; ask warmly whether there is an update on the timeline."
_REMARK_ADVICE = "Leave it out; speak of people, including former employers, with respect."
# (pattern, code, what it is, advice, exempt when the sentence quotes a challenge from the notes)
RULES: tuple[tuple[re.Pattern[str], str, str, str, bool], ...] = (
    (
        re.compile(_PASSIVE, re.I),
        "passive_aggressive",
        "reads as passive-aggressive",
        "Say what you need directly and kindly, without pointing at what they have not done.",
        False,
    ),
    (
        re.compile(_WAIT, re.I),
        "wait_complaint",
        "complains about the wait or the process",
        _WAIT_ADVICE,
        False,
    ),
    (re.compile(_SOFT, re.I), "wait_complaint", "sounds like a complaint", _WAIT_ADVICE, True),
    (re.compile(_REMARK, re.I), "negative_remark", "is a negative remark", _REMARK_ADVICE, True),
)

_lock = threading.Lock()
_analyzer: Any = None


def _vader() -> Any:
    """One VADER analyzer per process, imported lazily (it reads its lexicon at construction)."""
    global _analyzer
    with _lock:
        if _analyzer is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # type: ignore[import-untyped]

                _analyzer = SentimentIntensityAnalyzer()
        return _analyzer


def check_negativity(draft: Draft, ctx: CheckContext) -> list[Finding]:
    found: list[Finding] = []
    challenges = [c for i in ctx.notes.interviewers for c in i.challenges]
    analyzer = _vader()
    for sentence in sentences(draft.body):
        span = (sentence.start, sentence.end)
        quotes_challenge = any(item_referenced(c, content_stems(sentence.text, generic=True)) for c in challenges)
        hit = False
        for pattern, code, what, advice, exempt in RULES:
            m = pattern.search(sentence.text)
            if m is None or (exempt and quotes_challenge):
                continue
            hit = True
            found.append(
                Finding(
                    "negativity",
                    "error",
                    code,
                    f"'{m.group()}' {what}.",
                    (sentence.start + m.start(), sentence.start + m.end()),
                    advice,
                )
            )
            break
        if hit or quotes_challenge:
            continue
        score = analyzer.polarity_scores(sentence.text)["compound"]
        if score <= NEGATIVE_SENTENCE:
            found.append(
                Finding(
                    "negativity",
                    "warning",
                    "negative_sentence",
                    f"This sentence reads as negative (sentiment {score:+.2f}): '{_short(sentence.text)}'.",
                    span,
                    "Rephrase it positively, or leave it out.",
                )
            )
    return found


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
