"""Grammar and spelling: the engine seam (Harper by default, LanguageTool when available), our own rules."""

from afterview.guardrails.grammar.check import check_grammar
from afterview.guardrails.grammar.engine import GrammarEngine, make_grammar_engine
from afterview.guardrails.grammar.errors import GrammarEngineError, LanguageToolUnavailable

__all__ = [
    "GrammarEngine",
    "GrammarEngineError",
    "LanguageToolUnavailable",
    "check_grammar",
    "make_grammar_engine",
]
