"""Where a value sits in a notes file: field paths, their line numbers, and text safe to show in a message.

Shared by every reader (YAML, JSON and TOML in parse.py; Markdown in markdown/reader.py).
"""

from __future__ import annotations

Path_ = tuple[str | int, ...]
LineMap = dict[Path_, int]


def printable(text: str) -> str:
    """User text as it may appear in a message: line breaks, bidi and zero-width marks escaped.

    Otherwise a key holding U+2028 splits the message in two, and U+202E reverses what follows it.
    """
    return text if text.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def dotted(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
