"""YAML syntax errors keep file:line and say what to do about the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.cli import app

EXAMPLE = (Path(__file__).resolve().parents[1] / "fixtures" / "examples" / "single.yaml").read_text(encoding="utf-8")
LINES = EXAMPLE.splitlines()
runner = CliRunner()


def line_of(prefix: str) -> int:
    return next(n for n, line in enumerate(LINES, start=1) if line.startswith(prefix))


def replace_line(prefix: str, new: str) -> tuple[str, int]:
    number = line_of(prefix)
    lines = list(LINES)
    lines[number - 1] = new
    return "\n".join(lines) + "\n", number


def case(name: str, prefix: str, new: str, hint: str, at: int = 0) -> object:
    text, number = replace_line(prefix, new)
    return pytest.param(text, number + at, hint, id=name)


NOT_CLOSED = "quote opened on this line is never closed"
CASES = [
    case("colon-in-value", "position:", "position: Lead: Payments", 'needs quotes, e.g. position: "Lead: Payments"'),
    case("key-indented-too-far", "  pace:", "      pace: normal", "check the indentation of this line"),
    case("key-indented-too-little", "  pace:", " pace: normal", "check the indentation of this line"),
    case("tab-indent", "  pace:", "\tpace: normal", "spaces, not tabs"),
    case("unclosed-double-quote", "position:", 'position: "Product Designer', NOT_CLOSED),
    case("unclosed-single-quote", "position:", "position: 'Product Designer", NOT_CLOSED),
    case("unclosed-bracket", "position:", "position: [Product Designer", "'[' on this line is never closed"),
    case("unclosed-brace", "position:", "position: {a: b", "'{' on this line is never closed"),
    case("text-after-quote", "position:", 'position: "Product" Designer', "put the whole value in quotes"),
    case(
        "value-starts-with-at",
        "position:",
        "position: @design",
        'starting with @ needs quotes, e.g. position: "@design"',
    ),
    case("star-bullet", "position:", "position:\n  * designer", "a list item starts with '- ', not '* '", at=1),
    case("list-on-the-key-line", "position:", "position: - designer", "one '- item' per line"),
]


@pytest.mark.parametrize(("text", "line", "hint"), CASES)
def test_a_yaml_syntax_error_says_where_and_what_to_do(tmp_path: Path, text: str, line: int, hint: str) -> None:
    notes = tmp_path / "notes.yaml"
    notes.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["draft", str(notes), "--now", "2026-11-20T13:15"])
    assert result.exit_code == 2
    (message,) = result.stderr.splitlines()
    assert message.startswith(f"afterview: error: {notes}:{line}: not valid YAML: "), message
    assert hint in message, message
    assert "Traceback" not in result.stderr
