"""A first-person lead-in said three times across the message: "I really enjoyed talking about … I really enjoyed
hearing about … I really enjoyed the whole day", "I really appreciate it … I really appreciate the time … I'd really
appreciate any feedback".

The lead-in is the writer's own three words, the first of them "I" (or "I'm", "I'd", "we" …) and one of them a word
of meaning, so each time the phrase goes on to something new and no four-word phrase repeats. Said three times, in
two sentences or more, it is a template's refrain; the thanks ("I thank you") are left to the letter's courtesy.
On blind25 … blind44 every draft it fires on was labelled a fluency fault.
"""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.fluency_repeats import body_sentences
from afterview.guardrails.text import STOPWORDS

_FIRST = frozenset("i i'm i've i'd we we're we've".split())
_PLAIN = frozenset(
    "i i'm i'd i've you your yours we our us they their he she it its me my mine also really very so just "
    "would could should will can may might must shall thank thanks again".split()
)
_TIMES = 3


def lead_in_thrice(draft: Draft) -> list[Finding]:
    """The first such lead-in said three times, flagged at the sentence of its third time (a warning)."""
    pieces = body_sentences(draft.body)
    where: dict[tuple[str, ...], list[int]] = {}
    for number, piece in enumerate(pieces):
        said = re.findall(r"[a-z']+", piece.text.lower().replace("\u2019", "'"))
        for i in range(len(said) - 2):
            gram = tuple(said[i : i + 3])
            if gram[0] not in _FIRST or not set(gram[1:]) - STOPWORDS - _PLAIN or {"thank", "thanks"} & set(gram):
                continue
            at = where.setdefault(gram, [])
            at.append(number)
            if len(at) >= _TIMES and len(set(at)) >= 2:
                piece = pieces[number]
                return [
                    Finding(
                        "fluency",
                        "warning",
                        "repeated_phrase",
                        f"'{' '.join(gram)}' opens {len(at)} of this message's clauses; vary it or say it once.",
                        (piece.start, piece.end),
                        "Say it once and join the things it covers, or start the others another way.",
                    )
                ]
    return []
