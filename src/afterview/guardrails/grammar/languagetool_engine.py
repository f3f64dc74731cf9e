"""LanguageTool through language-tool-python (the `languagetool` extra): a server URL or a local install.

Never lets language-tool-python download LanguageTool: a local install must already be under LTP_PATH.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from afterview.draft import Finding, Severity
from afterview.guardrails.grammar.errors import LanguageToolUnavailable
from afterview.guardrails.text import bare_word

LANGUAGE = "en-US"
_CLEAR_MISTAKES = {"EN_A_VS_AN", "ENGLISH_WORD_REPEAT_RULE", "ENGLISH_WORD_REPEAT_BEGINNING_RULE"}
# LanguageTool's categories of style advice: info, never a warning.
_STYLE_CATEGORIES = {"STYLE", "REDUNDANCY", "TYPOGRAPHY", "PLAIN_ENGLISH", "WIKIPEDIA", "SEMANTICS"}


def unavailable(exc: BaseException, where: str | None) -> LanguageToolUnavailable:
    """Map what language-tool-python and requests raise to one error that names the fix."""
    name = type(exc).__name__
    module = type(exc).__module__ or ""
    if isinstance(exc, ImportError):
        reason = "language-tool-python is not installed (pip install 'afterview[languagetool]')"
    elif module.startswith("requests") or isinstance(exc, ConnectionError):
        reason = f"no LanguageTool server answered ({name})"
    elif name == "JavaError" or isinstance(exc, FileNotFoundError):
        reason = "Java was not found; LanguageTool needs Java 17 or newer on PATH"
    elif name == "RateLimitError":
        reason = "the server refused the request: rate limit reached"
    else:
        reason = f"it did not start ({name}: {exc})"
    return LanguageToolUnavailable(reason, where=where)


def local_install(ltp_path: str) -> tuple[str, Path]:
    """(version, folder) of a LanguageTool-X.Y install under LTP_PATH, newest first."""
    root = Path(ltp_path)
    if not root.is_dir():
        raise LanguageToolUnavailable(f"LTP_PATH ({ltp_path}) is not a folder", where=ltp_path)
    found = []
    for folder in root.glob("LanguageTool-*"):
        m = re.fullmatch(r"LanguageTool-(\d+\.\d+|\d{8})", folder.name)
        if m and (folder / "languagetool-server.jar").is_file():
            found.append((m.group(1), folder))
    if not found:
        raise LanguageToolUnavailable(
            f"there is no LanguageTool-X.Y folder with languagetool-server.jar in LTP_PATH ({ltp_path})",
            where=ltp_path,
        )
    return max(found, key=lambda f: tuple(int(p) for p in f[0].split(".")))


def start_languagetool(url: str | None, ltp_path: str | None) -> LanguageToolEngine:
    """A running LanguageTool, or LanguageToolUnavailable saying why not."""
    where = url or ltp_path
    if url is None and ltp_path is None:
        raise LanguageToolUnavailable("neither a server URL nor LTP_PATH is configured")
    try:
        import language_tool_python
        import requests
        from language_tool_python.exceptions import LanguageToolError
    except ImportError as exc:
        raise unavailable(exc, where) from exc
    errors: tuple[type[BaseException], ...] = (
        LanguageToolError,
        requests.exceptions.RequestException,
        OSError,
    )
    try:
        if url is not None:
            tool = language_tool_python.LanguageTool(LANGUAGE, remote_server=url)
        else:
            assert ltp_path is not None
            version, _ = local_install(ltp_path)
            if shutil.which("java") is None:
                raise LanguageToolUnavailable(
                    "Java was not found; LanguageTool needs Java 17 or newer on PATH", where=where
                )
            tool = language_tool_python.LanguageTool(LANGUAGE, language_tool_download_version=version)
    except LanguageToolUnavailable:
        raise
    except errors as exc:
        raise unavailable(exc, where) from exc
    return LanguageToolEngine(tool, where or "", errors)


class LanguageToolEngine:
    name = "languagetool"

    def __init__(self, tool: Any, where: str, errors: tuple[type[BaseException], ...]) -> None:
        self.tool = tool
        self.where = where
        self._errors = errors

    def describe(self) -> str:
        return f"Grammar and spelling were checked by LanguageTool ({self.where})."

    def check(self, text: str, names: Sequence[str]) -> list[Finding]:
        allowed = {n.lower() for n in names}
        try:
            matches = self.tool.check(text)
        except self._errors as exc:
            error = unavailable(exc, self.where)
            return [
                Finding(
                    "grammar",
                    "warning",
                    "engine_failed",
                    f"The grammar check did not finish: {error.reason}. Proofread this draft yourself, "
                    "or run again with --grammar harper.",
                )
            ]
        found = []
        for m in matches:
            start, end = m.offset, m.offset + m.error_length
            problem = text[start:end]
            if bare_word(problem).lower() in allowed:
                continue
            replacements = [r for r in m.replacements if r.strip()][:3]
            severity: Severity = "error" if m.rule_id in _CLEAR_MISTAKES else "warning"
            if m.category in _STYLE_CATEGORIES:
                severity = "info"
            code = "spelling" if m.category == "TYPOS" else m.rule_id.lower()
            hint = f" Try '{replacements[0]}'." if replacements else ""
            found.append(
                Finding(
                    "grammar",
                    severity,
                    code,
                    f"'{problem}': {m.message}{hint}",
                    (start, end),
                    replacements[0] if replacements else None,
                )
            )
        return found
