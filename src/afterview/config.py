"""Settings resolved once — flag, then environment, then config file, then default — into a frozen object.

The config file is TOML at `$AFTERVIEW_CONFIG`, else `$XDG_CONFIG_HOME/afterview/config.toml`
(`~/.config/afterview/config.toml`):

    timezone = "America/New_York"   # used when a notes file gives no interview timezone
    tone = "warm"                   # warm | formal | concise | enthusiastic (casual = warm)

    [llm]                           # optional: the LLM provider (see README, "Providers")
    model = "gpt-4o-mini"
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from afterview.errors import NotesError, Problem
from afterview.notes.parse import parse
from afterview.notes.paths import printable
from afterview.notes.suggest import did_you_mean
from afterview.notes.timezones import check_timezone
from afterview.textfile import read_text_file
from afterview.vocabulary import ToneChoice, tone_preset

KEYS = ("timezone", "tone", "llm")
MAX_BYTES = 100_000  # a config file is a dozen lines


@dataclass(frozen=True)
class Settings:
    timezone: str | None = None
    tone: str | None = None
    source: Path | None = None
    llm: Mapping[str, Any] = field(default_factory=dict)  # the [llm] table, checked by the providers


def config_path(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("AFTERVIEW_CONFIG"):
        return Path(env["AFTERVIEW_CONFIG"])
    base = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else Path.home() / ".config"
    return base / "afterview" / "config.toml"


def load_settings(env: dict[str, str] | None = None) -> Settings:
    path = config_path(env)
    explicit = bool((os.environ if env is None else env).get("AFTERVIEW_CONFIG"))
    if not path.exists() and not explicit:
        return Settings()
    file = str(path)
    text = read_text_file(
        path,
        max_bytes=MAX_BYTES,
        noun="a config file",
        empty=None,  # an empty config file is a config file with nothing set
        fail=lambda message, line: NotesError([Problem(file, line, "", message)]),
    )
    if not text.strip():
        return Settings(source=path)
    data, lines = parse(text, file, "toml")
    problems = []
    for key in data:
        if key not in KEYS:
            did = did_you_mean(key, KEYS, f" (known keys: {', '.join(KEYS)})")
            problems.append(Problem(file, lines.get((key,)), printable(key), f"unknown key{did}"))
    timezone, tone = data.get("timezone"), data.get("tone")
    if timezone is not None and not isinstance(timezone, str):
        message = f'should be text such as "America/New_York", not {printable(repr(timezone))[:60]}'
        problems.append(Problem(file, lines.get(("timezone",)), "timezone", message))
    elif timezone is not None:
        try:
            check_timezone(str(timezone))
        except ValueError as exc:
            problems.append(Problem(file, lines.get(("timezone",)), "timezone", printable(str(exc))))
    if tone is not None and tone not in [t.value for t in ToneChoice]:  # a list: TOML values can be unhashable
        allowed = ", ".join(t.value for t in ToneChoice)
        did = did_you_mean(tone, [t.value for t in ToneChoice])
        problems.append(Problem(file, lines.get(("tone",)), "tone", f"{tone!r} is not one of {allowed}{did}"))
    if problems:
        raise NotesError(problems)
    return Settings(
        timezone=str(timezone) if timezone else None,
        tone=tone_preset(str(tone)) if tone else None,
        source=path,
        llm=data["llm"] if isinstance(data.get("llm"), dict) else {},
    )
