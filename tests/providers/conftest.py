"""Fixtures for the provider tests (helpers live in llm_helpers.py)."""

from __future__ import annotations

import pytest
from llm_helpers import panel_requests

from afterview.draft import DraftRequest


@pytest.fixture
def request_() -> DraftRequest:
    """The first planned message of the panel example: a thank-you email to Dana Lee."""
    return panel_requests()[0]
