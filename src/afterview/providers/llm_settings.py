"""The LLM settings, resolved once (flag → environment → config file `[llm]` table → default) into a frozen object.

The API key comes only from `OPENAI_API_KEY` or the config file, never from a flag, and
is never part of `repr()`, `describe()` or any message.

    [llm]
    provider = "openai"                 # openai | ollama | template | replay (ollama: openai at OLLAMA_BASE_URL)
    model = "gpt-4o-mini"
    base_url = "http://127.0.0.1:8080/v1"
    server = "llama.cpp"                # openai | llama.cpp (cache_prompt=false: deterministic, for recording)
    structured = "auto"                 # auto | json_schema | json_object | text
    timeout = 120                       # seconds without a byte from the server (per read)
    deadline = 180                      # seconds for one whole call: retries, waiting, reading (0: none)
    breaker = true                      # after a timeout or connection failure, stop asking for this run
    max_retries = 2
    temperature = 0.0
    seed = 7
    max_tokens = 700
    max_prompt_tokens = 4000
    strategy = "rewrite"                # rewrite (the template draft, made natural) | compose (from the facts)
    fixtures = "fixtures/llm"
    [llm.prices."gpt-4o-mini"]          # US dollars per million tokens
    input = 0.15
    output = 0.60
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

from afterview.errors import ProviderConfigError
from afterview.notes.suggest import did_you_mean
from afterview.providers.tokens_budget import Price, parse_prices
from afterview.redact import PLACEHOLDER_KEY as PLACEHOLDER_KEY  # the SDK insists on some key
from afterview.redact import remember

ProviderName = Literal["openai", "template", "replay"]
Strategy = Literal["rewrite", "compose"]
FixturesMode = Literal["replay", "record-missing", "rewrite"]
Structured = Literal["auto", "json_schema", "json_object", "text"]
Server = Literal["openai", "llama.cpp"]

PROVIDERS: tuple[ProviderName | Literal["ollama"], ...] = ("openai", "ollama", "template", "replay")
STRATEGIES: tuple[Strategy, ...] = ("rewrite", "compose")
# `--provider ollama`: the openai provider at Ollama's OpenAI-compatible endpoint, no key needed.
OLLAMA_BASE_URL = "http://127.0.0.1:11434/v1"
# Where `afterview doctor` looks for a local server: (name, port).
LOCAL_SERVERS: tuple[tuple[str, int], ...] = (("llama-server", 8080), ("Ollama", 11434))
FIXTURES_MODES: tuple[FixturesMode, ...] = ("replay", "record-missing", "rewrite")
STRUCTURED: tuple[Structured, ...] = ("auto", "json_schema", "json_object", "text")
SERVERS: tuple[Server, ...] = ("openai", "llama.cpp")
CONFIG_KEYS: tuple[str, ...] = (
    "provider",
    "model",
    "base_url",
    "api_key",
    "server",
    "structured",
    "timeout",
    "deadline",
    "breaker",
    "max_retries",
    "temperature",
    "seed",
    "max_tokens",
    "max_prompt_tokens",
    "strategy",
    "fixtures",
    "fixtures_mode",
    "prices",
)
DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_DEADLINE = 180.0  # never less than `timeout` unless set: a slow server's one answer still fits


@dataclass(frozen=True)
class LLMSettings:
    provider: ProviderName = "template"
    reason: str = "default"
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    api_key_source: str | None = None  # "OPENAI_API_KEY" or the config file: never the key itself
    server: Server = "openai"
    structured: Structured = "auto"
    timeout: float = 120.0
    deadline: float | None = DEFAULT_DEADLINE  # None: no deadline
    breaker: bool = True
    max_retries: int = 2
    temperature: float = 0.0
    seed: int | None = 7
    max_tokens: int = 700
    max_prompt_tokens: int = 4000
    strategy: Strategy = "rewrite"
    fixtures: Path | None = None
    fixtures_mode: FixturesMode = "replay"
    prices: Mapping[str, Price] = field(default_factory=dict)
    config_file: Path | None = None

    @property
    def llama_cpp(self) -> bool:
        return self.server == "llama.cpp"

    def describe(self) -> dict[str, str]:
        """What `afterview doctor` and `--dry-run` may show: everything but the key."""
        facts = {
            "provider": f"{self.provider} ({self.reason})",
            "model": self.model,
            "base_url": self.base_url or "(the SDK default: api.openai.com)",
            "api_key": f"set (from {self.api_key_source})" if self.api_key else "not set",
            "server": self.server,
            "structured output": self.structured,
            "sampling": f"temperature={self.temperature} seed={self.seed} max_tokens={self.max_tokens}",
            "timeout": f"{self.timeout:g} s per read, {self.max_retries} retries",
            "deadline": (f"{self.deadline:g} s per call" if self.deadline else "none")
            + ("; circuit breaker on" if self.breaker else "; circuit breaker off"),
            "prompt budget": f"{self.max_prompt_tokens} tokens",
            "strategy": self.strategy,
        }
        if self.fixtures is not None:
            facts["fixtures"] = f"{self.fixtures} ({self.fixtures_mode})"
        if self.config_file is not None:
            facts["config file"] = str(self.config_file)
        return facts


def resolve_llm_settings(
    *,
    provider: str | None = None,
    model: str | None = None,
    base_url: str | None = None,
    fixtures: str | Path | None = None,
    fixtures_mode: str | None = None,
    strategy: str | None = None,
    env: Mapping[str, str] | None = None,
    config: Mapping[str, object] | None = None,
    config_file: Path | None = None,
) -> LLMSettings:
    """Flags (keyword arguments) win over the environment, which wins over the config `[llm]` table.

    `config` is the `[llm]` table of the config file as parsed TOML; unknown keys are an error
    that suggests the closest known one.
    """
    env = os.environ if env is None else env
    table = dict(config or {})
    where = str(config_file) if config_file else "the config file"
    _check_keys(table, where)

    def pick(flag: object, env_name: str | None, key: str) -> tuple[object, str]:
        if flag is not None and flag != "":
            return flag, f"--{key.replace('_', '-')}"
        if env_name and env.get(env_name):
            return env[env_name], env_name
        if table.get(key) not in (None, ""):
            return table[key], f"{key} in {where}"
        return None, "default"

    api_key, key_from = (env.get("OPENAI_API_KEY") or None), "OPENAI_API_KEY"
    if api_key is None and table.get("api_key"):
        api_key, key_from = str(table["api_key"]), where
    remember(api_key)  # redacted from every message, draft and recording from now on
    url, _ = pick(base_url, "OPENAI_BASE_URL", "base_url")
    folder, _ = pick(fixtures, "AFTERVIEW_FIXTURES", "fixtures")
    fixtures_path = Path(str(folder)) if folder else None

    chosen, source = pick(provider, "AFTERVIEW_PROVIDER", "provider")
    if chosen is None:
        if api_key:
            chosen, reason = "openai", "default: OPENAI_API_KEY is set"
        elif url:
            chosen, reason = "openai", "default: a base URL is set"
        else:
            chosen, reason = "template", "default: no OPENAI_API_KEY and no base URL, so drafts are written offline"
    else:
        reason = f"from {source}"
    picked = _choice(str(chosen), PROVIDERS, "provider", "--provider or AFTERVIEW_PROVIDER")
    name: ProviderName
    if picked == "ollama":  # a preset, not a provider of its own: the openai SDK at Ollama's /v1
        name, url = "openai", url or OLLAMA_BASE_URL
        reason += " (Ollama: the openai provider at its OpenAI-compatible endpoint)"
    else:
        name = picked

    if name == "openai" and not api_key and not url:
        raise ProviderConfigError(
            "--provider openai needs OPENAI_API_KEY in the environment (or api_key in the [llm] table of "
            f"{where}), or --base-url / OPENAI_BASE_URL for a local OpenAI-compatible server"
        )
    if name == "replay" and fixtures_path is None:
        raise ProviderConfigError("--provider replay needs a fixtures folder: --fixtures DIR or AFTERVIEW_FIXTURES")
    if name == "replay" and fixtures_path is not None and not fixtures_path.is_dir():
        raise ProviderConfigError(f"the fixtures folder {fixtures_path} does not exist (--fixtures/AFTERVIEW_FIXTURES)")

    mode_value, _ = pick(fixtures_mode, None, "fixtures_mode")
    mode: FixturesMode = "replay"
    if name != "replay":
        mode = _choice(str(mode_value or "record-missing"), FIXTURES_MODES, "fixtures mode", "--fixtures-mode")

    model_value, _ = pick(model, "AFTERVIEW_MODEL", "model")
    if model_value is None and name == "replay" and fixtures_path is not None:
        model_value = recorded_model(fixtures_path)
    server_value, _ = pick(None, "AFTERVIEW_LLM_SERVER", "server")
    strategy_value, strategy_from = pick(strategy, "AFTERVIEW_LLM_STRATEGY", "strategy")
    timeout = _number(table, "timeout", 120.0, float, where)
    deadline_value, deadline_from = pick(None, "AFTERVIEW_LLM_DEADLINE", "deadline")
    unset = deadline_value is None  # then never below a raised per-read timeout
    deadline = max(DEFAULT_DEADLINE, timeout) if unset else _seconds(deadline_value, deadline_from)
    breaker_value, breaker_from = pick(None, "AFTERVIEW_LLM_BREAKER", "breaker")

    return LLMSettings(
        provider=name,
        reason=reason,
        model=str(model_value or DEFAULT_MODEL),
        base_url=str(url) if url else None,
        api_key=api_key,
        api_key_source=key_from if api_key else None,
        server=_choice(str(server_value or "openai"), SERVERS, "server", "server in the [llm] table"),
        structured=_choice(str(table.get("structured", "auto")), STRUCTURED, "structured", "structured in [llm]"),
        timeout=timeout,
        deadline=deadline or None,
        breaker=True if breaker_value is None else _switch(breaker_value, breaker_from),
        max_retries=_number(table, "max_retries", 2, int, where),
        temperature=_number(table, "temperature", 0.0, float, where),
        seed=_number(table, "seed", 7, int, where) if table.get("seed", 0) is not None else None,
        max_tokens=_number(table, "max_tokens", 700, int, where),
        max_prompt_tokens=_number(table, "max_prompt_tokens", 4000, int, where),
        strategy=_choice(str(strategy_value or "rewrite"), STRATEGIES, "strategy", strategy_from),
        fixtures=fixtures_path,
        fixtures_mode=mode,
        prices=parse_prices(table.get("prices", {}), where),
        config_file=config_file,
    )


def _seconds(value: object, source: str) -> float:
    """A number of seconds from the environment (text) or the config file (a number); 0 means none."""
    try:
        number = float(value) if isinstance(value, str) and value.strip() else value
    except ValueError:
        number = None
    if isinstance(number, bool) or not isinstance(number, int | float) or not 0 <= number < math.inf:
        raise ProviderConfigError(f"{source}: {value!r} is not a number of seconds (0 for no deadline)")
    return float(number)


def _switch(value: object, source: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "on", "yes"):
        return True
    if text in ("0", "false", "off", "no"):
        return False
    raise ProviderConfigError(f"{source}: {value!r} is not on or off (true/false)")


def recorded_model(folder: Path) -> str | None:
    """The model every fixture in `folder` was recorded with, when they agree; else None."""
    models = set()
    for path in sorted(folder.glob("*.json")):
        try:
            models.add(json.loads(path.read_text(encoding="utf-8"))["request"]["body"]["model"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return models.pop() if len(models) == 1 else None


def _check_keys(table: Mapping[str, object], where: str) -> None:
    for key in table:
        if key not in CONFIG_KEYS:
            did = did_you_mean(key, CONFIG_KEYS, f" (known keys: {', '.join(CONFIG_KEYS)})")
            raise ProviderConfigError(f"{where}: [llm] {key}: unknown key{did}")


Choice = TypeVar("Choice", bound=str)
Number = TypeVar("Number", int, float)


def _choice(value: str, allowed: tuple[Choice, ...], what: str, where: str) -> Choice:
    for option in allowed:
        if option == value:
            return option
    did = did_you_mean(value, allowed)
    raise ProviderConfigError(f"{what} {value!r} is not one of {', '.join(allowed)} ({where}){did}")


def _number(
    table: Mapping[str, object], key: str, default: float, kind: Callable[[float], Number], where: str
) -> Number:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ProviderConfigError(f"{where}: [llm] {key}: {value!r} is not a number")
    if value < 0:
        raise ProviderConfigError(f"{where}: [llm] {key}: {value!r} must not be negative")
    return kind(value)
