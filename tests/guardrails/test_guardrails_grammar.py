"""The grammar seam: real Harper, the names dictionary, engine choice, and LanguageTool's failure paths."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests
from guardrail_corpus import Item, build

from afterview.errors import InputError
from afterview.guardrails import check_draft, make_grammar_engine
from afterview.guardrails.grammar import GrammarEngineError, LanguageToolUnavailable, check_grammar
from afterview.guardrails.grammar.harper_engine import HarperEngine
from afterview.guardrails.grammar.languagetool_engine import LanguageToolEngine, local_install, unavailable
from afterview.guardrails.grammar.rules import comma_splices, long_sentences


@pytest.mark.parametrize(
    ("text", "code", "suggestion"),
    [
        ("I am a engineer.", "a_an", "an"),
        ("I enjoyed the the talk.", "repeated_word", "the"),
        ("I recieve mail.", "spelling", "receive"),
        ("I could of done it.", "word_choice", "could have"),
    ],
    ids=["a-an", "repeat", "spelling", "could-of"],
)
def test_harper_finds_real_mistakes_with_suggestions(text: str, code: str, suggestion: str) -> None:
    found = HarperEngine().check(text, [])
    assert [(f.code, f.suggestion) for f in found] == [(code, suggestion)]
    start, end = found[0].span or (0, 0)
    assert text[start:end].strip()


def test_words_from_the_notes_are_not_flagged() -> None:
    # words no other test adds: the process-wide linter keeps every word it is given
    text = "We met about the zorvanquel pipeline and trevassion jobs at p99 latency."
    without = {f.message.split("'")[1] for f in HarperEngine().check(text, [])}
    assert {"zorvanquel", "trevassion"} <= without
    assert HarperEngine().check(text, ["zorvanquel", "trevassion", "p99"]) == []


def test_capitalised_names_are_the_facts_checks_not_misspellings() -> None:
    # a name the notes lack is an unsupported name (facts), not a spelling mistake (issue 15)
    text = "Zorvanna Quelbrick and Sam met at Trevassion about p99 latency."
    assert [f for f in HarperEngine().check(text, []) if f.code == "spelling"] == []


def test_every_run_names_the_engine_exactly_once() -> None:
    draft, ctx = build(
        Item(id="x", family="all", label="good", body="Dear Dana, thanks for the talk about event sourcing.")
    )
    infos = [f for f in check_draft(draft, ctx) if f.check == "grammar" and f.code == "engine"]
    assert len(infos) == 1 and infos[0].severity == "info" and "Harper" in infos[0].message


def test_subject_is_checked_too() -> None:
    draft, ctx = build(
        Item(
            id="x",
            family="grammar",
            label="bad",
            body="Dear Dana, thank you.",
            subject="Thank you for the the interview",
        )
    )
    assert [f.code for f in check_grammar(draft, ctx) if f.severity != "info"] == ["repeated_word"]


@pytest.mark.parametrize(
    ("text", "splices"),
    [
        ("I loved the design review, it was very well run.", 1),
        ("Thank you for the chat, I learned a lot about billing.", 1),
        ("When we spoke about billing, I was impressed.", 0),
        ("I led the migration at Northwind, and it taught me a lot.", 0),
        ("Yes, it is true.", 0),
        ("The team, which I met on Tuesday, was kind.", 0),
    ],
    ids=["splice", "splice-i", "dependent-opener", "conjunction", "short-lead", "relative"],
)
def test_comma_splice_heuristic(text: str, splices: int) -> None:
    assert len(comma_splices(text)) == splices


def test_long_sentence_threshold() -> None:
    assert long_sentences(" ".join(["word"] * 40) + ".") == []
    assert [(f.code, f.severity) for f in long_sentences(" ".join(["word"] * 41) + ".")] == [("long_sentence", "info")]
    assert [f.severity for f in long_sentences(" ".join(["word"] * 55) + ".")] == ["info"]
    # checks24: info however long (the warning over 55 words was wrong on 12 drafts of the pooled spent corpora)
    assert [f.severity for f in long_sentences(" ".join(["word"] * 56) + ".")] == ["info"]


# --- engine choice ---------------------------------------------------------------------------


def test_auto_without_configuration_is_harper() -> None:
    engine = make_grammar_engine("auto", environ={})
    assert engine.name == "harper" and getattr(engine, "note", None) is None


def test_auto_falls_back_to_harper_and_says_why(tmp_path: Path) -> None:
    engine = make_grammar_engine("auto", environ={"LTP_PATH": str(tmp_path)})
    assert engine.name == "harper"
    assert "LanguageTool was configured but" in engine.describe()  # type: ignore[attr-defined]
    assert str(tmp_path) in engine.describe()  # type: ignore[attr-defined]


def test_explicit_languagetool_without_an_install_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(LanguageToolUnavailable) as info:
        make_grammar_engine("languagetool", environ={"LTP_PATH": str(tmp_path)})
    assert isinstance(info.value, InputError) and info.value.exit_code == 2
    message = str(info.value)
    assert "AFTERVIEW_LANGUAGETOOL_URL" in message and "LTP_PATH" in message and "--grammar harper" in message


def test_explicit_languagetool_with_nothing_configured(tmp_path: Path) -> None:
    with pytest.raises(LanguageToolUnavailable, match="neither a server URL nor LTP_PATH"):
        make_grammar_engine("languagetool", environ={})


def test_unknown_choice() -> None:
    with pytest.raises(GrammarEngineError, match="auto, harper, languagetool"):
        make_grammar_engine("grammarly", environ={})


def test_local_install_is_found_without_downloading(tmp_path: Path) -> None:
    for version in ("6.6", "6.8"):
        folder = tmp_path / f"LanguageTool-{version}"
        folder.mkdir()
        (folder / "languagetool-server.jar").write_bytes(b"")
    (tmp_path / "LanguageTool-7.0").mkdir()  # no jar: not an install
    assert local_install(str(tmp_path)) == ("6.8", tmp_path / "LanguageTool-6.8")


def test_missing_extra_names_the_pip_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "language_tool_python", None)  # import raises ImportError
    with pytest.raises(LanguageToolUnavailable, match=r"afterview\[languagetool\]"):
        make_grammar_engine("languagetool", languagetool_url="http://localhost:8081", environ={})


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (
            requests.exceptions.ConnectionError("Connection refused"),
            "no LanguageTool server answered (ConnectionError)",
        ),
        (requests.exceptions.ReadTimeout("slow"), "no LanguageTool server answered (ReadTimeout)"),
        (FileNotFoundError("java"), "Java was not found"),
    ],
    ids=["connection-error", "timeout", "no-java"],
)
def test_errors_map_to_one_message(exc: BaseException, reason: str) -> None:
    error = unavailable(exc, "http://localhost:8081")
    assert error.reason.startswith(reason)
    assert "LanguageTool at http://localhost:8081 cannot be used" in str(error)


def _match(offset: int, length: int, rule: str, category: str, replacements: list[str]) -> SimpleNamespace:
    return SimpleNamespace(
        offset=offset,
        error_length=length,
        rule_id=rule,
        category=category,
        message="Problem.",
        replacements=replacements,
    )


class FakeTool:
    """Stands in for a LanguageTool server (none can be installed here): returns canned matches."""

    def __init__(self, matches: list[SimpleNamespace] | Exception) -> None:
        self.matches = matches

    def check(self, text: str) -> list[SimpleNamespace]:
        if isinstance(self.matches, Exception):
            raise self.matches
        return self.matches


def test_languagetool_matches_become_findings() -> None:
    text = "Dear Priya, I am a engineer."
    tool = FakeTool(
        [
            _match(5, 5, "MORFOLOGIK_RULE_EN_US", "TYPOS", ["Price"]),
            _match(17, 1, "EN_A_VS_AN", "MISC", ["an"]),
        ]
    )
    engine = LanguageToolEngine(tool, "http://lt", (requests.exceptions.RequestException,))
    found = engine.check(text, ["Priya"])
    assert [(f.code, f.severity, f.span, f.suggestion) for f in found] == [("en_a_vs_an", "error", (17, 18), "an")]


def test_languagetool_failing_mid_run_is_reported_not_skipped() -> None:
    tool = FakeTool(requests.exceptions.ConnectionError("gone"))
    engine = LanguageToolEngine(tool, "http://lt", (requests.exceptions.RequestException,))
    [finding] = engine.check("Hello.", [])
    assert (finding.code, finding.severity) == ("engine_failed", "warning")
    assert "--grammar harper" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "I appreciated the chance to speak with you yesterday about the role.",
        "It was great to meet you today.",
        "Thank you for meeting with you on Monday.",
    ],
)
def test_harper_you_before_a_time_word_is_not_a_possessive(sentence: str) -> None:
    from afterview.guardrails.grammar.harper_engine import HarperEngine

    findings = HarperEngine().check(sentence, [])
    assert not [f for f in findings if "your" in (f.suggestion or "").lower()]
