"""The offline writer's last gate: a sentence the grammar or fluency checks find fault with is never shipped.

Every draft the template writer renders goes through the same in-process checks the guardrails run on any
draft (Harper and the house grammar rules, `guardrails/grammar`; the `fluency` family), and each sentence through
the writer's own sentence check (`writer/sentence_check.py`: the shapes where a jotted item and a frame meet).
A sentence that draws a warning or an error is dropped from the note — the greeting and the sign-off are never
touched — and the rest checked again, up to a few rounds. The template then pads a note that fell below its
length with the sentences it keeps for that, so a shorter note with clean sentences wins over a longer one with a seam.
`FIRED` counts how often the gate dropped something (bench/writer_kinds.py reports it).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from afterview.draft import Draft, DraftRequest, Finding
from afterview.writer.contrast import said_contrast
from afterview.writer.english_form import determined
from afterview.writer.frame_fit import fitted
from afterview.writer.jotted import jotted_spans
from afterview.writer.notes_traces import mended as without_shorthand
from afterview.writer.prose_ordinals import spelled as spelled_ordinals
from afterview.writer.season_year import dated
from afterview.writer.sentence_check import garbled_spans, mended

if TYPE_CHECKING:
    from afterview.guardrails import CheckContext

FIRED: Counter[str] = Counter()
ROUNDS = 3
_SENTENCE = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)(?<=[.!?])(\s+)(?=[A-Z\"“'‘(])")


def cleared(body: str, request: DraftRequest) -> str:
    """`body` without the sentences the grammar or fluency checks find fault with (module doc)."""
    FIRED["checked"] += 1
    # notes shorthand written out first: 'with 2 referees' → 'with two referees' (notes_traces.py)
    body = without_shorthand(body, request.notes.company.name)
    body = mended(body)  # a frame's 'with you' that runs into the item's own clause is left off first
    body = determined(body)  # 'I built risk model for Pune water utility team' → 'a risk model', 'the Pune …'
    body = spelled_ordinals(body)  # 'the 2nd warehouse opening' → 'the second warehouse opening'
    body = said_contrast(body)  # 'explainable scores, not black-box' → '…, not black-box ones'
    body = dated(body)  # 'the new centre opening spring 2027' → '… opening in spring 2027'
    items = [i for p in request.notes.interviewers for i in (*p.topics, *p.challenges)]
    persons = [p.name for p in request.notes.interviewers]
    body = fitted(body, items, persons)  # 'for explaining the staff morale' → 'for talking about staff morale'
    dropped = 0
    for _ in range(ROUNDS):
        spans = [f.span for f in _findings(body, request) if f.span]
        kept = _without(body, spans)
        if kept == body:
            break
        dropped += _sentences(body) - _sentences(kept)
        body = kept
    if dropped:
        FIRED["drafts"] += 1
        FIRED["sentences"] += dropped
    return body


def serves_purpose(body: str, request: DraftRequest) -> bool:
    """Whether the note still does its kind's job (guardrails/purpose.py): the gate may have taken the one
    sentence that asked for feedback or thanked."""
    from afterview.guardrails.purpose import check_purpose

    return not check_purpose(*checked(body, request))


def _findings(body: str, request: DraftRequest) -> list[Finding]:
    from afterview.guardrails.fluency import check_fluency
    from afterview.guardrails.grammar.check import check_grammar

    draft, ctx = checked(body, request)
    found = check_grammar(draft, ctx) + check_fluency(draft, ctx)
    seams = [
        Finding("fluency", "warning", "jotted", "a jotted mark", span) for span in jotted_spans(body, names(request))
    ]
    garbled = [Finding("fluency", "warning", "garbled", "a sentence not said whole", s) for s in garbled_spans(body)]
    return [f for f in found if f.severity != "info"] + seams + garbled


def names(request: DraftRequest) -> list[str]:
    """What the notes name and a letter says as given: the company, the role, the people and their titles."""
    notes = request.notes
    people = [p for i in notes.interviewers for p in (i.name, i.title or "")]
    return [notes.company.name, notes.position, notes.candidate.name, *people]


def checked(body: str, request: DraftRequest) -> tuple[Draft, CheckContext]:
    from afterview.guardrails import CheckContext
    from afterview.planning import Plan

    planned = request.planned
    draft = Draft(planned.kind, planned.to.name, planned.channel, None, body, "template", request.tone)
    plan = Plan(messages=(planned,), skipped=(), contact=planned.to, reflection=False)
    return draft, CheckContext(request.notes, request.send_moment or request.now, plan, planned)


def _paragraphs(body: str) -> list[str]:
    return body.rstrip("\n").split("\n\n")


def _sentences(body: str) -> int:
    paragraphs = _paragraphs(body)
    middle = paragraphs[1:-1] if len(paragraphs) > 1 else [body.rstrip("\n").rsplit("\n", 1)[0]]
    return sum(len([s for s in _SENTENCE.split(p) if s.strip()]) for p in middle)


# A sentence that stands on the one before it ("That is the kind of work …", "… whether something similar would
# work", "… bring that experience …", "I would be glad to do the same here."): it goes with it, never left to point
# at nothing.
_LEANS_BACK = re.compile(
    r"^\s*(?:That|This|These|Those|It|So|Such)\b|\b(?:something similar|a similar|the same approach|that experience|"
    r"that work|that background|(?:do|doing) the same)\b"
)


# Their problem said back ('You mentioned that vet certificates take 5 days per shipment.'): the lead-in to the
# candidate's sentence after it, never left to stand alone when that sentence goes.
_LEADS_ON = re.compile(r"^\s*You (?:mentioned|noted|explained|described|walked me through)\b")


def _without(body: str, spans: list[tuple[int, int]]) -> str:
    """`body` with each sentence of its middle paragraphs that a span starts in left out; in a one-paragraph
    message (LinkedIn: 'Hi Lena, thank you …. Sentence. Sentence.' and a sign-off line) each sentence after the
    first."""
    paragraphs = _paragraphs(body)
    if len(paragraphs) == 1 and "\n" in body.strip():
        message, sign_off = body.rstrip("\n").rsplit("\n", 1)
        pieces = _SENTENCE.split(message)
        kept, at = [pieces[0]], len(pieces[0])
        for piece in pieces[1:]:
            if piece.strip() and not any(at <= s[0] < at + len(piece) for s in spans):
                kept.append(piece)
            at += len(piece)
        return " ".join(p for p in kept if p.strip()) + "\n" + sign_off + "\n"
    out = [paragraphs[0]]
    offset = len(paragraphs[0]) + 2
    for paragraph in paragraphs[1:-1]:
        pieces, hits, at, after_hit = [], [], offset, False
        for piece in _SENTENCE.split(paragraph):
            if not piece.strip():
                at += len(piece)
                continue
            hit = any(at <= s[0] < at + len(piece) for s in spans)
            hit = hit or (after_hit and bool(_LEANS_BACK.search(piece)))  # "… something similar" with nothing before
            pieces.append(piece)
            hits.append(hit)
            after_hit = hit
            at += len(piece)
        # their problem said back leads into the candidate's sentence after it: without that, it leads nowhere
        hits = [
            h or (_LEADS_ON.match(p) is not None and n + 1 < len(hits) and hits[n + 1])
            for n, (p, h) in enumerate(zip(pieces, hits, strict=True))
        ]
        kept = [p for p, h in zip(pieces, hits, strict=True) if not h]
        offset += len(paragraph) + 2
        if kept:
            out.append(" ".join(kept))
    out.append(paragraphs[-1])
    return "\n\n".join(out) + "\n"
