"""A chat completion read as a draft's answer: structured JSON, JSON in fences, or plain text with a
`Subject:` line; a cut-off, filtered, refused or choiceless completion raises (see errors.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afterview.errors import ProviderUnavailable
from afterview.providers.llm_prompts import DraftAnswer
from afterview.providers.openai_api.errors import one_line

if TYPE_CHECKING:
    from openai.types import CompletionUsage
    from openai.types.chat import ChatCompletion


def checked_answer(completion: ChatCompletion, level: str) -> DraftAnswer:
    """The answer in a chat completion asked for at `level` (json_schema | json_object | text);
    a cut-off, filtered or refused one raises (call inside sdk_errors)."""
    import openai

    if not completion.choices:
        raise ProviderUnavailable("the LLM server returned no choices")
    choice = completion.choices[0]
    if choice.finish_reason == "length":
        raise openai.LengthFinishReasonError(completion=completion)
    if choice.finish_reason == "content_filter":
        raise openai.ContentFilterFinishReasonError(completion=completion)
    if choice.message.refusal:
        raise ProviderUnavailable(f"the model refused: {one_line(choice.message.refusal)}")
    content = choice.message.content or ""
    if level == "text":
        return _answer_from_text(content)
    return DraftAnswer.model_validate_json(_strip_fences(content))


def answer_from_completion(body: object) -> tuple[DraftAnswer, CompletionUsage | None]:
    """A chat completion as JSON (one line of a batch's output) → (the answer, its usage); call in sdk_errors."""
    completion, problem = _parse_completion(body)
    if completion is None:
        raise ProviderUnavailable(f"the batch's answer is not a chat completion ({problem})")
    return checked_answer(completion, "json_schema"), completion.usage


def chat_completion_problem(body: object) -> str | None:
    """None when `body` parses with the SDK's own ChatCompletion type; else why not (for fixture checks)."""
    completion, problem = _parse_completion(body)
    return None if completion is not None else f"not an openai ChatCompletion: {problem}"


def format_unsupported(exc: Exception) -> bool:
    """Whether a server's refusal is about the response format (so a plainer one may work)."""
    text = str(getattr(exc, "message", exc)).lower()
    return any(word in text for word in ("response_format", "json_schema", "json_object", "schema", "grammar"))


def _parse_completion(body: object) -> tuple[ChatCompletion | None, str]:
    """(the SDK's ChatCompletion, "") or (None, "where: what") for the first thing that does not fit."""
    import pydantic
    from openai.types.chat import ChatCompletion

    try:
        return ChatCompletion.model_validate(body), ""
    except pydantic.ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        return None, f"{'.'.join(map(str, first['loc']))}: {first['msg']}"


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
