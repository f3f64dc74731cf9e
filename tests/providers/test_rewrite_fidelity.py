"""A rewrite says what the template writer's draft says (providers/rewrite_fidelity.py): who did what,
claims, numbers, names and causes. A rewrite that changes them gets one repair quoting the exact
words, then the template's draft stands in. The SDK runs for real over an httpx2 transport; the
distortions are built from the notes' facts, so they hold whatever the template's wording."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx2
import pytest
from llm_helpers import completion, settings
from typer.testing import CliRunner

from afterview.cli import app
from afterview.draft import Draft, DraftRequest
from afterview.notes.loader import load_notes
from afterview.pipeline import Selection, draft_all
from afterview.providers.openai_api.writer import OpenAIWriter
from afterview.providers.rewrite_fidelity import fidelity_findings
from afterview.vocabulary import Kind
from afterview.writer.template_writer import TemplateWriter
from helpers import NOW, PANEL, RECORDED, http_server, requests_for

runner = CliRunner()
HIGHLIGHT = "Kafka migration at Northwind"  # the candidate's highlight
FLIPPED = "I think I have a good plan to move billing to event sourcing."  # Dana's topic told as the candidate's idea


def dana() -> tuple[DraftRequest, Draft]:
    request = next(
        r for _, r in requests_for(PANEL, NOW) if r.planned.to.name == "Dana Lee" and r.planned.kind is Kind.thank_you
    )
    return request, TemplateWriter().write(request)


def sentence_with(body: str, words: str) -> str:
    sentence = next((s for s in re.split(r"(?<=[.!?])\s+", body) if words in s), None)
    assert sentence is not None, f"the template's draft no longer says {words!r}:\n{body}"
    return sentence


def replaced(body: str, words: str, new: str) -> str:
    """`body` with the sentence that says `words` replaced by `new`, and a sentence that claims nothing after
    it, so the distortion, not the length check, is what a test sees."""
    return body.replace(sentence_with(body, words), f"{new} It was a real pleasure to talk it through with you.", 1)


# Each a rewrite that changes what the draft says; the finding code that must catch it.
DISTORTIONS: dict[str, tuple[Callable[[str], str], str]] = {
    "the reader's challenge made the candidate's": (
        lambda b: replaced(b, "event sourcing", "I was candid that moving billing to event sourcing is my plan."),
        "side_flipped",
    ),
    "the candidate's work given to the reader": (
        lambda b: replaced(b, "Kafka", f"You led the {HIGHLIGHT}, and I would love to work on that with the team."),
        "side_flipped",
    ),
    "the candidate's work given to the team": (
        lambda b: replaced(b, "Kafka", f"The team led the {HIGHLIGHT}, and I would love to work on that with them."),
        "side_flipped",
    ),
    "the topic turned into the candidate's idea": (
        lambda b: replaced(b, "event sourcing", "I think I have a good plan to move billing to event sourcing."),
        "side_flipped",
    ),
    "a claim the draft never makes": (
        lambda b: replaced(b, "marathon", "I once rewrote a whole payroll ledger over one weekend."),
        "claim_added",
    ),
    "a promise the draft never makes": (
        lambda b: b.replace("\n\n", "\n\nI will send you my architecture notes before Friday. ", 1),
        "claim_added",
    ),
    "a number": (lambda b: b.replace(HIGHLIGHT, "Kafka migration of 14 services at Northwind", 1), "number_changed"),
    "a name": (lambda b: b.replace(HIGHLIGHT, "Kafka migration at Northwind and Stripe", 1), "name_added"),
    "a cause": (
        lambda b: replaced(b, "Kafka", f"I led the {HIGHLIGHT}, which cut p99 latency of the payments API by 40%."),
        "cause_added",
    ),
}


def faithful(body: str) -> str:
    """The draft reworded the way a model may: contractions, other courtesy words, a sentence moved."""
    out = body.replace("I would", "I'd").replace("I am", "I'm").replace("Thank you", "Thanks")
    out = out.replace("I really appreciated the chance to talk", "It was great to talk")
    kafka = sentence_with(out, "Kafka")
    return out.replace(kafka, kafka.replace("Having led", "Since I led", 1), 1)


@pytest.mark.parametrize("name", list(DISTORTIONS))
def test_each_distortion_of_the_draft_is_found_with_its_words(name: str) -> None:
    _, good = dana()
    distort, code = DISTORTIONS[name]
    base = good.body
    if name == "a cause":  # both results in the draft (since writer62 a second result is no longer stapled on)
        kafka = sentence_with(base, "Kafka")
        base = base.replace(kafka, f"{kafka} I also cut p99 latency of the payments API by 40%.", 1)
    bad = distort(base)
    assert bad != base
    findings = fidelity_findings(base, bad)
    assert code in {f.code for f in findings}, findings
    hit = next(f for f in findings if f.code == code)
    assert hit.span is not None and bad[hit.span[0] : hit.span[1]].strip() in bad
    assert hit.severity == "error" and hit.suggestion


def test_a_faithful_rewording_passes() -> None:
    _, good = dana()
    assert faithful(good.body) != good.body
    assert fidelity_findings(good.body, faithful(good.body)) == []


def recorded_rewrites() -> Iterator[tuple[str, str, str]]:
    for path in sorted(RECORDED.glob("*.json")):
        stored = json.loads(path.read_text(encoding="utf-8"))
        users = [m["content"] for m in stored["request"]["body"]["messages"] if m["role"] == "user"]
        data = [u for u in users if "<notes>" in u]
        if len(data) < 2:  # a rewrite's request comes after its worked example
            continue
        block = data[-1].split("<notes>\n", 1)[1].split("\n</notes>", 1)[0]
        draft = json.loads(block)["draft"]
        content = stored["response"]["body"]["choices"][0]["message"]["content"]
        yield stored["meta"]["label"], draft, json.loads(content)["body"]


# Rewordings of the real model that the check rightly rejects, each read by a person (the pipeline repaired them;
# their repairs are recorded too and pass): the label, and what the rewording got wrong.
READ_DISTORTIONS: dict[str, str] = {
    # (stop 50's Claire Dubois rewording, "how you described the move …" for another interviewer's topic, left with
    # its recording in stop 55: the writer no longer names Eleanor's talk to the recruiter, and the model's new
    # rewording of the new draft passes)
}


def test_no_recorded_rewrite_of_the_real_model_is_rejected() -> None:
    """The real model's rewordings in fixtures/llm (read against the draft each was given): no false
    rejections. After a re-recording, a failure here is either a false rejection (fix the check) or
    a real distortion (read it: the pipeline would repair it or fall back; list it in READ_DISTORTIONS with what it got
    wrong). A listed distortion is still caught."""
    pairs = list(recorded_rewrites())
    assert pairs
    rejected = {label: fidelity_findings(draft, body) for label, draft, body in pairs}
    assert {k: v for k, v in rejected.items() if v and k not in READ_DISTORTIONS} == {}
    assert all(rejected.get(label) for label in READ_DISTORTIONS), "a listed distortion is no longer caught"


class Model:
    """A scripted model over the SDK: the first answer, then the repair's (a repair's request ends in findings)."""

    def __init__(self, first: str, repaired: str) -> None:
        self.first, self.repaired = first, repaired
        self.sent: list[dict[str, Any]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        self.sent.append(body)
        repair = "<findings>" in body["messages"][-1]["content"]
        return httpx2.Response(200, json=completion(json.dumps({"body": self.repaired if repair else self.first})))


def run(model: Model) -> tuple[Draft, OpenAIWriter]:
    writer = OpenAIWriter(settings(strategy="rewrite"), transport=httpx2.MockTransport(model))
    request, _ = dana()
    only = Selection(kinds=frozenset({Kind.thank_you}), to="Dana Lee")
    drafts = draft_all(load_notes(PANEL), str(PANEL), request.now, writer, selection=only).drafts
    return drafts[0][1], writer


def findings_sent(body: dict[str, Any]) -> list[dict[str, str]]:
    last = body["messages"][-1]["content"]
    return json.loads(last.split("<findings>\n", 1)[1].split("\n</findings>", 1)[0])  # type: ignore[no-any-return]


def test_a_flipped_rewrite_gets_one_repair_quoting_the_exact_words_then_is_kept() -> None:
    _, good = dana()
    flipped = replaced(good.body, "event sourcing", FLIPPED)
    fixed = faithful(good.body)
    model = Model(flipped, fixed)
    draft, writer = run(model)
    assert draft.provider == "openai" and draft.fallback is None and draft.body.strip() == fixed.strip()
    assert [(c.purpose, c.fidelity) for c in writer.calls] == [("write", False), ("repair", True)]
    items = findings_sent(model.sent[1])
    quoted = [i for i in items if i.get("text") and i["text"] in FLIPPED]
    assert quoted and all("fix" in i for i in quoted), items
    # the repair asks for the same rewrite again: the template's draft is still its data
    request = next(m["content"] for m in reversed(model.sent[1]["messages"]) if "<notes>" in m["content"])
    assert json.loads(request.split("<notes>\n", 1)[1].split("\n</notes>", 1)[0])["draft"] == good.body.strip()


@pytest.mark.parametrize("name", list(DISTORTIONS))
def test_a_rewrite_still_distorted_after_the_repair_falls_back_to_the_template(name: str) -> None:
    _, good = dana()
    distort, _ = DISTORTIONS[name]
    model = Model(distort(good.body), distort(good.body))
    draft, writer = run(model)
    assert draft.provider == "template" and draft.body == good.body
    assert draft.fallback is not None and "still failed the" in draft.fallback and "after one repair" in draft.fallback
    assert [(c.purpose, c.fidelity) for c in writer.calls] == [("write", False), ("repair", True)]  # one repair
    items = findings_sent(model.sent[1])
    assert any(i.get("text") and i["text"] in distort(good.body) and "fix" in i for i in items), items


def test_a_faithful_rewrite_is_kept_with_one_call() -> None:
    _, good = dana()
    draft, writer = run(Model(faithful(good.body), "unused"))
    assert draft.provider == "openai" and draft.fallback is None
    assert [c.purpose for c in writer.calls] == ["write"]


class FlippingModel(BaseHTTPRequestHandler):
    """A local server whose every answer gives the candidate the reader's challenge."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        user = next(m["content"] for m in reversed(body["messages"]) if "<notes>" in m["content"])
        draft = json.loads(user.split("<notes>\n", 1)[1].split("\n</notes>", 1)[0])["draft"]
        text = replaced(draft, "event sourcing", FLIPPED) if "event sourcing" in draft else draft
        payload = json.dumps(completion(json.dumps({"body": text}))).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_the_cli_shows_the_template_draft_and_why_when_the_rewrite_flips_who_did_what(tmp_path: Path) -> None:
    notes = tmp_path / "panel.yaml"
    notes.write_text(PANEL.read_text(encoding="utf-8"), encoding="utf-8")
    _, good = dana()
    with http_server(FlippingModel) as port:
        result = runner.invoke(
            app,
            ["draft", str(notes), "--now", NOW, "--provider", "openai", "--base-url", f"http://127.0.0.1:{port}/v1",
             "--model", "m", "--to", "Dana Lee", "--kind", "thank_you", "--format", "json"],
            env={"AFTERVIEW_LLM_STRATEGY": "rewrite"},
        )  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    messages = shown["messages"] if isinstance(shown, dict) else shown
    (message,) = [m for m in messages if m["to"] == "Dana Lee"]
    assert message["provider"] == "template" and message["body"] == good.body
    assert "fidelity check after one repair (side_flipped)" in message["fallback"]


def test_the_worked_example_fixes_the_form_and_passes_the_check() -> None:
    """The rewrite's worked example shows a pasted note and its shorthand written out as a sentence,
    every fact, number and side kept: the check the model's answers must pass, it passes."""
    from afterview import prompts

    _, example = prompts.render("llm/rewrite_example.j2", {})
    draft, reworded = example["draft"], example["reworded"]
    assert "~" in draft and "wk" in draft and "~" not in reworded and "wk" not in reworded
    assert fidelity_findings(draft, reworded) == []


def test_a_batch_answer_that_flips_who_did_what_falls_back_without_a_repair() -> None:
    """Batch answers get no repair round: an unfaithful rewrite is replaced by the template's draft."""
    from afterview.providers.openai_batch import BatchAnswerWriter, Outcome

    request, good = dana()
    flipped = replaced(good.body, "event sourcing", FLIPPED)
    answers = {("thank_you", "Dana Lee"): Outcome(body=completion(json.dumps({"body": flipped})))}
    base = OpenAIWriter(settings(strategy="rewrite"), transport=httpx2.MockTransport(lambda r: httpx2.Response(500)))
    writer = BatchAnswerWriter(base, answers)
    only = Selection(kinds=frozenset({Kind.thank_you}), to="Dana Lee")
    (_, draft), *_ = draft_all(load_notes(PANEL), str(PANEL), request.now, writer, selection=only).drafts
    assert draft.provider == "template" and draft.body == good.body
    assert draft.fallback is not None and "fidelity check (side_flipped)" in draft.fallback
    assert "no repair round" in draft.fallback
    faithful_answers = {("thank_you", "Dana Lee"): Outcome(body=completion(json.dumps({"body": faithful(good.body)})))}
    kept = draft_all(
        load_notes(PANEL), str(PANEL), request.now, BatchAnswerWriter(base, faithful_answers), selection=only
    ).drafts[0][1]
    assert kept.provider == "openai" and kept.fallback is None


def test_a_jotted_note_written_out_as_a_sentence_passes() -> None:
    """Fixing the form is not changing the facts: shorthand spelled out, a fragment given a verb."""
    draft = (
        "Dear Callum,\n\nYour point about the Stage 4 package ~6 wks behind has stayed with me. I keep thinking "
        "about your remarks on 1/1 reinsurance renewal - how much cat cover to buy. You noted that model runs "
        "take overnight, can't rerun during renewal crunch. Hearing about the Leeds scheme going into RIBA "
        "Stage 4 in Jan was useful.\n\nBest regards,\nEoin Gallagher\n"
    )
    written = (
        "Dear Callum,\n\nI keep coming back to your point that the Stage 4 package is about six weeks behind. "
        "I'm still thinking about your remarks on the January 1 reinsurance renewal and how much cat cover to "
        "buy. You mentioned that model runs take all night, so they can't be rerun during the renewal crunch. "
        "It was useful to hear that the Leeds scheme goes into RIBA Stage 4 in January.\n\n"
        "Best regards,\nEoin Gallagher\n"
    )
    assert fidelity_findings(draft, written) == []
    wrong = written.replace("about six weeks", "about eight weeks").replace("January.", "June.")
    assert {f.code for f in fidelity_findings(draft, wrong)} == {"number_changed", "name_added"}
