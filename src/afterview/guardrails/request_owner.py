"""Facts: "as you asked" said to the wrong person. A requested item belongs to the interviewer who asked for
it: `interviewers[].requested`, or a notes item that names them ('Kevin: writing sample', '… for Kevin').
A draft that tells someone else they asked for it ("I've attached the writing sample, as you asked") gets
an error: the reader knows they never did."""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.text import content_stems, item_referenced, sentences
from afterview.notes.recipient import asked_by, said_item

# the reader as the one who asked: "as you asked", "you requested", "at your request", "you wanted to see"
_ASKED = re.compile(
    r"\b(?:as (?:you )?(?:asked|requested)|you (?:asked|requested|wanted)|at your request|"
    r"you (?:had )?(?:asked|mentioned wanting))\b",
    re.I,
)


def check_request_owner(draft: Draft, ctx: CheckContext) -> list[Finding]:
    reader = ctx.recipient(draft)
    notes = ctx.notes
    if reader is None:
        return []
    # every per-person item is in `requested` too (Notes adds it there)
    others = [
        (said_item(notes, item), owner)
        for item in notes.requested
        if (owner := asked_by(notes, item)) is not None and owner != reader.name
    ]
    found: list[Finding] = []
    for sentence in sentences(draft.body) if others else []:
        if not _ASKED.search(sentence.text):
            continue
        stems = content_stems(sentence.text)
        for said, owner in others:
            if item_referenced(said, stems):
                found.append(
                    Finding(
                        "facts",
                        "error",
                        "request_owner",
                        f"'{sentence.text.strip()[:80]}' tells {reader.name} they asked for '{said}', "
                        f"but your notes say {owner} asked for it.",
                        (sentence.start, sentence.end),
                        f"Send it to {owner}, or drop 'as you asked'.",
                    )
                )
                break
    return found
