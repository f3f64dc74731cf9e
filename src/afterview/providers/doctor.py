"""The LLM half of `afterview doctor`: which provider would run and why, and (when asked) whether it answers."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from afterview.errors import AfterviewError
from afterview.providers.llm_settings import LLMSettings


def llm_facts(settings: LLMSettings, *, probe: bool = False) -> dict[str, str]:
    """Facts to print as `name: value` lines; `probe` sends one cheap request (list the models)."""
    facts = dict(settings.describe())
    try:
        facts["openai SDK"] = version("openai")
    except PackageNotFoundError:
        facts["openai SDK"] = "not installed: pip install 'afterview[llm]' (template drafts still work)"
    if settings.fixtures is not None:
        count = len(list(settings.fixtures.glob("*.json"))) if settings.fixtures.is_dir() else 0
        facts["fixtures"] += f": {count} recording(s)"
    if probe and settings.provider == "openai":
        from afterview.providers.openai_provider import probe as send_probe

        try:
            facts["probe"] = send_probe(settings)
        except AfterviewError as exc:
            facts["probe"] = f"failed: {exc}"
    elif probe:
        facts["probe"] = f"nothing to probe for provider {settings.provider}"
    return facts
