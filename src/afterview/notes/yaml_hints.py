"""What to do about a YAML syntax error: PyYAML says what it expected, this says how to fix the line."""

from __future__ import annotations

import re

INDENT = "check the indentation of this line against the lines above: keys of one mapping start in the same column"
_FOUND_START = re.compile(r"found character '(.)' that cannot start any token")


def yaml_hint(problem: str, context: str, line_text: str) -> str:
    """A sentence saying what to change, or "" when there is nothing better to say than the problem."""
    text = line_text.strip()
    if "'\\t'" in problem or "\t" in line_text[: len(line_text) - len(line_text.lstrip())]:
        return "YAML indents with spaces, not tabs: replace the tab on this line with spaces"
    if "quoted scalar" in context:
        return "the quote opened on this line is never closed: end the value with the same quote mark on this line"
    if "flow sequence" in context:
        return (
            "the '[' on this line is never closed: end the list with ']' on this line, or write one '- item' per line"
        )
    if "flow mapping" in context:
        return "the '{' on this line is never closed: end it with '}' on the same line"
    if problem.startswith("mapping values are not allowed"):
        return _colon_hint(text)
    if "sequence entries are not allowed" in problem:
        return "a list starts on the line below its key, one '- item' per line, indented under the key"
    if problem.startswith(("expected <block end>", "did not find expected key", "did not find expected '-'")):
        if "'<scalar>'" in problem and _after_closing_quote(text):
            return "text follows a closing quote: put the whole value in quotes, or none of it"
        return INDENT
    if "could not find expected ':'" in problem:
        return "a key needs ': ' after it, e.g. name: Dana Lee; text that goes on needs quotes or the line above"
    if "scanning an alias" in context and text.lstrip("- ").startswith("*"):
        return (
            "a list item starts with '- ', not '* '" if text.startswith("*") else "text starting with '*' needs quotes"
        )
    if problem.startswith("found undefined alias"):
        return "a value starting with '*' is read as a reference: put it in quotes"
    found = _FOUND_START.search(problem)
    if found:
        return f"a value starting with {found.group(1)} needs quotes, e.g. {_quoted(text)}"
    if "directive" in context:
        return "a line starting with '%' is not allowed here: put the value in quotes"
    return ""


def _colon_hint(text: str) -> str:
    """'mapping values are not allowed here': a second ': ' in a value, or a line indented too far."""
    item = text[2:] if text.startswith("- ") else text
    _, sep, value = item.partition(": ")
    if sep and (": " in value or value.rstrip().endswith(":")):
        return f"a value containing ': ' needs quotes, e.g. {_quoted(text)}"
    return INDENT + " (or the line above misses its ':')"


def _quoted(text: str) -> str:
    """The line with its value in quotes: `position: Lead: Payments` → `position: "Lead: Payments"`."""
    dash = "- " if text.startswith("- ") else ""
    item = text[len(dash) :]
    key, sep, value = item.partition(": ")
    if not sep or not value.strip():
        key, value = "", item
    value = value.strip()
    quoted = f"'{value}'" if '"' in value else f'"{value}"'
    return f"{dash}{key}: {quoted}" if key else f"{dash}{quoted}"


def _after_closing_quote(text: str) -> bool:
    _, sep, value = text.partition(": ")
    value = value.strip() if sep else text
    return len(value) > 1 and value[0] in "\"'" and value.find(value[0], 1) not in (-1, len(value) - 1)
