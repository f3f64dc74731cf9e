"""The OpenAI Batch API through the official SDK: upload a JSONL of requests, create, find, poll, download.

Together with openai_api/, the only modules that import `openai`. Every call runs
inside `sdk_errors`, so a refused connection, a bad key or a 5xx reads as it does for drafts.
The client is the writer's own (`OpenAIWriter.client()`), so replay, recording and a test's
transport work here unchanged.

`BatchAnswerWriter` turns one line of a batch's output into a `Draft` with the same parsing
as a live call; a failed line, a missing line or an unusable answer is `ProviderUnavailable`,
which the pipeline answers with a template draft and the reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from afterview.draft import Draft, DraftRequest, Finding
from afterview.errors import ProviderConfigError, ProviderUnavailable
from afterview.providers.openai_api.answers import answer_from_completion
from afterview.providers.openai_api.errors import sdk_errors
from afterview.providers.openai_api.writer import OpenAIWriter

if TYPE_CHECKING:
    import openai
    from openai.types import Batch

ENDPOINT: Final = "/v1/chat/completions"
REQUESTS_KEY = "afterview_requests_sha256"  # batch metadata: which JSONL a batch was made from
RUNNING = frozenset({"validating", "in_progress", "finalizing", "cancelling"})
REUSABLE = frozenset({"validating", "in_progress", "finalizing", "completed"})
BATCH_DISCOUNT = 0.5  # the Batch API costs half the listed price per token


@dataclass(frozen=True)
class BatchStatus:
    """What afterview needs of a Batch object."""

    id: str
    status: str
    total: int = 0
    completed: int = 0
    failed: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None
    errors: tuple[str, ...] = ()

    @property
    def running(self) -> bool:
        return self.status in RUNNING

    def describe(self) -> str:
        counts = f"{self.completed} of {self.total} done" + (f", {self.failed} failed" if self.failed else "")
        return f"batch {self.id} is {self.status} ({counts})"


def _status(batch: Batch) -> BatchStatus:
    counts = batch.request_counts
    errors = tuple(
        f"line {e.line}: {e.message}" if e.line is not None else str(e.message)
        for e in (batch.errors.data or [] if batch.errors else [])
    )
    return BatchStatus(
        id=batch.id,
        status=batch.status,
        total=counts.total if counts else 0,
        completed=counts.completed if counts else 0,
        failed=counts.failed if counts else 0,
        output_file_id=batch.output_file_id,
        error_file_id=batch.error_file_id,
        errors=errors,
    )


class BatchAPI:
    """The Batch API calls afterview makes, on the client of `writer`."""

    def __init__(self, writer: OpenAIWriter) -> None:
        self.writer = writer
        self.settings = writer.settings

    def _client(self) -> openai.OpenAI:
        return self.writer.client()

    def find(self, requests_sha256: str, *, pages: int = 3) -> BatchStatus | None:
        """A batch already made from this very JSONL that is running or done (so not to submit twice)."""
        with sdk_errors(self.settings):
            page = self._client().batches.list(limit=100)
            for _ in range(pages):
                for batch in page.data:
                    if (batch.metadata or {}).get(REQUESTS_KEY) == requests_sha256 and batch.status in REUSABLE:
                        return _status(batch)
                if not page.has_next_page():
                    break
                page = page.get_next_page()
        return None

    def submit(self, jsonl: bytes, filename: str, metadata: Mapping[str, str]) -> BatchStatus:
        """Upload the requests and create the batch."""
        with sdk_errors(self.settings):
            client = self._client()
            uploaded = client.files.create(file=(filename, jsonl, "application/jsonl"), purpose="batch")
            batch = client.batches.create(
                input_file_id=uploaded.id,
                endpoint=ENDPOINT,
                completion_window="24h",
                metadata=dict(metadata),
            )
        return _status(batch)

    def status(self, batch_id: str) -> BatchStatus:
        with sdk_errors(self.settings), self._not_found(f"batch {batch_id}"):
            return _status(self._client().batches.retrieve(batch_id))

    def download(self, file_id: str) -> str:
        with sdk_errors(self.settings), self._not_found(f"file {file_id}"):
            return self._client().files.content(file_id).text

    @contextmanager
    def _not_found(self, what: str) -> Iterator[None]:
        """A 404 here is a batch or file that is gone, not an unknown model (what sdk_errors would say)."""
        import openai

        try:
            yield
        except openai.NotFoundError as exc:
            where = self.settings.base_url or "api.openai.com"
            raise ProviderConfigError(
                f"{what} was not found at {where} (404): it may have expired (output files are kept 30 days) "
                "or belong to another project or key"
            ) from exc


# ---------------------------------------------------------------------------------------------
# Output lines → drafts


@dataclass(frozen=True)
class Outcome:
    """One request's fate in a batch: a chat completion body, or why there is none."""

    body: Mapping[str, object] | None = None
    problem: str | None = None


def read_outcomes(text: str, source: str) -> tuple[dict[str, Outcome], list[str]]:
    """custom_id → outcome for every line of an output or error file; and what could not be read.

    Lines are joined on `custom_id` only: the Batch API does not keep the input's order.
    """
    outcomes: dict[str, Outcome] = {}
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            problems.append(f"{source} line {number}: not JSON")
            continue
        custom_id = item.get("custom_id") if isinstance(item, dict) else None
        if not isinstance(custom_id, str):
            problems.append(f"{source} line {number}: no custom_id")
            continue
        if custom_id in outcomes and outcomes[custom_id].body is not None:
            problems.append(f"{source} line {number}: custom_id {custom_id} answered twice (the first kept)")
            continue
        outcomes[custom_id] = _outcome(item)
    return outcomes, problems


def _outcome(item: Mapping[str, object]) -> Outcome:
    error, response = item.get("error"), item.get("response")
    if isinstance(error, Mapping) and (error.get("message") or error.get("code")):
        return Outcome(problem=f"the batch request failed ({error.get('code') or 'error'}: {error.get('message', '')})")
    if not isinstance(response, Mapping):
        return Outcome(problem="the batch returned no response for this request")
    status, body = response.get("status_code"), response.get("body")
    if status != 200:
        error_body = body.get("error") if isinstance(body, Mapping) else None
        detail = error_body.get("message", "") if isinstance(error_body, Mapping) else ""
        return Outcome(problem=f"the batch request failed ({status}: {detail})".replace(": )", ")"))
    if not isinstance(body, Mapping):
        return Outcome(problem="the batch response has no body")
    return Outcome(body=body)


class BatchAnswerWriter(OpenAIWriter):
    """A writer whose answers come from a collected batch: `answers` maps (kind, to) to an outcome.

    It takes no repair round (that would be a live call per draft, what the batch avoids):
    a draft that fails a check is replaced by the template writer's, with the reason.
    """

    no_repair_reason = "batch answers get no repair round"

    def __init__(self, writer: OpenAIWriter, answers: Mapping[tuple[str, str], Outcome]) -> None:
        super().__init__(writer.settings, transport=writer.transport)
        self.answers = answers

    def write(self, request: DraftRequest) -> Draft:
        planned = request.planned
        outcome = self.answers.get((planned.kind.value, planned.to.name))
        if outcome is None:
            raise ProviderUnavailable("this message was not in the submitted batch")
        if outcome.body is None:
            raise ProviderUnavailable(outcome.problem or "the batch request failed")
        with sdk_errors(self.settings):
            answer, usage = answer_from_completion(outcome.body)
        # The batch's usage counts the prompt; there is no estimate of ours to fall back on.
        return self.to_draft(request, answer, "batch", "json_schema", usage, 0, 0.0, BATCH_DISCOUNT)

    def repair(self, request: DraftRequest, draft: Draft, findings: Sequence[Finding]) -> Draft:
        raise ProviderUnavailable(self.no_repair_reason)


def batch_api_problem(stored: Mapping[str, object], response: Mapping[str, object]) -> str | None:
    """None when a recorded files/batches response parses with the SDK's own types; else why not."""
    import pydantic
    from openai.types import Batch, FileObject

    path, method = str(stored.get("path", "")), stored.get("method")
    status = response.get("status", 0)
    if not isinstance(status, int) or not 200 <= status < 300:
        return None
    if path.endswith("/content"):
        return None if "body_text" in response or "body" in response else "file content has no body"
    body = response.get("body")
    try:
        if path.endswith("/files") and method == "POST":
            FileObject.model_validate(body)
        elif path.endswith("/batches") and method == "GET":
            listing = body.get("data", []) if isinstance(body, Mapping) else [] if body is None else None
            if not isinstance(listing, list):
                return "not an openai batches object: data is not a list"
            for item in listing:
                Batch.model_validate(item)
        elif "/batches" in path:
            Batch.model_validate(body)
        else:
            return None
    except (pydantic.ValidationError, AttributeError) as exc:
        return f"not an openai {path.rsplit('/', 1)[-1]} object: {str(exc).splitlines()[0]}"
    return None
