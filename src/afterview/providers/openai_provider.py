"""The `openai` provider: drafts from any OpenAI-compatible server, through the official SDK.

With openai_batch.py (the Batch API), the only modules that import `openai` (lazily); this is the one place
where the SDK's exceptions become ours (`sdk_errors`):

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
import logging
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterview import prompts
from afterview.draft import Draft, DraftRequest, Finding
from afterview.errors import ProviderBug, ProviderConfigError, ProviderUnavailable
from afterview.providers.breaker import Breaker
from afterview.providers.deadline import DeadlineExceeded, http_client, retry_after, within
from afterview.providers.llm_prompts import (
    REWRITE_TEMPLATE,
    DraftAnswer,
    answer_json,
    answer_schema,
    asks_subject,
    findings_json,
    first_messages,
    inline_text,
    max_tokens_for,
    prompt_context,
    repair_findings_json,
    template_for,
    template_writer_draft,
)
from afterview.providers.llm_settings import PLACEHOLDER_KEY, LLMSettings
from afterview.providers.replay import (
    PROMPT_HEADER,
    PROMPT_VERSION_HEADER,
    DryRunCaptured,
    DryRunTransport,
    RecordingTransport,
    ReplayTransport,
)
from afterview.providers.tokens_budget import check_budget, estimate_cost
from afterview.redact import redact, remember
from afterview.vocabulary import Channel

if TYPE_CHECKING:
    import httpx2
    import openai

log = logging.getLogger(__name__)

LEVELS = ("json_schema", "json_object", "text")
REPAIR_TEMPERATURE = 0.6


class ServerUnreachable(ProviderUnavailable):
    """A timeout, the call's deadline, or no connection: the breaker stops asking for the rest of the run."""


@dataclass(frozen=True)
class CallRecord:
    """One request to the LLM: what it cost and how long it took (for the run summary and doctor)."""

    purpose: str  # write | repair | revise
    kind: str
    to: str
    mode: str  # json_schema | json_object | text
    prompt_tokens_estimated: int
    prompt_tokens: int | None
    completion_tokens: int | None
    seconds: float
    cost: float | None
    unchanged: bool = False  # a repair whose answer was the draft it was given


# ---------------------------------------------------------------------------------------------
# The writer


class OpenAIWriter:
    """The `Writer` seam over the OpenAI SDK: `write`, plus `repair` and `revise` for later rounds.

    `transport` is an `httpx2` transport (replay, recording, a test's MockTransport); without one
    the SDK talks to the network itself.
    """

    def __init__(
        self,
        settings: LLMSettings,
        *,
        transport: httpx2.BaseTransport | None = None,
        breaker: Breaker | None = None,
    ) -> None:
        self.settings = settings
        remember(settings.api_key)
        # shared by every writer of one run (batch threads), so one failure stops them all
        self.breaker = breaker if breaker is not None else Breaker(settings.breaker)
        self.name = "replay" if settings.provider == "replay" else "openai"
        self.transport = transport
        self.calls: list[CallRecord] = []
        self._client: openai.OpenAI | None = None
        self._level: str = "json_schema" if settings.structured == "auto" else settings.structured
        self._dry: OpenAIWriter | None = None
        # what each message's first request was (the repair round continues that conversation)
        self._first: dict[tuple[str, str], tuple[list[dict[str, str]], str, str | None]] = {}
        self.mechanical: dict[tuple[str, str], list[str]] = {}  # fixes made without a call, per message

    # -- the seam ---------------------------------------------------------------------------
    def write(self, request: DraftRequest) -> Draft:
        messages, template, subject = self._first_request(request)
        return self._draft(request, messages, "write", template, self.settings.strategy, subject)

    def _first_request(self, request: DraftRequest) -> tuple[list[dict[str, str]], str, str | None]:
        """(messages, prompt template, the subject when the model is not asked for one)."""
        key = (request.planned.kind.value, request.planned.to.name)
        if self.settings.strategy == "rewrite":
            base = template_writer_draft(request)
            first = (first_messages(request, "rewrite", base), REWRITE_TEMPLATE, base.subject)
        else:
            first = (first_messages(request, "compose"), template_for(request), None)
        self._first[key] = first
        return first

    def _template_subject(self, request: DraftRequest) -> str | None:
        """The template writer's subject for this message: kept from its first request when there was one
        (rendering the template draft again for it would repeat that work)."""
        first = self._first.get((request.planned.kind.value, request.planned.to.name))
        if first is not None and first[1] == REWRITE_TEMPLATE:
            return first[2]
        return template_writer_draft(request).subject

    def repair(self, request: DraftRequest, draft: Draft, findings: Sequence[Finding]) -> Draft:
        """One more round: the first request again, then each finding of the draft with its exact
        words and the fix; another seed and some temperature, so it is a new attempt."""
        key = (request.planned.kind.value, request.planned.to.name)
        messages, _, _ = self._first.get(key) or self._first_request(request)
        strategy = self.settings.strategy
        with_subject = asks_subject(request, strategy)
        repair_prompt = self._render(
            "llm/repair.j2",
            request,
            findings=repair_findings_json(draft, findings),
            subject="yes" if with_subject else "",
        )
        # The earlier answer is not in the conversation: shown it, a small model copies it back,
        # whatever it is told (it did in 14 of 17 repairs, and at temperature 0.6 too). The findings
        # quote the words that were wrong; the model writes the message again from the request.
        conversation = [*messages, {"role": "user", "content": repair_prompt}]
        repaired = self._draft(request, conversation, "repair", "llm/repair.j2", strategy, draft.subject, seed_step=1)
        if repaired.body.strip() == draft.body.strip() and repaired.subject == draft.subject:
            self.calls[-1] = replace(self.calls[-1], unchanged=True)
        return repaired

    def fix_mechanically(self, request: DraftRequest, draft: Draft) -> Draft | None:
        """The draft with what code can fix safely fixed (mechanical.py), or None if nothing was."""
        from afterview.providers.mechanical import mechanical_fixes

        def subject() -> str | None:
            return self._template_subject(request)

        fixed, codes = mechanical_fixes(draft, draft.findings, request.notes.candidate.name, subject)
        if not codes:
            return None
        self.mechanical.setdefault((request.planned.kind.value, request.planned.to.name), []).extend(codes)
        return fixed

    def revise(self, request: DraftRequest, draft: Draft, instruction: str, findings: Sequence[Finding] = ()) -> Draft:
        """The candidate's instruction ("warmer", "mention the on-call problem") applied to `draft`."""
        shown = [f for f in findings if f.severity in ("error", "warning")]
        user = self._render(
            "llm/revise.j2",
            request,
            draft=inline_text(answer_json(draft)),
            instruction=inline_text(instruction.strip()),
            findings=findings_json(shown) if shown else "",
        )
        messages = [*first_messages(request, "compose"), {"role": "user", "content": user}]
        return self._draft(request, messages, "revise", "llm/revise.j2", "compose", draft.subject)

    def dry_run(self, request: DraftRequest) -> dict[str, Any]:
        """The exact request the SDK would send for a first draft (method, URL, JSON body); nothing is sent."""
        if self._dry is None:  # one SDK client for every dry run (batch --submit makes one per message)
            self._dry = OpenAIWriter(self.settings, transport=DryRunTransport())
        writer = self._dry
        writer._level = self._level
        try:
            writer.write(request)
        except DryRunCaptured as captured:
            return {"method": captured.method, "url": captured.url, "body": captured.body}
        raise ProviderBug("dry run: the SDK sent nothing")  # pragma: no cover

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    # -- internals --------------------------------------------------------------------------
    def _render(self, name: str, request: DraftRequest, **extra: str) -> str:
        text, _ = prompts.render(name, {**prompt_context(request), **extra})
        return text.strip()

    def client(self) -> openai.OpenAI:
        if self._client is None:
            s = self.settings
            self._client = new_client(s, s.timeout, s.max_retries, http_client(s.timeout, self.transport))
        return self._client

    def _params(
        self, messages: list[dict[str, str]], template: str, max_tokens: int, seed_step: int = 0
    ) -> dict[str, Any]:
        s = self.settings
        # A repair (seed_step > 0) at temperature 0 is greedy: the model walks back to the answer it
        # can see in the conversation whatever the seed. Some warmth, with a fixed seed, stays repeatable.
        temperature = max(s.temperature, REPAIR_TEMPERATURE) if seed_step else s.temperature
        params: dict[str, Any] = {
            "model": s.model,
            "messages": messages,
            "temperature": temperature,
            "store": False,
            "extra_headers": {PROMPT_HEADER: template, PROMPT_VERSION_HEADER: prompts.prompt_version()},
        }
        if s.seed is not None:
            params["seed"] = s.seed + seed_step
        if s.llama_cpp:
            params["max_tokens"] = max_tokens
            params["extra_body"] = {"cache_prompt": False}  # llama.cpp is deterministic only without its cache
        else:
            params["max_completion_tokens"] = max_tokens
        return params

    def _draft(
        self,
        request: DraftRequest,
        messages: list[dict[str, str]],
        purpose: str,
        template: str,
        strategy: str,
        subject: str | None = None,
        seed_step: int = 0,
    ) -> Draft:
        """One call. `subject`: the draft's subject when the model is not asked for one."""
        estimated = check_budget(messages, self.settings.model, self.settings.max_prompt_tokens)
        self.breaker.check()
        started = time.monotonic()
        schema = answer_schema(request, strategy)
        max_tokens = max_tokens_for(request, strategy, self.settings.max_tokens)
        try:
            with sdk_errors(self.settings, max_tokens=max_tokens), within(self.settings.deadline):
                answer, mode, usage = self._complete(messages, template, schema, max_tokens, seed_step)
        except ServerUnreachable as exc:
            self.breaker.trip(exc.cause)
            raise
        seconds = time.monotonic() - started
        return self.to_draft(request, answer, purpose, mode, usage, estimated, seconds, subject=subject)

    def to_draft(
        self,
        request: DraftRequest,
        answer: DraftAnswer,
        purpose: str,
        mode: str,
        usage: Any,
        estimated: int,
        seconds: float,
        price_factor: float = 1.0,
        subject: str | None = None,
    ) -> Draft:
        """The model's answer as a Draft, with the call's tokens and cost recorded in `calls`.

        `subject`: the subject to use when the answer has none (a rewrite keeps the template's)."""
        planned = request.planned
        if subject is None and self.settings.strategy == "rewrite" and planned.channel is Channel.email:
            subject = self._template_subject(request)  # a batch answer: the same subject as at submit
        prompt_tokens = getattr(usage, "prompt_tokens", None)
        completion_tokens = getattr(usage, "completion_tokens", None)
        s = self.settings
        cost = estimate_cost(s.model, prompt_tokens or estimated, completion_tokens or 0, s.prices)
        self.calls.append(
            CallRecord(
                purpose=purpose,
                kind=planned.kind.value,
                to=planned.to.name,
                mode=mode,
                prompt_tokens_estimated=estimated,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                seconds=round(seconds, 3),
                cost=None if cost is None else cost * price_factor,
            )
        )
        body = redact(answer.body.strip(), shapes=False)  # a server that echoes the key: not in a draft
        if not body:
            raise ProviderUnavailable("the model returned an empty message body")
        asked = self.settings.strategy == "compose" or purpose == "revise"  # a rewrite keeps the template's
        answered = (redact(" ".join(answer.subject.split()), shapes=False) if asked else "") or subject or None
        draft = Draft(
            kind=planned.kind,
            to=planned.to.name,
            channel=planned.channel,
            subject=answered if planned.channel is Channel.email else None,
            body=body + "\n",
            provider=self.name,
            tone=request.tone,
            prompt_version=prompts.prompt_version(),
        )
        return draft

    def _complete(
        self, messages: list[dict[str, str]], template: str, schema: dict[str, Any], max_tokens: int, seed_step: int
    ) -> tuple[DraftAnswer, str, Any]:
        """Structured output, degrading to JSON mode, then plain text, on servers that reject the format."""
        import openai

        while True:
            level = self._level
            try:
                return self._call(level, messages, template, schema, max_tokens, seed_step)
            except (openai.BadRequestError, openai.UnprocessableEntityError, openai.InternalServerError) as exc:
                if self.settings.structured != "auto" or level == "text" or not _format_unsupported(exc):
                    raise
                self._level = LEVELS[LEVELS.index(level) + 1]
                log.info("the server rejected response_format %s; trying %s", level, self._level)

    def _call(
        self,
        level: str,
        messages: list[dict[str, str]],
        template: str,
        schema: dict[str, Any],
        max_tokens: int,
        seed_step: int,
    ) -> tuple[DraftAnswer, str, Any]:
        completions = self.client().chat.completions
        params = self._params(messages, template, max_tokens, seed_step)
        if level == "json_schema":
            shape = {"name": "draft", "strict": True, "schema": schema}
            response_format = {"type": "json_schema", "json_schema": shape}
            completion = completions.create(response_format=response_format, **params)  # type: ignore[call-overload]
        elif level == "json_object":
            completion = completions.create(response_format={"type": "json_object"}, **params)
        else:
            completion = completions.create(**params)
        return _checked_answer(completion, level), level, completion.usage


def _checked_answer(completion: Any, level: str) -> DraftAnswer:
    """The answer in a chat completion; a cut-off, filtered or refused one raises (see sdk_errors)."""
    import openai

    choice = _only_choice(completion)
    if choice.finish_reason == "length":
        raise openai.LengthFinishReasonError(completion=completion)
    if choice.finish_reason == "content_filter":
        raise openai.ContentFilterFinishReasonError(completion=completion)
    if choice.message.refusal:
        raise ProviderUnavailable(f"the model refused: {_one_line(choice.message.refusal)}")
    content = choice.message.content or ""
    if level == "text":
        return _answer_from_text(content)
    return DraftAnswer.model_validate_json(_strip_fences(content))


def answer_from_completion(body: Mapping[str, Any]) -> tuple[DraftAnswer, Any]:
    """A chat completion as JSON (one line of a batch's output) → (the answer, its usage); call in sdk_errors."""
    completion, problem = _parse_completion(body)
    if completion is None:
        raise ProviderUnavailable(f"the batch's answer is not a chat completion ({problem})")
    return _checked_answer(completion, "json_schema"), completion.usage


def _parse_completion(body: Any) -> tuple[Any, str]:
    """(the SDK's ChatCompletion, "") or (None, "where: what") for the first thing that does not fit."""
    import pydantic
    from openai.types.chat import ChatCompletion

    try:
        return ChatCompletion.model_validate(body), ""
    except pydantic.ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        return None, f"{'.'.join(map(str, first['loc']))}: {first['msg']}"


def new_client(settings: LLMSettings, timeout: float, max_retries: int, http_client: Any = None) -> openai.OpenAI:
    """An SDK client for `settings`: their key (or the placeholder local servers accept), URL and limits."""
    import openai

    return openai.OpenAI(
        api_key=settings.api_key or PLACEHOLDER_KEY,
        base_url=settings.base_url or "https://api.openai.com/v1",
        organization=None,
        project=None,
        timeout=timeout,
        max_retries=max_retries,
        http_client=http_client,
    )


def _only_choice(completion: Any) -> Any:
    if not completion.choices:
        raise ProviderUnavailable("the LLM server returned no choices")
    return completion.choices[0]


def _format_unsupported(exc: Exception) -> bool:
    text = str(getattr(exc, "message", exc)).lower()
    return any(word in text for word in ("response_format", "json_schema", "json_object", "schema", "grammar"))


def _strip_fences(content: str) -> str:
    text = content.strip()
    fenced = re.match(r"^```(?:json)?\s*\n(.*?)\n?```$", text, re.DOTALL)
    return fenced.group(1) if fenced else text


_SUBJECT_LINE = re.compile(r"^\s*subject:\s*(.+)$", re.IGNORECASE)


def _answer_from_text(content: str) -> DraftAnswer:
    """Plain text: an optional first line `Subject: …`, the rest is the body."""
    lines = content.strip().splitlines()
    subject = ""
    if lines and (match := _SUBJECT_LINE.match(lines[0])):
        subject, lines = match.group(1).strip(), lines[1:]
    return DraftAnswer(subject=subject, body="\n".join(lines).strip())


# ---------------------------------------------------------------------------------------------
# Errors: the one place SDK exceptions are translated


def _one_line(text: object, limit: int = 160) -> str:
    line = redact(" ".join(str(text).split()))
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _server_message(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, Mapping):
        inner = body.get("error", body)
        if isinstance(inner, Mapping) and inner.get("message"):
            return _one_line(inner["message"])
        if isinstance(inner, str):
            return _one_line(inner)
    return _one_line(getattr(exc, "message", exc))


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
        raise ProviderUnavailable(f"the LLM server's answer is not a chat completion: {_one_line(exc)}") from exc
    except pydantic.ValidationError as exc:
        raise ProviderUnavailable(
            "the model's answer does not match the draft schema (subject, body): "
            + _one_line(exc.errors(include_url=False)[0].get("msg", exc), 100)
        ) from exc
    except json.JSONDecodeError as exc:
        raise ProviderUnavailable(f"the LLM server's answer is not valid JSON ({exc.msg})") from exc
    except openai.OpenAIError as exc:
        raise ProviderUnavailable(f"the LLM call failed: {_one_line(exc)}") from exc


# ---------------------------------------------------------------------------------------------
# Construction, doctor and fixture checks


def make_writer(
    settings: LLMSettings,
    *,
    used_log: Path | None = None,
    meta: Mapping[str, Any] | None = None,
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


PROBE_TIMEOUT = 15.0


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


def chat_completion_problem(body: Any) -> str | None:
    """None when `body` parses with the SDK's own ChatCompletion type; else why not (for fixture checks)."""
    completion, problem = _parse_completion(body)
    return None if completion is not None else f"not an openai ChatCompletion: {problem}"
