"""Turn PATHS (files, folders, globs) into the notes files to process, in a stable order."""

from __future__ import annotations

import glob
from pathlib import Path

NOTES_SUFFIXES = (".yaml", ".yml", ".json", ".toml", ".md", ".markdown")


def notes_files(paths: list[str], *, exclude: Path | None = None) -> tuple[list[Path], list[str]]:
    """(files found, paths that matched nothing); folders are searched recursively for notes files."""
    found: list[Path] = []
    missing: list[str] = []
    skip = exclude.resolve() if exclude else None
    for raw in paths:
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        hits = 0
        for match in matches:
            path = Path(match)
            if path.is_dir():
                candidates = sorted(p for p in path.rglob("*") if p.suffix.lower() in NOTES_SUFFIXES)
                candidates = [p for p in candidates if not any(part.startswith(".") for part in p.parts)]
            elif path.exists() or path.suffix.lower() in NOTES_SUFFIXES:
                candidates = [path]
            else:
                candidates = []
            for candidate in candidates:
                if skip and candidate.resolve().is_relative_to(skip):
                    continue
                if candidate not in found:
                    found.append(candidate)
                    hits += 1
        if hits == 0:
            missing.append(raw)
    return found, missing


def folder_names(files: list[Path]) -> dict[Path, str]:
    """One output folder name per notes file: its stem, with parent folders added to every
    file whose stem clashes with another's, until all names differ."""
    depth = dict.fromkeys(files, 1)

    def name(path: Path) -> str:
        return "-".join(path.with_suffix("").parts[-depth[path] :])

    while True:
        by_name: dict[str, list[Path]] = {}
        for path in files:
            by_name.setdefault(name(path), []).append(path)
        clashing = [p for group in by_name.values() if len(group) > 1 for p in group]
        deeper = [p for p in clashing if depth[p] < len(p.parts)]
        if not deeper:  # only the extension tells them apart: notes.yaml and notes.json
            return {path: name(path) + (f"-{path.suffix[1:]}" if path in clashing else "") for path in files}
        for path in deeper:
            depth[path] += 1
