"""The LLM providers: the OpenAI-compatible writer, its settings, and record/replay of its HTTP traffic.

Nothing here is imported by `afterview --help` or the offline path; only
`openai_api/` and `openai_batch` import `openai`, and they do so lazily.
"""
