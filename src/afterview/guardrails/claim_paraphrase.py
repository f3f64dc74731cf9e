"""What an own notes item says without its words: the claim a candidate makes of it in other words.

"COO at Volta, fleet 9 -> 31 drones" supports "I have led operations through rapid growth": a role title says the
candidate led and ran its field, and a figure that rose says growth (one that fell says a cut). These implied words
are added to the item's own stems, so a general claim that paraphrases a highlight is matched by meaning, and a
claim of something the item does not hold still is not.
"""

from __future__ import annotations

import re

from afterview.guardrails.text import content_stems

_LEAD_WORDS = "led lead leading ran run running managed manage managing headed oversaw overseeing directed"
# A role held: "COO at ...", "Ops Director", "head of dispatch", "team lead"; with the field some titles name.
_TITLE = re.compile(
    r"\b(?:COO|CEO|CTO|CFO|CMO|CIO|CPO|VP|SVP|EVP|GM|MD|(?:chief|vice president|head|director|manager|lead|leader"
    r"|supervisor|superintendent|coordinator|foreman|captain|principal|partner|owner|founder|co-founder)\b)",
    re.I,
)
_FIELDS = {
    "coo": "operations",
    "cto": "technology engineering",
    "cfo": "finance financial",
    "cmo": "marketing",
    "cio": "information technology",
    "cpo": "product",
    "ops": "operations",
    "gm": "general business",
    "md": "business",
}
_FROM_TO = re.compile(r"(?P<a>\d[\d.,]*(?:k|m|bn)?)\s*%?\s*(?:->|→|=>|to)\s*(?P<b>\d[\d.,]*(?:k|m|bn)?)(?![\w])", re.I)
_SCALE = {"k": 1e3, "m": 1e6, "bn": 1e9}
_GREW = re.compile(
    r"\b(?:\d+(?:\.\d+)?x|doubled|tripled|quadrupled|grew|grown|scaled|expanded|tripling|doubling)\b", re.I
)
_GROWTH_WORDS = "grew grow growing growth scaled scale scaling expanded expansion rapid fast doubled increased"
_CUT_WORDS = "cut cutting reduced reducing reduction lowered shortened faster improved improving"


def _number(text: str) -> float | None:
    m = re.fullmatch(r"([\d.,]+?)(k|m|bn)?", text.lower())
    if m is None:
        return None
    try:
        return float(m.group(1).replace(",", "")) * _SCALE.get(m.group(2) or "", 1)
    except ValueError:
        return None


def implied_stems(item: str) -> list[str]:
    """The stems an own item implies beyond its words: leading its field, growth or a cut."""
    words: list[str] = []
    title = _TITLE.search(item)
    if title is not None:
        words.append(_LEAD_WORDS)
        words += [field for key, field in _FIELDS.items() if re.search(rf"\b{key}\b", item, re.I)]
    for m in _FROM_TO.finditer(item):
        a, b = _number(m.group("a")), _number(m.group("b"))
        if a is not None and b is not None and a != b:
            words.append(_GROWTH_WORDS if b > a else _CUT_WORDS)
    if _GREW.search(item):
        words.append(_GROWTH_WORDS)
    return content_stems(" ".join(words), generic=True) if words else []
