"""Where llm_import.py finds the writer and the SDK's error translation; everything else imports
from `afterview.providers.openai_api` (kept only until llm_import.py is moved there too)."""

from afterview.providers.openai_api.errors import sdk_errors
from afterview.providers.openai_api.factory import make_writer

__all__ = ["make_writer", "sdk_errors"]
