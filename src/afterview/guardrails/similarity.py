"""Similarity: thank-you notes to different people at one company must not be copies (they compare notes)."""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.support import names
from afterview.vocabulary import Kind

SHINGLE = 3
TOO_SIMILAR = 0.35  # Jaccard of word 3-shingles, names masked; corpus: copies >= 0.51, distinct notes <= 0.15


def shingles(text: str, masked: tuple[str, ...]) -> set[tuple[str, ...]]:
    low = text.lower()
    for name in masked:
        low = re.sub(rf"\b{re.escape(name.lower())}\b", "NAME", low)
    tokens = re.findall(r"[a-z0-9']+|NAME", low)
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def check_similarity(draft: Draft, ctx: CheckContext) -> list[Finding]:
    if draft.kind is not Kind.thank_you:
        return []
    masked = names(ctx.notes)
    mine = shingles(draft.body, masked)
    found = []
    for other in ctx.siblings:
        if other.kind is not Kind.thank_you or other.to == draft.to:
            continue
        score = jaccard(mine, shingles(other.body, masked))
        if score >= TOO_SIMILAR:
            found.append(
                Finding(
                    "similarity",
                    "error",
                    "near_copy",
                    f"This note shares {score:.0%} of its phrasing with the one to {other.to}; interviewers "
                    f"compare "
                    "notes, so make each one about your conversation with that person.",
                    None,
                    "Rewrite the middle around a topic you discussed only with this interviewer.",
                )
            )
    return found
