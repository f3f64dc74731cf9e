"""The walk every pass that rewrites a note's sentences shares: each sentence of the middle paragraphs (never the
greeting or the sign-off), in order, through one function (template_writer's vary_openings, no_stem_twice,
one_verb_once, no_tail_twice; frame_once.no_frame_twice)."""

from __future__ import annotations

import re
from collections.abc import Callable

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def each_sentence(body: str, rewrite: Callable[[str], str | None]) -> str:
    """`body` with each sentence of its middle paragraphs, in order, as `rewrite` says it (None: left out); a
    paragraph left empty goes."""
    paragraphs = body.rstrip("\n").split("\n\n")
    for number, paragraph in enumerate(paragraphs[1:-1], start=1):
        said = (rewrite(sentence) for sentence in SENTENCE_END.split(paragraph))
        paragraphs[number] = " ".join(s for s in said if s is not None)
    return "\n\n".join(p for p in paragraphs if p.strip()) + "\n"
