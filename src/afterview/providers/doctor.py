"""The LLM half of `afterview doctor`: which provider would run and why, and (when asked) whether it answers."""

from __future__ import annotations

import time
from importlib.metadata import PackageNotFoundError, version

from afterview.errors import AfterviewError
from afterview.providers.llm_settings import LLMSettings


def llm_facts(
    settings: LLMSettings, *, probe: bool = False, failures: list[AfterviewError] | None = None
) -> dict[str, str]:
    """Facts to print as `name: value` lines; `probe` sends one cheap request (list the models).

    A failed probe is a fact too ("failed: …"), and its error is appended to `failures` (the exit status)."""
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

        started = time.monotonic()
        try:
            facts["probe"] = f"{send_probe(settings)} (answered in {time.monotonic() - started:.1f} s)"
        except AfterviewError as exc:
            facts["probe"] = f"failed: {exc}"
            if failures is not None:
                failures.append(exc)
    elif probe:
        facts["probe"] = f"nothing to probe for provider {settings.provider}"
    return facts
