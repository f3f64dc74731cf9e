"""Write draft files into a folder atomically, and never over a file the user has edited.

A manifest (`.afterview-manifest.json`) remembers the hash of every file afterview
wrote. A file whose bytes no longer match was edited by hand: it is left alone and
the new draft goes beside it as `NAME.new.EXT`.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from afterview.errors import OutputError

MANIFEST = ".afterview-manifest.json"


@dataclass(frozen=True)
class Written:
    path: Path
    status: str  # written | unchanged | kept-edit
    kept: Path | None = None  # the user's edited file, when status is kept-edit


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write to a temporary file in the same folder, flush it to disk, then rename over."""
    raw = data.encode() if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def write_files(folder: Path, files: dict[str, str]) -> list[Written]:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"--out {folder}: cannot create the folder ({exc.strerror or exc})") from None
    if not folder.is_dir():
        raise OutputError(f"--out {folder}: not a folder")
    manifest = _read_manifest(folder)
    results = []
    for name, content in files.items():
        target = folder / name
        raw = content.encode()
        if target.exists():
            current = target.read_bytes()
            if current == raw:
                manifest[name] = digest(raw)
                results.append(Written(target, "unchanged"))
                continue
            if manifest.get(name) != digest(current):
                beside = target.with_name(f"{target.stem}.new{target.suffix}")
                _write(beside, raw)
                results.append(Written(beside, "kept-edit", kept=target))
                continue
        _write(target, raw)
        manifest[name] = digest(raw)
        results.append(Written(target, "written"))
    _write(folder / MANIFEST, json.dumps({"files": manifest}, indent=2, sort_keys=True) + "\n")
    return results


def _write(path: Path, data: str | bytes) -> None:
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _read_manifest(folder: Path) -> dict[str, str]:
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
        return {str(k): str(v) for k, v in files.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # no manifest (or a broken one): every existing file counts as the user's


def save_keeping_versions(path: Path, content: str) -> Path | None:
    """Write `path` atomically; a different file already there is first kept as NAME.vN.EXT."""
    raw = content.encode()
    kept = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.read_bytes() != raw:
            kept = _free_version_name(path)
            try:
                os.link(path, kept)  # a second name for the old file: never a moment without it
            except OSError:
                atomic_write(kept, path.read_bytes())
        atomic_write(path, raw)
    except OSError as exc:
        raise OutputError(f"{path}: cannot save ({exc.strerror or exc})") from None
    return kept


def _free_version_name(path: Path) -> Path:
    number = 1
    while (candidate := path.with_name(f"{path.stem}.v{number}{path.suffix}")).exists():
        number += 1
    return candidate
