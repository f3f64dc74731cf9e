"""`OpenAIWriter`: drafts from any OpenAI-compatible server through the official SDK.

The `Writer` seam (`write`), plus `repair`, `fix_mechanically`, `revise` and `dry_run` for the
pipeline's later rounds; every call is budgeted (tokens_budget.py), guarded by the run's breaker
and deadline, and its SDK errors translated (errors.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from afterview import prompts
from afterview.draft import Draft, DraftRequest, Finding
from afterview.errors import ProviderBug, ProviderUnavailable
from afterview.providers.breaker import Breaker
from afterview.providers.deadline import http_client, within
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
from afterview.providers.llm_settings import LLMSettings
from afterview.providers.openai_api.answers import checked_answer, format_unsupported
from afterview.providers.openai_api.client import Messages, chat_params, new_client
from afterview.providers.openai_api.errors import ServerUnreachable, sdk_errors
from afterview.providers.replay.transport import DryRunCaptured, DryRunRequest, DryRunTransport
from afterview.providers.tokens_budget import check_budget, estimate_cost
from afterview.redact import redact, remember
from afterview.vocabulary import Channel

if TYPE_CHECKING:
    import httpx2
    import openai
    from openai.types import CompletionUsage

log = logging.getLogger(__name__)

LEVELS = ("json_schema", "json_object", "text")


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
    fidelity: bool = False  # a repair of a rewrite that changed what the template's draft says


class OpenAIWriter:
    """The `Writer` seam over the OpenAI SDK: `write`, plus `repair` and `revise` for later rounds.

    `transport` is an `httpx2` transport (replay, recording, a test's MockTransport); without one
    the SDK talks to the network itself. `on_call`, when set, is told (message, purpose) before
    each request, e.g. to label a recording.
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
        self.on_call: Callable[[DraftRequest, str], None] | None = None
        self._client: openai.OpenAI | None = None
        self._level: str = "json_schema" if settings.structured == "auto" else settings.structured
        self._dry: OpenAIWriter | None = None
        # what each message's first request was (the repair round continues that conversation)
        self._first: dict[tuple[str, str], tuple[Messages, str, str | None]] = {}
        self.mechanical: dict[tuple[str, str], list[str]] = {}  # fixes made without a call, per message
        self._templates: dict[tuple[str, str], Draft] = {}  # the template writer's drafts a rewrite rewords

    # -- the seam ---------------------------------------------------------------------------
    def write(self, request: DraftRequest) -> Draft:
        messages, template, subject = self._first_request(request)
        return self._draft(request, messages, "write", template, self.settings.strategy, subject)

    def audit(self, request: DraftRequest, draft: Draft) -> list[Finding]:
        """What a rewrite says that the template writer's draft it rewords does not (rewrite_fidelity.py):
        who did what, claims, numbers, names, days, causes. Fidelity errors, with the rewrite's exact
        words, so the repair round can quote them; nothing for a composed draft."""
        if self.settings.strategy != "rewrite" or not draft.model_written:
            return []
        from afterview.providers.rewrite_fidelity import fidelity_findings

        return fidelity_findings(self._template_draft(request).body, draft.body)

    def _template_draft(self, request: DraftRequest) -> Draft:
        """The draft this message's first request reworded (the latest one for this message)."""
        cached = self._templates.get((request.planned.kind.value, request.planned.to.name))
        return cached if cached is not None else template_writer_draft(request)

    def _first_request(self, request: DraftRequest) -> tuple[Messages, str, str | None]:
        """(messages, prompt template, the subject when the model is not asked for one)."""
        key = (request.planned.kind.value, request.planned.to.name)
        if self.settings.strategy == "rewrite":
            base = template_writer_draft(request)
            self._templates[key] = base
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
        if any(f.check == "fidelity" for f in findings):
            self.calls[-1] = replace(self.calls[-1], fidelity=True)
        return repaired

    def fix_mechanically(self, request: DraftRequest, draft: Draft) -> Draft | None:
        """The draft with what code can fix safely fixed (mechanical.py), or None if nothing was."""
        from afterview.providers.mechanical import mechanical_fixes
        from afterview.region import region

        def subject() -> str | None:
            return self._template_subject(request)

        month_first = region(request.notes.zone_of(request.planned.to)) in ("us", "ca")
        fixed, codes = mechanical_fixes(draft, draft.findings, request.notes.candidate.name, subject, month_first)
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

    def dry_run(self, request: DraftRequest) -> DryRunRequest:
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

    def _draft(
        self,
        request: DraftRequest,
        messages: Messages,
        purpose: str,
        template: str,
        strategy: str,
        subject: str | None = None,
        seed_step: int = 0,
    ) -> Draft:
        """One call. `subject`: the draft's subject when the model is not asked for one."""
        estimated = check_budget(messages, self.settings.model, self.settings.max_prompt_tokens)
        self.breaker.check()
        if self.on_call is not None:
            self.on_call(request, purpose)
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
        usage: CompletionUsage | None,
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
        prompt_tokens = usage.prompt_tokens if usage is not None else None
        completion_tokens = usage.completion_tokens if usage is not None else None
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
        return Draft(
            kind=planned.kind,
            to=planned.to.name,
            channel=planned.channel,
            subject=answered if planned.channel is Channel.email else None,
            body=body + "\n",
            provider=self.name,
            tone=request.tone,
            prompt_version=prompts.prompt_version(),
        )

    def _complete(
        self, messages: Messages, template: str, schema: dict[str, object], max_tokens: int, seed_step: int
    ) -> tuple[DraftAnswer, str, CompletionUsage | None]:
        """Structured output, degrading to JSON mode, then plain text, on servers that reject the format."""
        import openai

        while True:
            level = self._level
            try:
                completions = self.client().chat.completions
                params = chat_params(self.settings, messages, template, max_tokens, seed_step)
                if level == "json_schema":
                    params["response_format"] = {
                        "type": "json_schema",
                        "json_schema": {"name": "draft", "strict": True, "schema": schema},
                    }
                elif level == "json_object":
                    params["response_format"] = {"type": "json_object"}
                completion = completions.create(**params)
                return checked_answer(completion, level), level, completion.usage
            except (openai.BadRequestError, openai.UnprocessableEntityError, openai.InternalServerError) as exc:
                if self.settings.structured != "auto" or level == "text" or not format_unsupported(exc):
                    raise
                self._level = LEVELS[LEVELS.index(level) + 1]
                log.info("the server rejected response_format %s; trying %s", level, self._level)
