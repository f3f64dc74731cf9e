"""The closing of a letter: the short line ending in a comma just above the signature ("Best regards,", "Liebe
Grüße,", "Un abrazo,"). A farewell, in whatever language, states no fact about anyone."""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\n]*")
_MAX_WORDS = 4


def closing_span(body: str) -> tuple[int, int] | None:
    """Where the closing line stands in `body`: a line of at most four words ending in a comma, followed by at most
    two short lines (the signature) and nothing else."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(body) if body[m.start() : m.end()].strip()]
    for back in range(1, min(3, len(lines) - 1) + 1):
        at = len(lines) - 1 - back
        start, end = lines[at]
        text = body[start:end].strip()
        # (after a finished sentence: never the greeting, never a sentence wrapped across lines)
        finished = body[lines[at - 1][0] : lines[at - 1][1]].rstrip().endswith((".", "!", "?", ")"))
        if not (finished and text.endswith(",") and 1 <= len(text.split()) <= _MAX_WORDS):
            continue
        if all(len(body[s:e].split()) <= _MAX_WORDS for s, e in lines[at + 1 :]):
            return start, end
    return None
