"""WRITER68, class 1: a thank-you email reaches SPEC's 90 words with what the notes hold, said as a coach would (their
problem named with a thought or a question on it, the company's news, why the role appeals), never padded with lines
that fit any interview ("I can expand on any part of my experience if that is useful."). Notes invented in five trades
(tests/writer/thank_you_cases.py) and the bundled examples, each in every tone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from thank_you_cases import RICH, THIN, TONES, emails, words

from helpers import EXAMPLES

# lines that fit any interview, which the judges named as padding
PADDING = (
    "I can expand on any part of my experience if that is useful.",
    "I am free for a follow-up call at any point.",
    "I will keep an eye out for your news.",
    "Thank you for a really good conversation.",
)


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("name", sorted(RICH))
def test_rich_notes_reach_the_minimum(tmp_path: Path, name: str, tone: str) -> None:
    for message in emails(tmp_path, RICH[name], tone):
        if message["to"] in ("Ruth Evans", "Kim Min-jun", "Mark Bennett"):
            assert words(message["body"]) >= 90, message["body"]
            assert not [f for f in message["findings"] if f["code"] == "too_short"]


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("example", ["panel.yaml", "single.yaml"])
def test_the_examples_hiring_managers_reach_the_minimum(tmp_path: Path, example: str, tone: str) -> None:
    found = [m for m in emails(tmp_path, (EXAMPLES / example).read_text(encoding="utf-8"), tone)]
    managers = [m for m in found if m["to"] in ("Dana Lee", "Tomás Ibarra")]
    assert managers
    for message in managers:
        assert words(message["body"]) >= 90, message["body"]


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("name", sorted({**RICH, **THIN}))
def test_no_stock_padding_and_no_new_findings(tmp_path: Path, name: str, tone: str) -> None:
    for message in emails(tmp_path, {**RICH, **THIN}[name], tone):
        for line in PADDING:
            assert line not in message["body"]
        faults = [f for f in message["findings"] if f["check"] in ("claims", "facts", "fluency", "grammar")]
        assert not [f for f in faults if f["severity"] != "info"], (faults, message["body"])


@pytest.mark.parametrize("tone", TONES)
def test_a_problem_with_no_answering_result_gets_a_question_not_expertise(tmp_path: Path, tone: str) -> None:
    (message,) = [m for m in emails(tmp_path, RICH["school"], tone) if m["to"] == "Mark Bennett"]
    body = message["body"]
    assert "attendance has dropped" in body  # their problem, said
    said = next(s for s in re.split(r"(?<=[.!])\s+", body) if "attendance has dropped" in s)
    after = body[body.index(said) + len(said) :].split("\n\n")[0]
    assert re.search(r"\b(?:hear|learn|know|understand)\b", after), body  # a question about it follows
    assert "reading-mentor" not in said + after  # the unrelated result is never offered as the answer
    assert not re.search(r"(?i)\b(?:expertise|an area I know|my experience in)\b", body)


@pytest.mark.parametrize("tone", TONES)
def test_the_company_news_in_one_sentence_when_still_short(tmp_path: Path, tone: str) -> None:
    (message,) = [m for m in emails(tmp_path, (EXAMPLES / "single.yaml").read_text(encoding="utf-8"), tone)]
    body = message["body"]
    if words(body.replace("clinic network in Ohio", "")) < 90:  # the news was what it needed
        assert len(re.findall(r"clinic network in Ohio", body)) == 1
