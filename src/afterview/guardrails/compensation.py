"""Salary, money and availability: claims only the candidate's own notes can support.

A figure somewhere in the notes (a funding round in the company news, a budget in a topic) says
nothing about what the candidate earns, expects or when they can start. So a sentence about pay or
availability, and a money figure the candidate states as theirs, must be backed by the candidate's
own fields (highlights, since_interview) or by what an interviewer asked about (their topics, requested
items); anything else was invented, or obeyed an instruction
hidden in the notes. Reported under `facts`, as errors; a start the candidate names in a draft they wrote
themselves, with no instruction in the notes, is their own word about themselves: a warning.
"""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.placeholders import placeholder_spans
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import sentences
from afterview.notes.injection import looks_like_instruction
from afterview.notes.model import Notes

PAY = re.compile(
    r"\b(?:salary|salaries|compensation|remuneration|wages?|pay (?:range|band|expectations?|rise|raise)"
    r"|base pay|my pay|total comp|equity (?:stake|grant|package)|stock options|(?:signing|sign-on|annual) bonus"
    r"|day rate|hourly rate"
    r"|rate expectations?|(?:salary|pay|compensation) expectations?|(?:six|seven)[- ]figures?)\b"
    r"(?![-\u2011]\w)",  # "my pay-go default model", "base pay-as-you-go": a compound names a thing, not pay
    re.I,
)
AVAILABILITY = re.compile(
    r"\b(?:(?:I|I'm|I am|I'd|I would)\s+(?:can|could|would be able to|am able to|will be able to|be able to)\s+"
    r"(?:(?:start|join|begin)\s+(?:work(?:ing)?\s+)?(?:on|from|in|by|as of|immediately|right away|next|after|within"
    r"|as soon as)|be available)"
    r"|(?:I'm|I am|I'd be|I would be|I will be|I'll be) available (?:to start|to join|from|starting|immediately|as of)"
    r"|available to (?:start|join|begin)|my start date"
    # what the notice period is, not a plan around it ("I need to plan my notice period")
    r"|my notice period(?= (?:is|was|of|ends|runs|would be|will be|lasts)\b|'s\b))\b",
    re.I,
)
MONEY = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*\s?(?:k|m|mm|bn|million|billion|thousand)?\b"
    r"|\b\d[\d,.]*\s?(?:k|m)?\s?(?:usd|eur|gbp|dollars|euros|pounds)\b)",
    re.I,
)
# Said as the candidate's own: their pay, their ask, their earnings, their start date.
_OWN = re.compile(
    r"\bmy (?:\w+ )?(?:salary|pay|rate|expectations?|compensation|ask|number|package|earnings|notice|start)\b"
    r"(?![-\u2011]\w)"
    r"|\bI(?:'m| am)? (?:expect|require|earn|would accept|am paid|am asking for)\b"
    r"|\bI(?:'m| am) looking for (?:a |an )?(?:base|salary|package|rate|range|\$|€|£)",
    re.I,
)


# Offering to take less, with no figure: a plea the tone check reports, not a pay fact.
_CONCESSION = re.compile(
    r"\b(?:take|accept|work for|settle for|consider)\s+(?:a\s+)?(?:lower|reduced|smaller|less|any|whatever|a pay cut"
    r"|pay cut)\b"
    # "willing to start at a lower salary", "on reduced pay", "for less money": the same plea in other words
    r"|\b(?:at|on|for)\s+(?:a\s+)?(?:lower|reduced|smaller|lesser|more modest|cut|junior|entry-level)\s+(?:\w+\s+)?"
    r"(?:salary|pay|rate|wage|wages|compensation|package|level)\b"
    r"|\b(?:for|with)\s+less\s+(?:money|pay|salary)\b|\b(?:pay|salary)\s+cut\b",
    re.I,
)
# A question put to them: "Could you tell me ...?", "What is the ...?", "May I ask ...".
_ASKS = re.compile(
    r"\?\s*$|^\s*(?:and |also |finally |lastly )?(?:could|can|would|will) you\b|\bmay I ask\b|\bI was wondering\b"
    r"|\b(?:could|can|would) you (?:\w+ )?(?:tell|share|send|let me know|confirm|clarify)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"I\b|I'|available|my", re.I)
# Notes that say anything about starting: what supports a sentence about when the candidate can start.
_STARTING = re.compile(r"\b(?:start|starting|join|begin|available|availability|notice)\b", re.I)


@per_notes
def _texts(n: Notes) -> tuple[str, str]:
    """(the candidate's own fields and what they were asked about, every field), both without notes text that
    reads as an instruction. A topic an interviewer discussed ("notice period of three months") or an item
    they requested was asked, not raised unasked: the candidate may answer it."""
    c = n.candidate
    asked = [t for p in n.interviewers for t in p.topics] + list(n.requested)
    own = [t for t in (*c.highlights, *c.since_interview, *asked) if not looks_like_instruction(t)]
    rest = [*n.company.news, *n.requested, n.position]
    for person in n.interviewers:
        rest += [*person.topics, *person.challenges, *person.rapport]
    return "\n".join(own), "\n".join([*own, *(t for t in rest if not looks_like_instruction(t))])


def check_compensation(draft: Draft, ctx: CheckContext) -> list[Finding]:
    own, every = _texts(ctx.notes)
    found: list[Finding] = []
    for text, where, spanned in ((draft.subject or "", "In the subject, ", False), (draft.body, "", True)):
        for sentence in sentences(text):
            span = (sentence.start, sentence.end) if spanned else None
            mine = bool(_OWN.search(sentence.text))
            support = own if mine else every
            pay = PAY.search(sentence.text)
            start = AVAILABILITY.search(sentence.text)
            if start and placeholder_spans(sentence.text):
                start = None  # "available from [earliest start date]": a blank left to fill, the placeholders check's
            if pay and _CONCESSION.search(sentence.text) and not MONEY.search(sentence.text):
                pay = None  # "I would take a lower salary": pleading (the tone check's), not a figure to support
            if pay and not mine and _ASKS.search(sentence.text) and not MONEY.search(sentence.text):
                pay = None  # "could you send me the salary range?": a question to them states no fact of pay
            if pay and not PAY.search(support):
                found.append(_finding("unsupported_pay", where, pay.group(), "pay or compensation", span, mine))
            elif start and not _STARTING.search(own if (mine or _FIRST_PERSON.match(start.group())) else every):
                # in a draft the candidate wrote, their own word about when they can start is a warning: the
                # severity policy's (severity_policy.py), as for every rule our blind corpora show is often wrong
                found.append(
                    _finding("unsupported_availability", where, start.group(), "when you can start", span, True)
                )
            elif pay or mine:
                known = _squash(support)
                figure = next(
                    (m.group().strip() for m in MONEY.finditer(sentence.text) if _squash(m.group()) not in known), None
                )
                if figure:
                    found.append(_finding("unsupported_money", where, figure, "money", span, mine))
    return found


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text.lower())


def _finding(code: str, where: str, phrase: str, topic: str, span: tuple[int, int] | None, mine: bool) -> Finding:
    whose = "your own notes (candidate highlights and since_interview)" if mine else "your notes"
    return Finding(
        "facts",
        "error",
        code,
        f"{where}'{phrase}' speaks about {topic}, which {whose} never mention; raised unasked in a follow-up it "
        "reads as leverage, and it may come from an instruction pasted into the notes. Remove the sentence, or "
        "add the fact to your notes if you mean it.",
        span,
    )
