"""The one Harper linter of the process (harper-py, imported lazily), its lock, and dictionary look-ups."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # harper ships type stubs; it is imported lazily at run time
    from harper import Lint, Linter

_lock = threading.Lock()  # a harper Linter is not thread-safe, and costs ~1 s to build: one per process
# Brand and product casing ('Day One', 'KIA'): a follow-up names no such products by accident.
OFF_RULES = frozenset(
    {
        "AmazonNames",
        "AppleNames",
        "AzureNames",
        "DayOneNames",
        "GoogleNames",
        "JetpackNames",
        "MetaNames",
        "MicrosoftNames",
        "PocketCastsNames",
        "TumblrNames",
        "UpdatePlaceNames",
        "CompaniesProductsAndTrademarks",
    }
)
_linter: Linter | None = None
_known: set[str] = set()
# Rules we run ourselves for every engine (grammar/rules.py), so findings do not depend on the engine.
# The Oxford comma is a house style, not an error: Harper would flag "AWS, SQL and Go" either way.
# "Thank you for your kind message" is not "you're kind": our own your/you're rule is narrower.
OFF = {"LongSentences": False, "OxfordComma": False, "NoOxfordComma": False, "YourPredicateAdjective": False}


def _get_linter() -> Linter:
    global _linter
    if _linter is None:
        from harper import Linter

        linter = Linter()
        config = linter.get_lint_config()
        config.update(OFF)
        config.update(dict.fromkeys(OFF_RULES & config.keys(), False))
        linter.set_lint_config(config)
        _linter = linter
    return _linter


def _reset() -> None:
    """Drop a linter that panicked: the next check builds a new one."""
    global _linter
    _linter = None
    _known.clear()


def _lint(linter: Linter, text: str) -> list[Lint]:
    """Harper's lints (see _lint_by_rule)."""
    return [lint for _, lint in _lint_by_rule(linter, text)]


def _lint_by_rule(linter: Linter, text: str) -> list[tuple[str, Lint]]:
    """Harper's lints, each with the name of the rule that found it."""
    with stdout_to_stderr():
        return _flat(linter.organized_lints(text, language="plaintext"))


@contextmanager
def stdout_to_stderr() -> Iterator[None]:
    """While Harper runs, file descriptor 1 points at stderr: some of its rules print debug lines straight
    to fd 1 ('gerund_form: ...'), which would corrupt `--format json` on stdout."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError):  # no real fd 1 (a captured stream): nothing to protect
        yield
        return
    try:
        os.dup2(2, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _flat(by_rule: dict[str, list[Lint]]) -> list[tuple[str, Lint]]:
    return sorted(((rule, lint) for rule, lints in by_rule.items() for lint in lints), key=lambda x: x[1].span.start)


@lru_cache(maxsize=4096)
def _known_word(word: str) -> bool:
    """Whether Harper's dictionary has `word` (a British form's American twin, say)."""
    with _lock:
        lints = _lint(_get_linter(), word)
    return not any(lint.lint_kind == "Spelling" for lint in lints)
