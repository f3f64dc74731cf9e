"""The `grammar` check: the engine's findings, our own rules, and a note naming the engine that ran."""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.grammar.engine import GrammarEngine
from afterview.guardrails.grammar.garbled import garbled_sentences
from afterview.guardrails.grammar.lint_trust import may_warn
from afterview.guardrails.grammar.missing_words import (
    article_without_noun,
    missing_article,
    missing_aux,
    missing_be,
    modal_past,
)
from afterview.guardrails.grammar.possessive_its import its_before_noun, its_before_phrase
from afterview.guardrails.grammar.rules import (
    agreement,
    comma_splices,
    long_sentences,
    spliced_fragments,
    word_mixups,
)
from afterview.guardrails.grammar.slips import word_slips
from afterview.guardrails.grammar.verb_tense import bare_after_have, present_in_past_clause
from afterview.guardrails.placeholders import without_placeholders
from afterview.guardrails.register import casual_register
from afterview.guardrails.support import dictionary_words
from afterview.guardrails.tone_phrases import OVER_FAMILIAR

# Links, email addresses and domains are not words: never spell-checked.
_LINK = re.compile(
    r"\bhttps?://\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|ai|co"
    r"|me|app|example|edu|gov|uk|ca|sg|nl|us)\b(?:/\S*)?",
    re.I,
)


def _masked(text: str) -> str:
    return _LINK.sub(lambda m: " " * len(m.group()), text)


def _slang(text: str, span: tuple[int, int] | None) -> bool:
    """Slang ('lol', 'gonna') is the tone check's to report, not a misspelling."""
    if span is None:
        return False
    word = text[span[0] : span[1]]
    return any(p.fullmatch(word) for p, _ in OVER_FAMILIAR)


# The word after a flagged one: a capitalised name.
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][\w'\u2019-]*)")


def _cheer(text: str, f: Finding, names: tuple[str, ...]) -> bool:
    """A short word in another language cheering a name the notes hold ('forza Rapid', 'allez Nantes', 'hajde
    Vardar'): a chant, not a misspelling. Only a lower-case word of six letters or fewer, right before the name."""
    if f.code != "spelling" or f.span is None:
        return False
    word = text[f.span[0] : f.span[1]]
    after = _NAME_AFTER.match(text, f.span[1])
    return word.isalpha() and word.islower() and len(word) <= 6 and after is not None and after.group(1) in names


# A word stretched for warmth ("hiii", "sooo", "yesss"): a casual spelling, not a typo.
_STRETCHED = re.compile(r"([a-z])\1\1", re.I)


# A unit glued to a figure ("KRW 45bn", "$3mn", "12k"): an abbreviation, not a misspelled word.
_FIGURE_UNIT = re.compile(r"(?:bn|mn|tn|k|m|b|mm|kg|km)", re.I)


def _figure_unit(text: str, f: Finding) -> bool:
    if f.code != "spelling" or f.span is None or f.span[0] == 0:
        return False
    return text[f.span[0] - 1].isdigit() and bool(_FIGURE_UNIT.fullmatch(text[f.span[0] : f.span[1]]))


def _stretched(text: str, f: Finding) -> bool:
    return f.code == "spelling" and f.span is not None and bool(_STRETCHED.search(text[f.span[0] : f.span[1]]))


def _casual_advice(f: Finding) -> Finding:
    """A comma splice or a stretched word in a casual note: advice (info), not a warning."""
    return Finding(f.check, "info", f.code, f.message, f.span, f.suggestion)


def _default_engine() -> GrammarEngine:
    from afterview.guardrails.grammar.harper_engine import HarperEngine

    return HarperEngine()


def _overlaps(f: Finding, others: list[Finding]) -> bool:
    """Whether `f` covers any of the words one of `others` covers."""
    return f.span is not None and any(o.span and o.span[0] < f.span[1] and f.span[0] < o.span[1] for o in others)


def check_grammar(draft: Draft, ctx: CheckContext) -> list[Finding]:
    engine = ctx.grammar if ctx.grammar is not None else _default_engine()
    describe = getattr(engine, "describe", None)
    ran = describe() if callable(describe) else f"Grammar and spelling were checked by {engine.name}."
    found = [Finding("grammar", "info", "engine", str(ran), None, None)]
    names = dictionary_words(ctx.notes)
    body = without_placeholders(draft.body)  # "TODO:" is the placeholders check's, not a word to hyphenate
    # a lost noun ("booked an for the course") outranks the engine's advice on the same words ("a for")
    lost = article_without_noun(draft.body)
    found += [
        _casual_advice(f) if _stretched(draft.body, f) else f
        for f in engine.check(_masked(body), names)
        if not _slang(draft.body, f.span)
        and not _figure_unit(draft.body, f)
        and not _cheer(draft.body, f, names)
        and not _overlaps(f, lost)
    ] + lost
    if draft.subject:
        for f in engine.check(_masked(draft.subject), names):
            stretched = _stretched(draft.subject, f)  # subjects are often lower case
            severity = "info" if f.code == "capitalization" or stretched else f.severity
            found.append(Finding(f.check, severity, f.code, f"In the subject: {f.message}", None, f.suggestion))
    taken = [f.span for f in found if f.span and f.severity != "info"]
    splices = comma_splices(draft.body)
    if casual_register(draft, ctx):
        splices = [_casual_advice(f) for f in splices]
    own = splices + long_sentences(draft.body) + agreement(draft.body)
    own += spliced_fragments(draft.body) + garbled_sentences(draft.body) + missing_be(draft.body)
    own += missing_article(draft.body) + modal_past(draft.body) + missing_aux(draft.body)
    own += bare_after_have(draft.body) + present_in_past_clause(draft.body)
    own += word_slips(draft.body)
    for f in own + word_mixups(draft.body) + its_before_noun(draft.body) + its_before_phrase(draft.body):
        if f.span and any(s[0] <= f.span[0] < s[1] for s in taken):
            continue
        found.append(f if f.severity == "info" or may_warn(f.code) else _casual_advice(f))
    return found
