"""bench/llm_live.py's report: kept drafts, calls, repairs, seconds, tokens, drafts word for word the
template's, rewrites repaired or dropped by the fidelity check, and fallbacks grouped by reason."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import llm_live


def record(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "notes": "n.yaml",
        "kind": "thank_you",
        "channel": "email",
        "to": "Dana Lee",
        "kept": True,
        "fallback": None,
        "calls": ["write"],
        "seconds": 10.0,
        "completion_tokens": 100,
        "prompt_tokens": 900,
        "mechanical": [],
        "errors": [],
        "unchanged_repairs": 0,
        "fidelity_repairs": 0,
        "verbatim": False,
        "like_template": 0.8,
    }
    return {**base, **overrides}


def test_the_report_counts_fidelity_repairs_fallbacks_and_word_for_word_drafts() -> None:
    flip = "the LLM's draft still failed the fidelity check after one repair (side_flipped)"
    in_repair = (
        "the LLM's draft failed the fidelity check (claim_added); the repair round failed: the LLM server at "
        "http://127.0.0.1:8765/v1 did not answer within 60 s"
    )
    records = [
        record(),
        record(to="Ann", verbatim=True, like_template=1.0),
        record(to="Bo", calls=["write", "repair"], fidelity_repairs=1, seconds=30.0, completion_tokens=220),
        record(to="Cy", kept=False, fallback=flip, calls=["write", "repair"], fidelity_repairs=1),
        record(to="Di", kept=False, fallback=in_repair, calls=["write", "repair"], kind="status_check"),
    ]
    text = "\n".join(llm_live.summary("new:rewrite", records))
    assert "kept LLM drafts         3/5 (60 %); thank-yous 3/4" in text
    assert "calls per draft         1.60 (8 calls)" in text
    assert "repairs that pass       1/3" in text
    assert "seconds per draft       median 10.0" in text
    assert "completion tokens/draft median 100" in text
    assert "word for word 1" in text
    assert "rewrite fidelity        2 drafts repaired for changing what the template's draft says, 1 of them" in text
    assert "2 fell back for it" in text
    assert "1× the rewrite failed the fidelity check (side_flipped)" in text
    assert "1× the rewrite failed the fidelity check (claim_added)" in text
