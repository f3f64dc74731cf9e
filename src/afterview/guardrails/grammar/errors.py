"""Why a grammar engine asked for by name cannot run.

InputError (afterview.errors)
 └── GrammarEngineError        an engine asked for by name cannot run
      └── LanguageToolUnavailable   no server answers / no local install / extra not installed
"""

from __future__ import annotations

from afterview.errors import InputError

URL_ENV = "AFTERVIEW_LANGUAGETOOL_URL"
LTP_PATH_ENV = "LTP_PATH"


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
