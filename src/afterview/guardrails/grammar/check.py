"""The `grammar` check: the engine's findings, our own rules, and a note naming the engine that ran."""

from __future__ import annotations

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.grammar.engine import GrammarEngine
from afterview.guardrails.grammar.rules import agreement, comma_splices, long_sentences, word_mixups
from afterview.guardrails.support import dictionary_words


def _default_engine() -> GrammarEngine:
    from afterview.guardrails.grammar.harper_engine import HarperEngine

    return HarperEngine()


def check_grammar(draft: Draft, ctx: CheckContext) -> list[Finding]:
    engine = ctx.grammar if ctx.grammar is not None else _default_engine()
    describe = getattr(engine, "describe", None)
    ran = describe() if callable(describe) else f"Grammar and spelling were checked by {engine.name}."
    found = [Finding("grammar", "info", "engine", str(ran), None, None)]
    names = dictionary_words(ctx.notes)
    found += engine.check(draft.body, names)
    if draft.subject:
        for f in engine.check(draft.subject, names):
            found.append(Finding(f.check, f.severity, f.code, f"In the subject: {f.message}", None, f.suggestion))
    taken = [f.span for f in found if f.span]
    own = comma_splices(draft.body) + long_sentences(draft.body) + agreement(draft.body)
    for f in own + word_mixups(draft.body):
        if f.span and any(s[0] <= f.span[0] < s[1] for s in taken):
            continue
        found.append(f)
    return found
