"""`afterview import`'s asks against the real model on a local llama-server (opt-in: pytest -m live).

The recordings in fixtures/llm-import must be what the model answers today: each ask of the
recorded imports is sent again and its answer compared with the recorded one.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from afterview.providers.llm_import import extract_facts
from afterview.providers.llm_settings import resolve_llm_settings

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.live, pytest.mark.enable_socket]
ALIAS = "qwen2.5-coder-1.5b-instruct-q4_k_m"
RECORDED = ROOT / "fixtures" / "llm-import"


@pytest.mark.parametrize("name", sorted(p.stem for p in (ROOT / "fixtures" / "import").glob("*.txt")))
def test_live_import_answers_match_the_recordings(llama_server: str, tmp_path: Path, name: str) -> None:
    settings = resolve_llm_settings(
        provider="openai",
        model=ALIAS,
        base_url=llama_server,
        fixtures=tmp_path,
        fixtures_mode="rewrite",
        env={},
        config={"server": "llama.cpp", "timeout": 600, "max_retries": 0},
    )
    text = (ROOT / "fixtures" / "import" / f"{name}.txt").read_text()
    extract_facts(settings, text, date(2026, 11, 24))
    fresh = sorted(tmp_path.glob("*.json"))
    assert fresh
    for path in fresh:
        recorded = RECORDED / path.name
        assert recorded.exists(), f"{name}: an ask that was never recorded ({path.name})"

        def content(p: Path) -> str:
            return str(json.loads(p.read_text())["response"]["body"]["choices"][0]["message"]["content"])

        assert content(path) == content(recorded)
