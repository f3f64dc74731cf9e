"""Turn PATHS (files, folders, globs) into the notes files to process, in a stable order."""

from __future__ import annotations

import glob
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from afterview.notes.forms import NOTES_SUFFIXES, form_of
from afterview.output.names import STEM_BYTES, folder_name, unique
from afterview.textfile import kind_of_file


@dataclass
class Found:
    files: list[Path] = field(default_factory=list)  # the notes files to process, in a stable order
    missing: list[str] = field(default_factory=list)  # PATHS that matched nothing
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # found by a search, not regular files: why


def discover(paths: list[str], *, exclude: Path | None = None) -> Found:
    """The notes files PATHS name; folders are searched recursively, globs expanded.

    A search (a folder or a glob) takes regular files only (symlinks to them too): a named
    pipe, a device or a socket called `b.yaml` is listed in `skipped`, never opened, since
    reading a pipe waits forever. A path named outright is kept whatever it is: reading it
    then fails for that file alone, with the reason.
    """
    found = Found()
    skip = exclude.resolve() if exclude else None
    for raw in paths:
        searched = glob.has_magic(raw)
        matches = sorted(glob.glob(raw, recursive=True)) if searched else [raw]
        hits = 0
        for match in matches:
            path = Path(match)
            if path.is_dir():
                candidates = sorted(p for p in path.rglob("*") if p.suffix.lower() in NOTES_SUFFIXES)
                # hidden files and folders below the one given are skipped; the path typed ("../in", ".hid/in") is not
                candidates = [
                    p for p in candidates if not any(part.startswith(".") for part in p.relative_to(path).parts)
                ]
                searched = True
            elif path.exists() or path.is_symlink() or path.suffix.lower() in NOTES_SUFFIXES:
                candidates = [path]
            else:
                candidates = []
            for candidate in candidates:
                if skip and candidate.resolve().is_relative_to(skip):
                    continue
                if candidate in found.files or any(candidate == p for p, _ in found.skipped):
                    hits += 1
                    continue
                what = (_not_regular(candidate) or _project_document(candidate)) if searched else None
                if what is not None:
                    found.skipped.append((candidate, what))
                else:
                    found.files.append(candidate)
                hits += 1
        if hits == 0:
            found.missing.append(raw)
    return found


# Markdown files a notes folder often holds that are not interview notes (searches only).
PROJECT_DOCUMENTS = frozenset({"readme", "changelog", "contributing", "license", "security", "code_of_conduct", "todo"})


def _project_document(path: Path) -> str | None:
    if form_of(path) == "md" and path.stem.lower() in PROJECT_DOCUMENTS:
        return "a project document, not interview notes"
    return None


def _not_regular(path: Path) -> str | None:
    """None for a regular file (or a symlink to one); else why the path is not read."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a symbolic link to nothing"
    except OSError as exc:
        return f"cannot be examined ({exc.strerror or exc})"
    return None if stat.S_ISREG(mode) else f"{kind_of_file(mode)}, not a regular file"


def notes_files(paths: list[str], *, exclude: Path | None = None) -> tuple[list[Path], list[str]]:
    """(files found, paths that matched nothing); see `discover`."""
    found = discover(paths, exclude=exclude)
    return found.files, found.missing


def folder_names(files: list[Path]) -> dict[Path, str]:
    """One output folder name per notes file, never two alike (compared case-blind, as macOS
    and Windows folders are): its stem; for stems that clash, the names of its parent folders
    up to the folder all the inputs share, then its extension, then `-2`, `-3`, … in order.

    Every name is one plain ASCII component (output/names.py): never absolute, never `..`,
    never hidden, so `OUT/NAME` is always a folder inside OUT.
    """
    if not files:
        return {}
    absolute = {path: Path(os.path.abspath(path)) for path in files}
    try:
        shared = Path(os.path.commonpath([str(a.parent) for a in absolute.values()]))
        parts = {path: a.with_suffix("").relative_to(shared).parts for path, a in absolute.items()}
    except ValueError:  # on different drives: no folder is shared
        parts = {path: a.with_suffix("").parts[1:] for path, a in absolute.items()}
    depth = dict.fromkeys(files, 1)

    def name(path: Path) -> str:
        return folder_name("-".join(parts[path][-depth[path] :]))

    while True:
        clashing = _clashing({path: name(path) for path in files})
        deeper = [path for path in clashing if depth[path] < len(parts[path])]
        if not deeper:
            break
        for path in deeper:
            depth[path] += 1
    names = {path: name(path) for path in files}
    for group in _groups(names).values():  # only the extension tells them apart: notes.yaml and notes.json
        if len(group) > 1 and len({path.suffix.lower() for path in group}) == len(group):
            names |= {path: folder_name(f"{names[path]}-{path.suffix[1:]}") for path in group}
    return dict(zip(files, unique((names[path] for path in files), STEM_BYTES), strict=True))


def _groups(names: dict[Path, str]) -> dict[str, list[Path]]:
    groups: dict[str, list[Path]] = {}
    for path, name in names.items():
        groups.setdefault(name.casefold(), []).append(path)
    return groups


def _clashing(names: dict[Path, str]) -> list[Path]:
    return [path for group in _groups(names).values() if len(group) > 1 for path in group]
