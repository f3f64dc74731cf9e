"""The gate reads each searched text once (casefold and three-letter runs, cached by the text): no result changes.

Invented sentences from several trades; every gated search is compared with the plain compiled pattern's.
"""

from __future__ import annotations

import re

import pytest

from afterview.guardrails import gate
from afterview.guardrails.gate import gated
from afterview.guardrails.notes_forms import in_full

PATTERNS = [
    (r"\b(?:frankly|honestly) (?:the|your) (?:rota|roster|schedule) (?:is|was) a mess\b", re.I),
    (r"came and went|should have been made|a sinking ship|poorly (?:run|managed)|terribly", re.I),
    (r"\bstraße\b|\bSTRASSE\b|cold chain", re.I),  # casefold: 'ß' folds to 'ss'
    (r"\b(?:kiln|glaze)s? (?:cracked|crazed)\b", 0),  # case-sensitive: the fold only gates, re decides
    (r"[A-Z]{3,}", 0),  # no literal at all: searched every time
]
TEXTS = [
    "Honestly the rota was a mess for the night porters.",
    "The ferry schedule came and went without notice, which was terribly hard on the deckhands.",
    "Our warehouse on the Hauptstraße keeps the cold chain intact for vaccines.",
    "The Glaze crazed in the second firing, and two kilns cracked.",
    "the glazes crazed in the second firing",
    "We met at the CIPD branch event in Leeds.",
    "Nothing here at all.",
    "",
]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_gated_search_equals_the_pattern_on_every_text_and_slice(source: str, flags: int) -> None:
    plain, g = re.compile(source, flags), gated(source, flags)
    for text in TEXTS:
        for _ in range(2):  # the second read comes from the cache
            assert _same(g.search(text), plain.search(text))
            assert _same(g.match(text), plain.match(text))
        for pos, endpos in ((0, 10), (5, 40), (12, len(text))):
            assert _same(g.search(text, pos, endpos), plain.search(text, pos, endpos))
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_slice_is_read_as_the_slice_not_as_the_whole_text() -> None:
    g = gated(r"a sinking ship", re.I)
    text = "It felt like a sinking ship, honestly."
    assert g.search(text) is not None
    assert g.search(text, 0, 10) is None  # the words are past endpos, though the whole text was read before
    assert g.search(text, 13) is not None


def test_the_cache_is_bounded_and_reads_right_after_it_is_emptied() -> None:
    g, plain = (
        gated(r"overtime|on-call load|night shifts?", re.I),
        re.compile(r"overtime|on-call load|night shifts?", re.I),
    )
    texts = [f"Shift note {i}: the night shift ran {i} hours of overtime." for i in range(gate._READ_KEPT + 50)]
    for text in texts:
        assert _same(g.search(text), plain.search(text))
        assert len(gate._READ) <= gate._READ_KEPT
    assert g.search("The bakery opens at five.") is None


@pytest.mark.parametrize(
    "text",
    ["~6 wks to hit target", "cut mtg time for 40 ppl", "3 yrs of mgmt exp", "no clippings here", "Tech DEPT mins"],
)
def test_in_full_cached_equals_in_full_uncached(text: str) -> None:
    assert in_full(text) == in_full.__wrapped__(text)
    assert in_full(text) == in_full(text)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.group() == b.group()
