"""bench/llm_blind.py: the LLM-vs-template packet through the real CLI (a fake OpenAI-compatible server
on 127.0.0.1, not the live model), and the scoring of a judge's verdicts."""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from helpers import EXAMPLES, ROOT, http_server

sys.path.insert(0, str(ROOT / "bench"))
import llm_blind

FAILS_FOR = "Priya"  # the fake model answers a useless note for her: her drafts fall back


def reworded(draft: str) -> str:
    return draft.replace(" I ", " I also ", 1)


class FakeModel(BaseHTTPRequestHandler):
    """Answers every chat completion with the rewrite request's draft, a thank-you lightly reworded,
    a status check as it is (a one-line note for FAILS_FOR's messages, which the checks reject)."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        # this message's request: the last with a data block (a repair's findings come after it)
        user = next(m["content"] for m in reversed(body["messages"]) if "<notes>" in m["content"])
        block = re.search(r"<notes>\n(.*)\n</notes>", user, re.DOTALL)
        assert block, user
        draft = json.loads(block.group(1))["draft"]
        if FAILS_FOR in draft.split("\n", 1)[0]:
            text = "Hi.\n\nThanks.\n"
        else:  # a status check comes back word for word: a pair the packet still shows, and counts
            text = draft if "status-check" in user else reworded(draft)
        answer = {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 1795000000,
            "model": body["model"],
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": json.dumps({"body": text})},
                }
            ],
            "usage": {"prompt_tokens": 400, "completion_tokens": 100, "total_tokens": 500},
        }
        payload = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake_server() -> Iterator[str]:
    with http_server(FakeModel) as port:
        yield f"http://127.0.0.1:{port}/v1"


def blind_set(tmp_path: Path) -> Path:
    (tmp_path / "notes").mkdir()
    for name in ("panel.yaml", "single.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / "notes" / name)
    (tmp_path / "now.yaml").write_text('panel: "2026-11-24T16:00"\nsingle: "2026-11-24T16:00"\n', encoding="utf-8")
    return tmp_path


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_pairs_shuffles_llm_and_template_drafts_and_leaves_fallbacks_out(
    fake_server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = blind_set(tmp_path)
    assert llm_blind.main(["pairs", str(folder), "--base-url", fake_server, "--model", "fake"]) == 0
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    packet = (folder / "packet.md").read_text(encoding="utf-8")
    out = capsys.readouterr().out

    # Priya's thank-you and status check fell back to the template: reported, not judged
    fell_back = [line.split(":")[1].strip() for line in key["fell_back"]]
    assert fell_back == ["thank_you to Priya Shah", "status_check to Priya Shah"]
    assert "Priya Shah" in out and "fell back (not judged)" in out
    assert "to Priya Shah" not in packet
    pairs = key["pairs"]
    assert {(p["notes"], p["to"]) for p in pairs.values()} >= {("panel", "Dana Lee"), ("single", "Tomás Ibarra")}
    assert all(p["llm"] in ("A", "B") for p in pairs.values())
    assert {p["llm"] for p in pairs.values()} == {"A", "B"}  # shuffled, not always one side

    # each pair: the LLM's (reworded) draft on its key's side, the template's on the other
    for pair, entry in pairs.items():
        section = packet.split(f"## {pair}:", 1)[1].split("\n## ", 1)[0]
        a, b = re.findall(r"### Draft [AB]\n\n```\n(.*?)\n```", section, re.DOTALL)
        llm, template = (a, b) if entry["llm"] == "A" else (b, a)
        if entry["kind"] == "thank_you":
            assert llm != template and llm == reworded(template)  # the same message, the same subject line
        else:
            assert llm == template
            assert pair in out.split("word for word in", 1)[1].splitlines()[0]
    # the judge reads the notes, and nothing that names a draft's source
    assert "# Notes panel" in packet and "Marcus Chen" in packet
    for word in ("template", "LLM", "openai", "provider", "fallback"):
        assert word not in packet

    # the same input gives the same packet (fixed seed)
    assert llm_blind.main(["pairs", str(folder), "--base-url", fake_server, "--model", "fake"]) == 0
    assert (folder / "packet.md").read_text(encoding="utf-8") == packet


def side(score: int) -> dict[str, object]:
    return {"specific": score, "natural": score, "appropriate": 4, "accurate": 5, "send": "as_is"}


def test_score_counts_the_llm_sides_wins_and_means(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pairs = {
        "P01": {"llm": "A", "notes": "n", "kind": "thank_you", "to": "X", "channel": "email"},
        "P02": {"llm": "B", "notes": "n", "kind": "thank_you", "to": "Y", "channel": "email"},
        "P03": {"llm": "B", "notes": "n", "kind": "status_check", "to": "Y", "channel": "email"},
    }
    (tmp_path / "key.json").write_text(json.dumps({"pairs": pairs, "fell_back": ["n: x"], "unmatched": []}))
    verdicts = {
        "P01": {"winner": "A", "A": side(5), "B": side(3)},  # LLM wins
        "P02": {"winner": "A", "A": side(4), "B": {**side(2), "send": "rewrite"}},  # LLM (B) loses
        "P03": {"winner": "tie", "A": side(3), "B": side(3)},
    }
    (tmp_path / "verdicts.json").write_text(json.dumps(verdicts))
    assert llm_blind.main(["score", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "pairs judged: 3 of 3; LLM drafts that fell back (not judged): 1" in out
    assert "LLM won 1, tied 1, lost 1: win-or-tie 67%" in out
    assert re.search(r"specific\s+LLM 3\.33\s+template 3\.33", out)  # LLM 5, 2, 3; template 3, 4, 3
    assert "LLM 'send as is or with small edits': 2/3" in out


def test_score_rejects_a_verdict_for_an_unknown_pair(tmp_path: Path) -> None:
    (tmp_path / "key.json").write_text(json.dumps({"pairs": {}, "fell_back": [], "unmatched": []}))
    (tmp_path / "verdicts.json").write_text(json.dumps({"P09": {"winner": "A", "A": side(3), "B": side(3)}}))
    with pytest.raises(SystemExit, match=r"P09 is not a pair of key\.json"):
        llm_blind.main(["score", str(tmp_path)])
