"""The LLM half of `afterview doctor`: which provider would run and why, and (when asked) whether it answers."""

from __future__ import annotations

import time
from importlib.metadata import PackageNotFoundError, version

from afterview.errors import AfterviewError
from afterview.providers.llm_settings import LOCAL_SERVERS, LLMSettings

LOCAL_PROBE_TIMEOUT = 0.5  # seconds per port: a local server answers at once or not at all


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
        from afterview.providers.openai_api.factory import probe as send_probe

        started = time.monotonic()
        try:
            facts["probe"] = f"{send_probe(settings)} (answered in {time.monotonic() - started:.1f} s)"
        except AfterviewError as exc:
            facts["probe"] = f"failed: {exc}"
            if failures is not None:
                failures.append(exc)
    elif probe:
        facts["probe"] = f"nothing to probe for provider {settings.provider}"
    if settings.provider == "template":
        facts["local server"] = local_servers()
    return facts


def local_servers(host: str = "127.0.0.1", ports: tuple[tuple[str, int], ...] | None = None) -> str:
    """Which local OpenAI-compatible server answers on its default port (llama-server 8080,
    Ollama 11434), and the flags to use it. Only this machine is asked, each port once, briefly."""
    ports = LOCAL_SERVERS if ports is None else ports
    found = []
    for name, port in ports:
        models = _local_models(host, port)
        if models is None:
            continue
        model = f" --model {models[0]}" if models else ""
        preset = "--provider ollama" if name == "Ollama" else f"--base-url http://{host}:{port}/v1"
        found.append(f"{name} on {host}:{port} ({len(models)} model(s)): use {preset}{model}")
    if found:
        return "; ".join(found)
    where = ", ".join(f"{name} on :{port}" for name, port in ports)
    return f"none answering ({where})"


def _local_models(host: str, port: int) -> list[str] | None:
    """The model ids a server on host:port lists at /v1/models; None if nothing answers like one."""
    import http.client
    import json

    connection = http.client.HTTPConnection(host, port, timeout=LOCAL_PROBE_TIMEOUT)
    try:
        connection.request("GET", "/v1/models")
        response = connection.getresponse()
        if response.status != 200:
            return None
        data = json.loads(response.read(1 << 20))
        return [str(m["id"]) for m in data.get("data", []) if isinstance(m, dict) and "id" in m]
    except Exception:  # refused, timed out, blocked by a test guard, not JSON: no server of ours
        return None
    finally:
        connection.close()
