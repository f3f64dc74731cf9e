"""What a small local model gets wrong and the pipeline now puts right: stock openers, dashes, long
subjects, '[Your Name]', misspelled names and long LinkedIn notes fixed without a second call;
the repair round naming each remaining finding's exact words; strategies, the Ollama preset and
doctor's look for a local server. The SDK runs for real over an httpx2 transport."""

from __future__ import annotations

import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx2
import pytest
from llm_helpers import completion, settings
from typer.testing import CliRunner

from afterview.cli import app
from afterview.notes.loader import load_notes
from afterview.pipeline import Selection, draft_all
from afterview.providers.llm_settings import OLLAMA_BASE_URL, resolve_llm_settings
from afterview.providers.mechanical import regional_dates, trim_linkedin
from afterview.providers.openai_api.writer import OpenAIWriter
from afterview.vocabulary import Kind
from afterview.writer.template_writer import TemplateWriter
from helpers import NOW, PANEL, http_server, requests_for

runner = CliRunner()
SHORT = (
    "Dear Dana,\n\nThank you for the conversation about moving billing to event sourcing.\n\n"
    "Best regards,\nSam Rivera\n"
)


class Model:
    """A scripted model: answers by message (who it is to) and round (write, repair)."""

    def __init__(self, answers: dict[str, list[dict[str, str]]]) -> None:
        self.answers = answers
        self.sent: list[dict[str, Any]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        self.sent.append(body)
        user = request_of(body)
        who = next(name for name in self.answers if name in user)
        rounds = self.answers[who]
        repair = "<findings>" in body["messages"][-1]["content"]
        answer = rounds[min(int(repair), len(rounds) - 1)]
        return httpx2.Response(200, json=completion(json.dumps(answer)))


def request_of(body: dict[str, Any]) -> str:
    """The user message with this message's data block (a rewrite's worked example comes before it)."""
    return next(m["content"] for m in reversed(body["messages"]) if "<notes>" in m["content"])


def template_draft(to: str, kind: str = "thank_you") -> Any:
    request = next(r for _, r in requests_for(PANEL, NOW) if r.planned.to.name == to and r.planned.kind.value == kind)
    return request, TemplateWriter().write(request)


def run(model: Model, **overrides: Any) -> tuple[dict[tuple[str, str], Any], OpenAIWriter]:
    writer = OpenAIWriter(settings(**overrides), transport=httpx2.MockTransport(model))
    notes = load_notes(PANEL)
    request, _ = template_draft("Dana Lee")
    only = Selection(kinds=frozenset({Kind.thank_you}), to="Dana Lee")
    run = draft_all(notes, str(PANEL), request.now, writer, selection=only)
    return {(p.kind.value, p.to.name): d for p, d in run.drafts}, writer


def flawed(body: str) -> str:
    """A good body as a small model writes it: a stock opener, em dashes and '[Your Name]'."""
    greeting, rest = body.split("\n\n", 1)
    # three dashes: a dash here and there is punctuation, several read as machine-written
    for separator, dashed in ((", ", " \u2014 "), ("; ", " \u2014 "), (" about ", " \u2014 about ")):
        rest = rest.replace(separator, dashed, max(0, 3 - rest.count("\u2014")))
    signed = rest.rstrip("\n").rsplit("\n", 1)[0] + "\n[Your Name]"
    return f"{greeting}\n\nI hope this email finds you well. {signed}\n"


def test_small_model_flaws_are_fixed_without_a_second_call() -> None:
    _, good = template_draft("Dana Lee")
    long_subject = "Thank you so much for the wonderful interview for the Senior Backend Engineer role"
    model = Model({"Dana Lee": [{"subject": long_subject, "body": flawed(good.body)}]})
    drafts, writer = run(model, strategy="compose")
    dana = drafts[("thank_you", "Dana Lee")]
    assert dana.provider == "openai" and dana.fallback is None and dana.ready, dana.findings
    calls = [c for c in writer.calls if c.to == "Dana Lee" and c.kind == "thank_you"]
    assert [c.purpose for c in calls] == ["write"]  # fixed in code: no repair call
    assert "finds you well" not in dana.body and "[Your Name]" not in dana.body
    # the first dash becomes a comma: the two left are in different sentences, punctuation rather than a tell
    assert dana.body.count("\u2014") == 2 and not [f for f in dana.findings if f.code == "em_dash"], dana.findings
    opening = good.body.split("\n\n")[1][:20]  # the model's own first sentence, once the stock opener is cut
    assert dana.body.startswith(f"Dear Dana,\n\n{opening}") and dana.body.rstrip().endswith("Sam Rivera")
    assert dana.subject == good.subject and len(dana.subject or "") <= 60
    assert sorted(writer.mechanical[("thank_you", "Dana Lee")]) == sorted(
        ["stock_opening", "em_dash", "placeholder", "subject"]
    )


def test_a_date_the_model_wrote_in_the_other_order_is_put_in_the_recipients_order_without_a_call() -> None:
    # Dana is in New York: the month first, as the template writes to her ("December 10")
    _, good = template_draft("Dana Lee")
    greeting, rest = good.body.split("\n\n", 1)
    body = f"{greeting}\n\nThank you for our talk on 24 November, the 24th November 2026 I will remember. {rest}"
    model = Model({"Dana Lee": [{"subject": "Thank you, 24th November", "body": body}]})
    drafts, writer = run(model, strategy="compose")
    dana = drafts[("thank_you", "Dana Lee")]
    assert "our talk on November 24, the November 24, 2026 I will" in dana.body, dana.body
    assert dana.subject == "Thank you, November 24"
    assert "date_order" in writer.mechanical[("thank_you", "Dana Lee")]
    assert [c.purpose for c in writer.calls if c.to == "Dana Lee" and c.kind == "thank_you"] == ["write"]


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("We spoke on November 17.", False, "We spoke on 17 November."),
        ("by December 11th, or December 1, 2026 at last", False, "by 11 December, or 1 December 2026 at last"),
        ("We spoke on 17 November 2026.", True, "We spoke on November 17, 2026."),
        ("the 3rd March review", True, "the March 3 review"),
        # not dates in the other order: a month and year, a time, a count, a date already right
        ("opens March 2027", False, "opens March 2027"),
        ("May 10:30 suit you?", False, "May 10:30 suit you?"),
        ("in May 100 people joined", False, "in May 100 people joined"),
        ("on 5 May", False, "on 5 May"),
        ("on May 5", True, "on May 5"),
    ],
)
def test_regional_dates_reorders_only_written_out_dates(text: str, month_first: bool, expected: str) -> None:
    assert regional_dates(text, month_first) == expected


def test_writing_to_express_gratitude_becomes_plain_thanks_and_a_misspelled_name_is_corrected() -> None:
    _, good = template_draft("Dana Lee")
    greeting, first, rest = good.body.split("\n\n", 2)
    stock = "I am writing to express my sincere gratitude for taking the time to talk with me today."
    body = f"{greeting}\n\n{stock} {first}\n\n{rest}"
    body = body.replace("Best regards,\nSam Rivera", "Best regards,\nSam Riviera")
    model = Model({"Dana Lee": [{"subject": good.subject or "", "body": body}]})
    drafts, writer = run(model, strategy="compose")
    dana = drafts[("thank_you", "Dana Lee")]
    assert dana.ready and dana.fallback is None, dana.findings
    assert "Thank you for taking the time" in dana.body and "I am writing" not in dana.body
    assert dana.body.rstrip().endswith("Sam Rivera")
    assert [c.purpose for c in writer.calls if c.to == "Dana Lee" and c.kind == "thank_you"] == ["write"]


def test_a_finding_code_cannot_fix_goes_to_one_repair_with_its_exact_words() -> None:
    _, good = template_draft("Dana Lee")
    short = SHORT
    model = Model({"Dana Lee": [{"subject": good.subject or "", "body": short}, {"subject": "", "body": good.body}]})
    drafts, _ = run(model, strategy="compose", seed=7)
    dana = drafts[("thank_you", "Dana Lee")]
    assert dana.ready and dana.provider == "openai", dana.findings
    repair = next(b for b in model.sent if "<findings>" in b["messages"][-1]["content"] and "Dana Lee" in request_of(b))
    assert repair["seed"] == 8 and repair["temperature"] == 0.6  # greedy decoding would copy the draft back
    findings = json.loads(repair["messages"][-1]["content"].split("<findings>\n")[1].split("\n</findings>")[0])
    assert any("this one has 17" in f["problem"] and "fix" in f for f in findings), findings


def test_an_unchanged_repair_is_counted() -> None:
    _, good = template_draft("Dana Lee")
    short = SHORT
    model = Model({"Dana Lee": [{"subject": good.subject or "", "body": short}]})  # says the same again
    drafts, writer = run(model, strategy="compose")
    assert drafts[("thank_you", "Dana Lee")].provider == "template"
    repair = next(c for c in writer.calls if c.purpose == "repair" and c.to == "Dana Lee")
    assert repair.unchanged is True


def test_a_long_linkedin_note_is_trimmed_by_whole_sentences() -> None:
    body = (
        "Hi Dana,\n\nThank you for talking with me about moving billing to event sourcing. "
        "I enjoyed hearing how the team thinks about nightly batch jobs and the on-call load they cause. "
        "It reminded me of the Kafka migration I led at Northwind and how much we learned from it. "
        "I would be glad to bring that experience to Acme and look forward to hearing about next steps.\n\nSam\n"
    )
    assert len(body) > 300
    trimmed = trim_linkedin(body)
    assert trimmed is not None and len(trimmed.strip()) <= 300
    assert trimmed.startswith("Hi Dana,\n\nThank you for talking with me about moving billing to event sourcing.")
    assert trimmed.rstrip().endswith("Sam") and "next steps" in trimmed  # the closing sentence stays


def test_the_rewrite_strategy_sends_the_template_draft_and_keeps_its_subject() -> None:
    _, good = template_draft("Dana Lee")
    natural = good.body.replace("One challenge you described has stayed with me:", "I keep thinking about", 1)
    model = Model({"Dear Dana,": [{"body": natural}]})  # a rewrite's data block is the draft alone
    drafts, _ = run(model, strategy="rewrite")
    dana = drafts[("thank_you", "Dana Lee")]
    assert dana.provider == "openai" and dana.ready and dana.body == natural
    assert dana.subject == good.subject
    sent = next(b for b in model.sent if "Dear Dana," in request_of(b))
    block = request_of(sent).split("<notes>\n")[1].split("\n</notes>")[0]
    assert json.loads(block)["draft"] == good.body.strip()
    assert set(sent["response_format"]["json_schema"]["schema"]["properties"]) == {"body"}


def test_strategy_and_ollama_preset_resolve_from_flags_env_and_config() -> None:
    assert resolve_llm_settings(env={}).strategy == "rewrite"
    assert resolve_llm_settings(env={"AFTERVIEW_LLM_STRATEGY": "compose"}).strategy == "compose"
    assert resolve_llm_settings(env={}, config={"strategy": "compose"}).strategy == "compose"
    ollama = resolve_llm_settings(provider="ollama", env={})
    assert ollama.provider == "openai" and ollama.base_url == OLLAMA_BASE_URL and ollama.api_key is None
    assert "Ollama" in ollama.describe()["provider"]
    assert resolve_llm_settings(provider="ollama", base_url="http://10.0.0.5:11434/v1", env={}).base_url == (
        "http://10.0.0.5:11434/v1"
    )


def test_an_unknown_strategy_is_a_config_error_naming_the_choices(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["draft", str(PANEL), "--now", NOW, "--provider", "openai", "--base-url", "http://127.0.0.1:9/v1"],
        env={"AFTERVIEW_LLM_STRATEGY": "rewrit"},
    )
    assert result.exit_code == 2
    assert "rewrite, compose" in result.stderr and "did you mean 'rewrite'" in result.stderr.lower()


@pytest.fixture
def fake_local_server() -> Iterator[int]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            payload = json.dumps({"object": "list", "data": [{"id": "qwen2.5-coder:1.5b", "object": "model"}]})
            self.send_response(200 if self.path == "/v1/models" else 404)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(payload.encode())

        def log_message(self, *args: object) -> None:
            pass

    with http_server(Handler) as port:
        yield port


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_doctor_finds_a_local_server_on_its_port(fake_local_server: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import afterview.providers.doctor as doctor

    closed = fake_local_server + 1 if fake_local_server < 65535 else fake_local_server - 1
    monkeypatch.setattr(doctor, "LOCAL_SERVERS", (("llama-server", closed), ("Ollama", fake_local_server)))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("AFTERVIEW_PROVIDER", raising=False)
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("local server:"))
    assert f"Ollama on 127.0.0.1:{fake_local_server}" in line
    assert "--provider ollama --model qwen2.5-coder:1.5b" in line
    assert "llama-server" not in line  # nothing answers on the other port


def test_doctor_says_when_no_local_server_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("AFTERVIEW_PROVIDER", raising=False)
    result = runner.invoke(app, ["doctor"])  # sockets are blocked here: nothing can answer
    assert result.exit_code == 0
    assert "local server:" in result.stdout and "none answering (llama-server on :8080, Ollama on :11434)" in (
        result.stdout
    )
