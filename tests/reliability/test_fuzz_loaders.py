"""Any input to a loader ends as a valid result or our InputError naming file and line (issue 7, part 1).

Extends tests/test_notes_errors.py (random text and bytes, one field replaced in YAML/JSON)
with TOML, structured mutations (dates, enums, nesting, invisible and bidi Unicode, huge
numbers, shared nodes that YAML writes as anchors and aliases), line and byte edits of a
valid file, the draft reader of `check`, the config loader and `afterview draft` itself.
Fast versions: `bench/fuzz.py` runs the same strategies for more than 10,000 inputs.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import fuzz_inputs as fuzz
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.config import load_settings
from afterview.guardrails.draft_reader import read_draft
from afterview.notes.loader import load_notes, notes_from_text
from afterview.vocabulary import Kind

FAST = settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
_names = itertools.count()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def fresh(folder: Path, name: str, raw: bytes) -> Path:
    """A new subfolder per example, so a message naming the file names this one."""
    sub = folder / str(next(_names))
    sub.mkdir()
    return fuzz.write(sub, name, raw)


def assert_ok(outcome: fuzz.Outcome) -> None:
    assert outcome.kind in ("valid", "error"), outcome.detail


@FAST
@given(item=fuzz.notes_files())
def test_notes_loader_gives_notes_or_a_located_error(folder: Path, item: tuple[str, bytes]) -> None:
    path = fresh(folder, *item)
    assert_ok(fuzz.judge(lambda: load_notes(path), str(path)))


@FAST
@given(data=fuzz.mutated_notes(), kind=st.sampled_from(["yaml", "json", "toml"]), style=st.integers(0, 5))
def test_structured_mutations_in_every_format(data: object, kind: str, style: int) -> None:
    text = fuzz.render(data, kind, style).decode("utf-8", "surrogateescape")
    file = f"notes.{kind}"
    assert_ok(fuzz.judge(lambda: notes_from_text(text, file, kind), file))


@FAST
@given(item=st.tuples(fuzz.draft_files(), st.sampled_from(list(Kind))))
def test_draft_reader_gives_a_draft_or_a_located_error(folder: Path, item: tuple[tuple[str, bytes], Kind]) -> None:
    (name, raw), kind = item
    path = fresh(folder, name, raw)
    assert_ok(fuzz.judge(lambda: read_draft(path, kind=kind), str(path)))


@FAST
@given(item=fuzz.config_files())
def test_config_loader_gives_settings_or_a_located_error(folder: Path, item: tuple[str, bytes]) -> None:
    path = fresh(folder, *item)
    assert_ok(fuzz.judge(lambda: load_settings({"AFTERVIEW_CONFIG": str(path)}), str(path)))


@settings(FAST, max_examples=15)
@given(item=st.one_of(fuzz.plausible_notes(), fuzz.notes_files()), to_folder=st.booleans())
def test_draft_command_exits_0_or_2_without_traceback(folder: Path, item: tuple[str, bytes], to_folder: bool) -> None:
    path = fresh(folder, *item)
    assert_ok(fuzz.draft_via_cli(path, path.parent / "out" if to_folder else None))


# --- what the fuzzing found, pinned ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "gist"),
    [
        pytest.param(
            "interview:\n  at: 9999-12-31T23:59-12:00\n", "yaml", "notes.yaml:2: interview.at:", id="overflow-high"
        ),
        pytest.param(
            "interview:\n  at: 0001-01-01T00:00+14:00\n", "yaml", "notes.yaml:2: interview.at:", id="overflow-low"
        ),
        pytest.param("[interview]\nat = 9999-12-31T23:59:00-12:00\n", "toml", "notes.toml:2: interview.at:", id="toml"),
        pytest.param(
            "interview:\n  decision_by: 9999-12-31\n", "yaml", "notes.yaml:2: interview.decision_by:", id="day"
        ),
    ],
)
def test_dates_near_the_ends_of_the_calendar_are_located_errors(text: str, kind: str, gist: str) -> None:
    # used to escape as OverflowError ("date value out of range") from the model or the planner
    outcome = fuzz.judge(lambda: notes_from_text(text, f"notes.{kind}", kind), f"notes.{kind}")
    assert outcome.kind == "error", outcome.detail
    with pytest.raises(Exception) as caught:
        notes_from_text(text, f"notes.{kind}", kind)
    assert gist in str(caught.value) and "not a plausible date" in str(caught.value)


PARSER_FAILURES = [
    (
        "yaml-control",
        "candidate:\n  name: Sam\x01\n",
        "yaml",
        "notes.yaml:2: not valid YAML: the control character U+0001",
    ),
    ("yaml-deep", "a:\n  b: " + "[" * 60 + "]" * 60 + "\n", "yaml", "notes.yaml:2: not valid YAML: nested too deeply"),
    (
        "json-deep",
        '{\n"a":\n' + "[" * 5000 + "]" * 5000 + "}",
        "json",
        "notes.json:3: not valid JSON: nested too deeply",
    ),
    ("toml-deep", "x = 1\na = " + "[" * 5000 + "]" * 5000, "toml", "notes.toml:2: not valid TOML: nested too deeply"),
    (
        "json-huge-number",
        '{\n"a":\n' + "9" * 5000 + "}",
        "json",
        "notes.json:3: not valid JSON: a number has more than",
    ),
    ("toml-at-end-of-document", "x = 1\ny = 'unclosed", "toml", "notes.toml:2: not valid TOML:"),
    ("json-many-values", '{"requested": [' + ", ".join(["1"] * 20_000) + "]}", "json", "notes.json:1: too many values"),
]


@pytest.mark.parametrize(
    ("text", "kind", "expected"), [pytest.param(*case[1:], id=case[0]) for case in PARSER_FAILURES]
)
def test_parser_failures_name_the_line(text: str, kind: str, expected: str) -> None:
    with pytest.raises(Exception) as caught:
        notes_from_text(text, f"notes.{kind}", kind)
    assert str(caught.value).startswith(expected), str(caught.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(float("inf"), "inf is not a whole number", id="infinity"),
        pytest.param(1e308, "1e+308 is far too large a number", id="huge-float"),
        pytest.param("\ud800", "unpaired surrogate", id="lone-surrogate"),
    ],
)
def test_odd_json_values_get_plain_messages(value: object, expected: str) -> None:
    import copy
    import json

    data = copy.deepcopy(fuzz.VALID)
    data["interview"]["duration_minutes"] = value
    with pytest.raises(Exception) as caught:
        notes_from_text(json.dumps(data, indent=2), "notes.json", "json")
    assert expected in str(caught.value) and "Input should be" not in str(caught.value)


def test_a_line_separator_in_a_key_does_not_split_the_message() -> None:
    with pytest.raises(Exception) as caught:
        notes_from_text('{"candidate\\u2028\\u202eevil": 1}', "notes.json", "json")
    message = str(caught.value)
    assert fuzz.located(message, "notes.json"), message
    assert "\\u2028" in message and "\u202e" not in message


def test_thousands_of_mistakes_are_summed_up_not_listed() -> None:
    import copy
    import json

    data = copy.deepcopy(fuzz.VALID)
    data["interviewers"] = [{"name": 1, "role": "x"} for _ in range(25)]
    with pytest.raises(Exception) as caught:
        notes_from_text(json.dumps(data, indent=2), "notes.json", "json")
    lines = str(caught.value).splitlines()
    assert len(lines) == 20, lines
    assert lines[-1].endswith("(and 30 more problems after this one)"), lines[-1]


def test_unhashable_tone_in_config_is_a_located_error(tmp_path: Path) -> None:
    # used to escape as TypeError: unhashable type: 'list'
    path = tmp_path / "config.toml"
    path.write_text('\ntone = ["warm"]\n')
    with pytest.raises(Exception) as caught:
        load_settings({"AFTERVIEW_CONFIG": str(path)})
    assert str(caught.value).startswith(f"{path}:2: tone: ['warm'] is not one of warm")


def test_dotted_timezone_key_in_config_is_located(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('tone = "warm"\ntimezone.region = "America/New_York"\n')
    with pytest.raises(Exception) as caught:
        load_settings({"AFTERVIEW_CONFIG": str(path)})
    assert str(caught.value).startswith(f"{path}:2: timezone: should be text"), str(caught.value)


@pytest.mark.parametrize("body", ["\xa0\u2028", "\u200b\u200d\ufeff", "\u202e \u2066"])
def test_draft_of_invisible_characters_only_is_called_empty(tmp_path: Path, body: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(Exception) as caught:
        read_draft(path, kind=Kind.thank_you)
    assert str(caught.value) == f"{path}: has no visible text; write the thank-you in it"
