"""The forms a notes file can take, by its extension (no heavy imports: the command line asks at start-up)."""

from __future__ import annotations

from pathlib import Path

FORMS = {".md": "md", ".markdown": "md", ".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml"}
NOTES_SUFFIXES = tuple(FORMS)


def form_of(path: Path) -> str | None:
    """The notes form a path's extension names, or None for an extension afterview does not read."""
    return FORMS.get(path.suffix.lower())
