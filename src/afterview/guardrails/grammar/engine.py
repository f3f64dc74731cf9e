"""The grammar-engine seam: one Protocol, and the factory that picks LanguageTool or Harper.

InputError (afterview.errors)
 └── GrammarEngineError        an engine asked for by name cannot run
      └── LanguageToolUnavailable   no server answers / no local install / extra not installed
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Protocol

from afterview.draft import Finding
from afterview.errors import InputError

URL_ENV = "AFTERVIEW_LANGUAGETOOL_URL"
LTP_PATH_ENV = "LTP_PATH"
CHOICES = ("auto", "harper", "languagetool")


class GrammarEngine(Protocol):
    """Checks spelling and grammar of a text; `names` are words it must not flag."""

    name: str

    def check(self, text: str, names: Sequence[str]) -> list[Finding]: ...


class GrammarEngineError(InputError):
    pass


class LanguageToolUnavailable(GrammarEngineError):
    """LanguageTool was asked for but cannot run; the message says how to fix it."""

    def __init__(self, reason: str, *, where: str | None = None) -> None:
        self.reason = reason
        self.where = where
        at = f" at {where}" if where else ""
        super().__init__(
            f"LanguageTool{at} cannot be used: {reason}. "
            f"Start a LanguageTool server and set {URL_ENV} (e.g. http://localhost:8081), "
            f"or set {LTP_PATH_ENV} to the folder holding a LanguageTool-X.Y install, "
            "or use --grammar harper (offline, built in)."
        )


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
