"""Provider settings: flag → environment → config file → default, and the key never shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.errors import ProviderConfigError
from afterview.providers.llm_settings import resolve_llm_settings
from afterview.providers.tokens_budget import Price, estimate_cost

KEY = "sk-test-0123456789abcdef"


@pytest.mark.parametrize(
    ("env", "flags", "provider", "reason"),
    [
        pytest.param({}, {}, "template", "no OPENAI_API_KEY", id="nothing-set"),
        pytest.param({"OPENAI_API_KEY": KEY}, {}, "openai", "OPENAI_API_KEY is set", id="key"),
        pytest.param({"OPENAI_BASE_URL": "http://127.0.0.1:8080/v1"}, {}, "openai", "base URL", id="base-url"),
        pytest.param({"OPENAI_API_KEY": KEY}, {"provider": "template"}, "template", "--provider", id="flag-wins"),
        pytest.param(
            {"AFTERVIEW_PROVIDER": "template", "OPENAI_API_KEY": KEY}, {}, "template", "AFTERVIEW_PROVIDER", id="env"
        ),
    ],
)
def test_provider_choice(env: dict[str, str], flags: dict[str, str], provider: str, reason: str) -> None:
    settings = resolve_llm_settings(env=env, **flags)
    assert settings.provider == provider and reason in settings.reason


def test_key_never_shows() -> None:
    settings = resolve_llm_settings(env={"OPENAI_API_KEY": KEY})
    assert KEY not in repr(settings) and KEY not in str(settings.describe())
    assert settings.describe()["api_key"] == "set (from OPENAI_API_KEY)"


def test_key_from_config_file_and_flags_over_env(tmp_path: Path) -> None:
    settings = resolve_llm_settings(
        model="flag-model",
        env={"AFTERVIEW_MODEL": "env-model", "OPENAI_BASE_URL": "http://env/v1"},
        config={"api_key": KEY, "model": "file-model", "base_url": "http://file/v1", "seed": 3, "server": "llama.cpp"},
        config_file=tmp_path / "config.toml",
    )
    assert (settings.model, settings.base_url, settings.seed, settings.llama_cpp) == (
        "flag-model",
        "http://env/v1",
        3,
        True,
    )
    assert settings.api_key == KEY and settings.api_key_source == str(tmp_path / "config.toml")


def test_replay_takes_the_recorded_model() -> None:
    from helpers import RECORDED

    settings = resolve_llm_settings(env={"AFTERVIEW_PROVIDER": "replay", "AFTERVIEW_FIXTURES": str(RECORDED)})
    assert settings.provider == "replay" and settings.fixtures_mode == "replay"
    assert settings.model.startswith("qwen2.5-coder-1.5b")


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        pytest.param({"provider": "opnai"}, "did you mean 'openai'", id="typo"),
        pytest.param({"provider": "openai"}, "OPENAI_API_KEY", id="openai-without-key"),
        pytest.param({"provider": "replay"}, "--fixtures DIR or AFTERVIEW_FIXTURES", id="replay-without-fixtures"),
        pytest.param({"provider": "replay", "fixtures": "/nonexistent"}, "does not exist", id="replay-missing-folder"),
        pytest.param({"config": {"modle": "x"}}, "did you mean 'model'", id="config-typo"),
        pytest.param({"config": {"timeout": "fast"}}, "not a number", id="config-number"),
        pytest.param({"config": {"prices": {"m": {"input": 1}}}}, "needs input and output", id="config-price"),
    ],
)
def test_bad_settings_name_the_fix(kwargs: dict, words: str) -> None:
    with pytest.raises(ProviderConfigError, match=words.replace("(", r"\(")):
        resolve_llm_settings(env={}, **kwargs)


def test_cost_comes_from_the_price_table() -> None:
    settings = resolve_llm_settings(env={}, config={"prices": {"m": {"input": 0.15, "output": 0.6}}})
    assert settings.prices == {"m": Price(0.15, 0.6)}
    assert estimate_cost("m", 1_000_000, 1_000_000, settings.prices) == pytest.approx(0.75)
    assert estimate_cost("other", 10, 10, settings.prices) is None


def test_doctor_facts_show_the_choice_and_never_the_key() -> None:
    from afterview.providers.doctor import llm_facts

    facts = llm_facts(resolve_llm_settings(env={"OPENAI_API_KEY": KEY}))
    assert facts["provider"].startswith("openai (default: OPENAI_API_KEY is set)")
    assert facts["openai SDK"][0].isdigit()
    assert KEY not in str(facts)
    offline = llm_facts(resolve_llm_settings(env={}), probe=True)
    assert offline["probe"] == "nothing to probe for provider template"
