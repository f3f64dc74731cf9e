"""The prompt budget and cost estimate: tokens counted before sending, prices from the config file.

No price is hard-coded: a model without a `[llm.prices."MODEL"]` entry has no cost estimate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from afterview.errors import ProviderConfigError, ProviderUnavailable

# Chat formats wrap each message in a few tokens of their own (OpenAI's cookbook: 3 per message, 3 to prime the reply).
TOKENS_PER_MESSAGE = 3
TOKENS_PER_REPLY = 3


@dataclass(frozen=True)
class Price:
    """US dollars per million tokens."""

    input: float
    output: float


def parse_prices(table: object, where: str) -> dict[str, Price]:
    """`{"gpt-4o-mini": {"input": 0.15, "output": 0.6}}` → Price objects, or a config error naming the entry."""
    if not isinstance(table, Mapping):
        raise ProviderConfigError(f"{where}: [llm.prices] must be a table of model = {{input = …, output = …}}")
    prices = {}
    for model, entry in table.items():
        needs = f'{where}: [llm.prices."{model}"] needs input and output, in dollars per million tokens'
        if not isinstance(entry, Mapping):
            raise ProviderConfigError(needs)
        try:
            prices[str(model)] = Price(float(entry["input"]), float(entry["output"]))
        except (TypeError, KeyError, ValueError) as exc:
            raise ProviderConfigError(needs) from exc
    return prices


def count_message_tokens(messages: Sequence[Mapping[str, object]], model: str) -> int:
    """Tokens a chat request's messages take, with the per-message overhead, by tiktoken (o200k for unknown models)."""
    from afterview.tokens import count_tokens

    total = TOKENS_PER_REPLY
    for message in messages:
        total += TOKENS_PER_MESSAGE + count_tokens(str(message.get("content") or ""), model)
    return total


def check_budget(messages: Sequence[Mapping[str, object]], model: str, budget: int) -> int:
    """The prompt's token count; over the budget the LLM is not asked (the template writer stands in)."""
    tokens = count_message_tokens(messages, model)
    if budget and tokens > budget:
        raise ProviderUnavailable(
            f"the prompt has {tokens} tokens, over the budget of {budget}",
            "raise max_prompt_tokens in the [llm] table of the config file, or shorten the notes",
        )
    return tokens


def estimate_cost(model: str, prompt_tokens: int, completion_tokens: int, prices: Mapping[str, Price]) -> float | None:
    """Dollars for one call, or None when the config has no price for `model`."""
    price = prices.get(model)
    if price is None:
        return None
    return (prompt_tokens * price.input + completion_tokens * price.output) / 1_000_000
