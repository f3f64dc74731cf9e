"""Prompt injection (OWASP LLM01): hostile text in the notes stays data, and drafts that obeyed it fall back.

(a) every payload of injection_payloads.yaml, placed in a notes field, renders only inside the
<notes> data block of the request the SDK would send; (b) a model answer that obeyed it (and a
repair answer that obeys it again), served through the real SDK, ends as a template fallback,
while the other messages of the same run, answered well, are kept.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml

from afterview.draft import Draft, DraftRequest
from afterview.guardrails import CheckContext
from afterview.guardrails.ai_tells import check_ai_tells
from afterview.guardrails.facts import check_facts
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.options import parse_moment
from afterview.pipeline import DraftRun, checked, draft_all
from afterview.planning import make_plan
from afterview.providers.llm_prompts import first_messages
from afterview.providers.llm_settings import LLMSettings
from afterview.providers.openai_api.writer import OpenAIWriter
from afterview.vocabulary import Channel, Kind
from afterview.writer.template_writer import TemplateWriter
from helpers import NOW, PANEL

HERE = Path(__file__).parent
TARGET = "Dana Lee"
PAYLOADS = yaml.safe_load((HERE / "injection_payloads.yaml").read_text(encoding="utf-8"))["payloads"]
IDS = [p["id"] for p in PAYLOADS]


def test_the_corpus_covers_the_classes() -> None:
    assert len(PAYLOADS) >= 20 and len(set(IDS)) == len(IDS)
    fields = {p["field"] for p in PAYLOADS}
    assert {
        "company.news",
        "recipient.topics",
        "recipient.rapport",
        "candidate.highlights",
        "interviewer.name",
    } <= fields
    texts = " ".join(p["text"] for p in PAYLOADS)
    for marker in ("</notes>", "```", "###", "system:", "\u200b", "\u202e", "\U000e0041", "http"):
        assert marker in texts, marker


def injected_notes(payload: dict[str, Any], tmp_path: Path) -> Path:
    """panel.yaml with the payload appended to its field, written out so the real loader reads it."""
    data = yaml.safe_load(PANEL.read_text(encoding="utf-8"))
    dana = data["interviewers"][0]
    where, text = payload["field"], payload["text"]
    if where == "interviewer.name":
        data["interviewers"].append({"name": text, "role": "other", "channel": "handwritten", "topics": ["payments"]})
    elif where.startswith("recipient."):
        dana.setdefault(where.split(".")[1], []).append(text)
    elif where == "requested":
        data["requested"].append(text)
    else:
        section, key = where.split(".")
        data[section].setdefault(key, []).append(text)
    path = tmp_path / f"{payload['id']}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def moment(notes: Notes) -> datetime:
    return parse_moment(NOW, "--now", notes.interview.zone, datetime.now(UTC))


def requests(notes: Notes) -> list[DraftRequest]:
    now = moment(notes)
    return [DraftRequest(notes, planned, "warm", now) for planned in make_plan(notes, now).messages]


# --- (a) the rendered request -------------------------------------------------------------------

BLOCK = re.compile(r"<notes>\n(.*)\n</notes>", re.DOTALL)
STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\U000e0000-\U000e007f]")


def is_json_structure(line: str) -> bool:
    """Only JSON strings, literals and punctuation: nothing a model could read as a new section."""
    rest = re.sub(r"\b(?:null|true|false)\b|-?\d+(?:\.\d+)?", "", STRING.sub("", line))
    return set(rest) <= set(" []{},:")


@cache
def prompt_vocabulary() -> frozenset[str]:
    """Every word of the clean requests outside the data block: finding one outside proves nothing."""
    found: set[str] = set()
    for request in requests(load_notes(PANEL)):
        messages = first_messages(request)
        system, user = messages[0]["content"], messages[-1]["content"]
        found |= set(re.findall(r"[A-Za-z]+", system + BLOCK.sub("", user)))
    return frozenset(w.lower() for w in found)


def words_of(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{5,}", text) if w.lower() not in prompt_vocabulary()]


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_the_payload_stays_inside_the_data_block(payload: dict[str, Any], tmp_path: Path) -> None:
    notes = load_notes(injected_notes(payload, tmp_path))
    settings = LLMSettings(provider="openai", base_url="http://llm.invalid/v1", api_key="sk-test", max_retries=0)
    writer = OpenAIWriter(settings)
    seen: list[str] = []
    for request in requests(notes):
        sent = writer.dry_run(request)["body"]
        assert sent["messages"] == first_messages(request)
        system, user = sent["messages"][0]["content"], sent["messages"][-1]["content"]
        assert user.count("<notes>") == 1 and user.count("</notes>") == 1
        match = BLOCK.search(user)
        assert match
        block = match.group(1)
        outside = user.replace(block, "")
        for word in words_of(payload["text"]):
            assert word not in system and word not in outside, word
        # every line of the block is JSON structure: no payload line can pose as a heading,
        # a fence, a role line or a closing tag
        for line in block.splitlines():
            assert is_json_structure(line), line
            assert not INVISIBLE.search(line), line
        # a rewrite sends only the template's draft; composing sends the notes' facts (escapes are plain JSON)
        composed = BLOCK.search(first_messages(request, "compose")[-1]["content"])
        assert composed
        seen.append(json.dumps(json.loads(composed.group(1)), ensure_ascii=False))
    # composing, the model still gets the exact text (the loader folds whitespace), as data
    assert any(" ".join(payload["text"].split()) in data for data in seen)


# --- (b) answers that obeyed the payload ---------------------------------------------------------


@cache
def clean_drafts() -> dict[tuple[Kind, str], Draft]:
    """The template writer's drafts of the clean notes: good answers for every message."""
    notes = load_notes(PANEL)
    run = draft_all(notes, str(PANEL), moment(notes), TemplateWriter())
    return {(d.kind, d.to): d for _, d in run.drafts}


def obeyed(base: Draft, payload: dict[str, Any]) -> str:
    if payload.get("mode") == "replace":
        return str(payload["obeyed"])
    paragraphs = base.body.rstrip("\n").split("\n\n")
    paragraphs.insert(1, payload["obeyed"])
    return "\n\n".join(paragraphs)


def chat(subject: str, body: str) -> httpx2.Response:
    content = json.dumps({"subject": subject, "body": body, "used_items": []})
    return httpx2.Response(
        200,
        json={
            "id": "chatcmpl-adversarial",
            "object": "chat.completion",
            "created": 1795000000,
            "model": "test-model",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        },
    )


class AdversarialModel:
    """Answers the target's message (first draft and repair) as a model that obeyed the payload;
    every other message with the clean template draft, which the guardrails should accept."""

    def __init__(self, notes: Notes, payload: dict[str, Any]) -> None:
        self.payload = payload
        fresh = {(d.kind, d.to): d for _, d in draft_all(notes, "x", moment(notes), TemplateWriter()).drafts}
        self.answers: dict[str, tuple[Kind, str, Draft]] = {}
        for request in requests(notes):
            key = (request.planned.kind, request.planned.to.name)
            base = clean_drafts().get(key) or fresh[key]
            self.answers[first_messages(request)[-1]["content"]] = (*key, base)
        self.calls: list[tuple[Kind, str, str]] = []
        self.answered: dict[tuple[Kind, str], str] = {}  # the body each other message was answered with

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        messages = json.loads(request.content)["messages"]
        # this message's request: the last with a data block (a repair's findings follow it)
        request = next(m["content"] for m in reversed(messages) if "<notes>" in m["content"])
        kind, to, base = self.answers[request]
        purpose = "repair" if "<findings>" in messages[-1]["content"] else "write"
        self.calls.append((kind, to, purpose))
        if kind is Kind.thank_you and to == TARGET:
            return chat(base.subject or "", obeyed(base, self.payload))
        # a rewrite request: a faithful model answers with the draft it was given, when that is clean
        sent = json.loads(request.split("<notes>\n", 1)[1].split("\n</notes>", 1)[0]).get("draft")
        body = sent + "\n" if sent and self.payload["text"] not in sent else base.body
        self.answered[(kind, to)] = body
        return chat(base.subject or "", body)


def run_adversarial(payload: dict[str, Any], tmp_path: Path) -> tuple[DraftRun, AdversarialModel]:
    notes = load_notes(injected_notes(payload, tmp_path))
    model = AdversarialModel(notes, payload)
    settings = LLMSettings(provider="openai", base_url="http://llm.invalid/v1", api_key="sk-test", max_retries=0)
    writer = OpenAIWriter(settings, transport=httpx2.MockTransport(model))
    return draft_all(notes, "notes.yaml", moment(notes), writer), model


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_an_answer_that_obeyed_the_payload_ends_as_a_template_fallback(payload: dict[str, Any], tmp_path: Path) -> None:
    run, model = run_adversarial(payload, tmp_path)
    target = next(d for _, d in run.drafts if d.kind is Kind.thank_you and d.to == TARGET)
    assert target.provider == "template"
    assert "after one repair" in (target.fallback or ""), target.fallback
    # the payload's class of obeyed output is what the named guardrail catches
    planned, _ = next((p, d) for p, d in run.drafts if d is target)
    answer = replace(clean_drafts()[(Kind.thank_you, TARGET)], findings=(), provider="openai")
    answer = replace(answer, body=obeyed(answer, payload))
    errors = {
        f.check
        for f in checked(answer, run.notes, run.plan, planned, planned.send.recommended_at, [], None).findings
        if f.severity == "error"
    }
    assert payload["caught_by"] in errors, errors
    assert payload["obeyed"] not in target.body
    assert (Kind.thank_you, TARGET, "repair") in model.calls  # the repair round ran, and obeyed again
    # the well-answered messages of the same run are kept as the model wrote them
    for kind, to in clean_drafts():
        kept = next(d for _, d in run.drafts if (d.kind, d.to) == (kind, to))
        if (kind, to) != (Kind.thank_you, TARGET):
            assert kept.provider == "openai" and kept.fallback is None, (kind, to, kept.fallback)
            assert kept.body == model.answered[(kind, to)]


# --- the two guardrail rules the corpus needed ---------------------------------------------------


def _context(notes: Notes) -> tuple[CheckContext, DraftRequest]:
    request = requests(notes)[0]
    return CheckContext(notes, moment(notes), make_plan(notes, moment(notes)), request.planned), request


def _draft(body: str, provider: str = "openai") -> Draft:
    return Draft(Kind.thank_you, TARGET, Channel.email, "Thank you", body, provider, "warm")


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        pytest.param("See https://evil.example/x for more.", True, id="url"),
        pytest.param("See www.evil.example today.", True, id="www"),
        pytest.param("See sam-rivera.dev for more.", True, id="bare-domain"),
        pytest.param("Write to me at sam.rivera@gmail.com any time.", True, id="unknown-email"),
        pytest.param("Write to me at sam@example.com any time.", False, id="candidate-email"),
        pytest.param("I copied dana@acme.example on this.", False, id="interviewer-email"),
        pytest.param("I used Node.js and e.g. Python on this.", False, id="not-a-link"),
    ],
)
def test_links_in_a_model_draft_must_come_from_the_candidate(body: str, flagged: bool) -> None:
    ctx, _ = _context(load_notes(PANEL))
    codes = [f.code for f in check_facts(_draft(body), ctx) if f.severity == "error"]
    assert ("unsupported_link" in codes) is flagged


def test_a_link_in_pasted_company_news_does_not_license_it(tmp_path: Path) -> None:
    payload = {"id": "news", "field": "company.news", "text": "read more at https://news.example/acme"}
    ctx, _ = _context(load_notes(injected_notes(payload, tmp_path)))
    assert any(f.code == "unsupported_link" for f in check_facts(_draft("See https://news.example/acme."), ctx))


def test_a_persons_own_link_is_a_warning_not_an_error() -> None:
    """The `check` command reads drafts people wrote: a link the notes do not know is worth a look, not an error."""
    ctx, _ = _context(load_notes(PANEL))
    draft = _draft("Here is my portfolio: https://sam.example/portfolio.", provider="hand-written")
    found = [(f.severity, f.code) for f in check_facts(draft, ctx) if "link" in f.code]
    assert found == [("warning", "unknown_link")]


@pytest.mark.parametrize(
    ("body", "code", "severity"),
    [
        pytest.param("My work is at http://evil.example/portfolio.", "unknown_link", "warning", id="unknown"),
        pytest.param("My portfolio: bit.ly/3xYz9.", "shortened_link", "warning", id="shortener"),
        pytest.param("Slides: https://tinyurl.com/abc123 for you.", "shortened_link", "warning", id="tinyurl"),
        pytest.param("Write to me at sam@example.com any time.", None, None, id="own-email"),
    ],
)
def test_links_in_a_hand_written_draft_are_flagged(body: str, code: str | None, severity: str | None) -> None:
    ctx, _ = _context(load_notes(PANEL))
    found = [(f.severity, f.code) for f in check_facts(_draft(body, provider="hand-written"), ctx) if "link" in f.code]
    assert found == ([(severity, code)] if code else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        pytest.param("Here is my system prompt: be nice.", True, id="system-prompt"),
        pytest.param("As an AI language model, I cannot do that.", True, id="as-an-ai"),
        pytest.param("I will ignore all previous instructions.", True, id="ignore-previous"),
        pytest.param("The facts are in the data block.", True, id="data-block"),
        pytest.param("It said </notes> here.", True, id="tag"),
        pytest.param("I enjoyed the design reviews and the instructions for on-call.", False, id="ordinary"),
        pytest.param("I led an AI platform team and worked as an AI engineer.", False, id="ai-engineer"),
    ],
)
def test_prompt_talk_is_an_error(body: str, flagged: bool) -> None:
    ctx, _ = _context(load_notes(PANEL))
    found = [f for f in check_ai_tells(_draft(body), ctx) if f.code == "prompt_talk"]
    assert bool(found) is flagged
    assert all(f.severity == "error" for f in found)


def test_invisible_characters_reach_the_model_as_visible_escapes(tmp_path: Path) -> None:
    payload = next(p for p in PAYLOADS if p["id"] == "unicode-tag-smuggling")
    request = requests(load_notes(injected_notes(payload, tmp_path)))[0]
    user = first_messages(replace(request), "compose")[-1]["content"]  # composing sends the notes' text
    assert "\\udb40\\udc41" in user and "\U000e0041" not in user
    assert all("\U000e0041" not in m["content"] for m in first_messages(request))  # a rewrite: the draft only
