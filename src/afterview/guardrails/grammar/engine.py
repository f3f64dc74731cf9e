"""The grammar-engine seam: one Protocol, and the factory that picks LanguageTool or Harper (errors: errors.py)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Protocol

from afterview.draft import Finding
from afterview.guardrails.grammar.errors import LTP_PATH_ENV, URL_ENV, GrammarEngineError, LanguageToolUnavailable

CHOICES = ("auto", "harper", "languagetool")


class GrammarEngine(Protocol):
    """Checks spelling and grammar of a text; `names` are words it must not flag."""

    name: str

    def check(self, text: str, names: Sequence[str]) -> list[Finding]: ...


def make_grammar_engine(
    choice: str = "auto",
    *,
    languagetool_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> GrammarEngine:
    """The engine for `--grammar auto|harper|languagetool`.

    auto: LanguageTool when a server URL (argument or AFTERVIEW_LANGUAGETOOL_URL) or LTP_PATH is
    configured and it starts; otherwise Harper, with a note saying why LanguageTool was not used.
    """
    from afterview.guardrails.grammar.harper_engine import HarperEngine
    from afterview.guardrails.grammar.languagetool_engine import start_languagetool

    env = os.environ if environ is None else environ
    if choice not in CHOICES:
        raise GrammarEngineError(f"--grammar must be one of {', '.join(CHOICES)}, not '{choice}'.")
    if choice == "harper":
        return HarperEngine()
    url = languagetool_url or env.get(URL_ENV) or None
    ltp_path = env.get(LTP_PATH_ENV) or None
    if choice == "languagetool":
        return start_languagetool(url, ltp_path)
    if url is None and ltp_path is None:
        return HarperEngine()
    try:
        return start_languagetool(url, ltp_path)
    except LanguageToolUnavailable as exc:
        return HarperEngine(note=f"LanguageTool was configured but {exc.reason}")
