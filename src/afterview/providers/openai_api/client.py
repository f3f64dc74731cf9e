"""The SDK client for a run's settings, and the keyword arguments of one chat-completions request."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from afterview import prompts
from afterview.providers.llm_settings import PLACEHOLDER_KEY, LLMSettings
from afterview.providers.replay.transport import PROMPT_HEADER, PROMPT_VERSION_HEADER

if TYPE_CHECKING:
    import httpx2
    import openai

Messages = list[dict[str, str]]  # chat messages: {"role": …, "content": …}
REPAIR_TEMPERATURE = 0.6


def new_client(
    settings: LLMSettings, timeout: float, max_retries: int, http_client: httpx2.Client | None = None
) -> openai.OpenAI:
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


def chat_params(
    settings: LLMSettings, messages: Messages, template: str, max_tokens: int, seed_step: int = 0
) -> dict[str, Any]:
    """The keyword arguments of `chat.completions.create` (loosely typed: the SDK's overloads take them apart),
    without the response format. `seed_step` > 0: a repair round."""
    s = settings
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
