"""The one place the openai SDK's exceptions become afterview's (`sdk_errors`):

    APITimeoutError, APIConnectionError, the call's deadline  → ServerUnreachable (fallback; trips the breaker)
    RateLimitError, 5xx, 400/422/418 and other 4xx,
    unusable answers (cut off, refused, empty, off-schema)  → ProviderUnavailable (template fallback)
    AuthenticationError, PermissionDeniedError, NotFoundError → ProviderConfigError (names the setting)

A 4xx other than 401/403/404/429 is the server's answer to our request (Ollama, vLLM and
llama.cpp reject what they do not support), not proof of a bug here: the draft falls back
with the status named. Every message built from the server's words is redacted (redact.py).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from afterview.errors import ProviderConfigError, ProviderUnavailable
from afterview.providers.deadline import DeadlineExceeded, retry_after
from afterview.providers.llm_settings import LLMSettings
from afterview.redact import redact


class ServerUnreachable(ProviderUnavailable):
    """A timeout, the call's deadline, or no connection: the breaker stops asking for the rest of the run."""


def one_line(text: object, limit: int = 160) -> str:
    """`text` redacted, on one line, at most `limit` characters."""
    line = redact(" ".join(str(text).split()))
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _server_message(exc: Exception) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, Mapping):
        inner = body.get("error", body)
        if isinstance(inner, Mapping) and inner.get("message"):
            return one_line(inner["message"])
        if isinstance(inner, str):
            return one_line(inner)
    return one_line(getattr(exc, "message", exc))


@contextmanager
def sdk_errors(settings: LLMSettings, timeout: float | None = None, max_tokens: int | None = None) -> Iterator[None]:
    """Translate the SDK's exceptions into afterview's (`raise … from exc`); ours pass through.

    `timeout` is the per-read timeout the client was given (default: the settings'); messages
    about time say what it was and how long the call actually took. `max_tokens`: the call's
    completion budget (default: the settings').
    """
    import httpx2
    import openai
    import pydantic

    where = settings.base_url or "api.openai.com"
    per_read = settings.timeout if timeout is None else timeout
    started = time.monotonic()
    try:
        yield
    except DeadlineExceeded as exc:
        raise ServerUnreachable(
            f"the LLM server at {where} did not finish answering within the {exc.seconds:g} s deadline "
            f"(gave up after {exc.elapsed:.1f} s)",
            "check the server, or raise deadline in the [llm] table or AFTERVIEW_LLM_DEADLINE",
        ) from exc
    except openai.APITimeoutError as exc:
        raise ServerUnreachable(
            f"the LLM server at {where} did not answer within {per_read:g} s (the per-read timeout; "
            f"gave up after {time.monotonic() - started:.1f} s)",
            "check the server, or raise timeout in the [llm] table",
        ) from exc
    except openai.APIConnectionError as exc:
        if isinstance(exc.__cause__, httpx2.ReadError | httpx2.RemoteProtocolError):
            raise ServerUnreachable(
                f"the connection to the LLM server at {where} broke off mid-answer",
                "try again; if it keeps happening, check the server's logs",
            ) from exc
        raise ServerUnreachable(
            f"cannot connect to the LLM server at {where}",
            "check --base-url / OPENAI_BASE_URL and that the server is running",
        ) from exc
    except openai.RateLimitError as exc:
        seconds = retry_after(exc.response.headers)
        wait = f", retry after {seconds:g} s" if seconds is not None else ""
        raise ProviderUnavailable(
            f"rate limited by the LLM server (429{wait}): {_server_message(exc)}",
            "wait and try again, or check the account's quota",
        ) from exc
    except openai.AuthenticationError as exc:
        raise ProviderConfigError(
            f"the LLM server at {where} rejected the API key (401: {_server_message(exc)}); set a valid "
            "OPENAI_API_KEY in the environment (or api_key in the [llm] table of the config file)"
        ) from exc
    except openai.PermissionDeniedError as exc:
        raise ProviderConfigError(
            f"the API key may not use model '{settings.model}' at {where} (403: {_server_message(exc)}); "
            "check --model, or the key's project and organization (OPENAI_API_KEY)"
        ) from exc
    except openai.NotFoundError as exc:
        raise ProviderConfigError(
            f"model '{settings.model}' was not found at {where} (404: {_server_message(exc)}); check --model, "
            "or --base-url / OPENAI_BASE_URL (it usually ends in /v1)"
        ) from exc
    except openai.APIStatusError as exc:
        if exc.status_code >= 500 or exc.status_code in (408, 409):
            raise ProviderUnavailable(
                f"the LLM server at {where} failed ({exc.status_code}: {_server_message(exc)})",
                "try again later",
            ) from exc
        # 400, 413, 418, 422…: the server's answer to this request (a local server that does not
        # support a parameter, a prompt over its context size), not proof of a bug here.
        raise ProviderUnavailable(
            f"the LLM server at {where} refused the request (HTTP {exc.status_code}: {_server_message(exc)})",
            "check that the server supports this model and OpenAI's chat completions API",
        ) from exc
    except openai.LengthFinishReasonError as exc:
        raise ProviderUnavailable(
            f"the model's answer was cut off at max_tokens={max_tokens or settings.max_tokens}",
            "raise max_tokens in the [llm] table",
        ) from exc
    except openai.ContentFilterFinishReasonError as exc:
        raise ProviderUnavailable("the LLM server's content filter stopped the answer") from exc
    except openai.APIResponseValidationError as exc:
        raise ProviderUnavailable(f"the LLM server's answer is not a chat completion: {one_line(exc)}") from exc
    except pydantic.ValidationError as exc:
        raise ProviderUnavailable(
            "the model's answer does not match the draft schema (subject, body): "
            + one_line(exc.errors(include_url=False)[0].get("msg", exc), 100)
        ) from exc
    except json.JSONDecodeError as exc:
        raise ProviderUnavailable(f"the LLM server's answer is not valid JSON ({exc.msg})") from exc
    except openai.OpenAIError as exc:
        raise ProviderUnavailable(f"the LLM call failed: {one_line(exc)}") from exc
