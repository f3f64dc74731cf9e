"""The writer for resolved settings (replay, recording or live), and doctor's one cheap probe."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from afterview.errors import ProviderBug
from afterview.providers.breaker import Breaker
from afterview.providers.deadline import http_client, within
from afterview.providers.llm_settings import LLMSettings
from afterview.providers.openai_api.client import new_client
from afterview.providers.openai_api.errors import sdk_errors
from afterview.providers.openai_api.writer import OpenAIWriter
from afterview.providers.replay.transport import RecordingTransport, ReplayTransport
from afterview.redact import remember

if TYPE_CHECKING:
    import httpx2

PROBE_TIMEOUT = 15.0


def make_writer(
    settings: LLMSettings,
    *,
    used_log: Path | None = None,
    meta: Mapping[str, str] | None = None,
    breaker: Breaker | None = None,
) -> OpenAIWriter:
    """The writer for `settings`: replay serves fixtures; openai with a fixtures folder records into it.

    `breaker`: share another writer's (a batch's threads), so a failure in one stops them all."""
    import httpx2

    transport: httpx2.BaseTransport | None = None
    if settings.provider == "replay":
        assert settings.fixtures is not None
        transport = ReplayTransport(settings.fixtures, used_log=used_log)
    elif settings.provider == "openai" and settings.fixtures is not None:
        transport = RecordingTransport(
            httpx2.HTTPTransport(), settings.fixtures, settings.fixtures_mode, meta=meta, used_log=used_log
        )
    elif settings.provider != "openai":
        raise ProviderBug(f"make_writer: provider {settings.provider!r} is not an LLM provider")
    return OpenAIWriter(settings, transport=transport, breaker=breaker)


def probe(settings: LLMSettings) -> str:
    """One cheap request (list the models) for `afterview doctor --probe`; raises our errors on failure.

    Per read as the settings say (at most 15 s), no retries, within the settings' deadline.
    """
    timeout = min(settings.timeout, PROBE_TIMEOUT)
    remember(settings.api_key)
    with sdk_errors(settings, timeout), within(settings.deadline):
        client = new_client(settings, timeout, 0, http_client(timeout))
        try:
            ids = [m.id for m in client.models.list()]
        finally:
            client.close()
    listed = "listed" if settings.model in ids else "NOT listed: check --model"
    return f"reachable: {len(ids)} model(s); '{settings.model}' is {listed}"
