"""Draft files written into a folder, never over one the user edited: the manifest
(`.afterview-manifest.json`) remembers the hash of every file afterview wrote, with the hashes about
to be written as "pending" so a killed run does not make afterview's own file look hand-edited."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from afterview.errors import OutputError
from afterview.outdir.atomic import atomic_write, digest, remove_stale_temp_files
from afterview.outdir.containment import Other, inside, read_if_file
from afterview.outdir.lock import SYMLINK, folder_lock

MANIFEST = ".afterview-manifest.json"


@dataclass(frozen=True)
class Written:
    path: Path
    status: str  # written | unchanged | kept-edit
    kept: Path | None = None  # the user's edited file, when status is kept-edit


@dataclass
class _Manifest:
    files: dict[str, str] = field(default_factory=dict)
    pending: dict[str, str] = field(default_factory=dict)

    def wrote(self, name: str, hashed: str) -> bool:
        return hashed in (self.files.get(name), self.pending.get(name))


def write_files(folder: Path, files: dict[str, str], *, root: Path | None = None) -> list[Written]:
    """Write `files` (name → content) into `folder`, which must lie inside `root` (default: itself)."""
    root = folder if root is None else root
    inside(root, folder, folder=True)
    for name in files:
        if Path(name).name != name or name.startswith("."):
            raise OutputError(f"{folder / name}: not a plain file name; afterview writes only inside {root}")
        inside(folder, folder / name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"--out {folder}: cannot create the folder ({exc.strerror or exc})") from None
    if not folder.is_dir():
        raise OutputError(f"--out {folder}: not a folder")
    inside(root, folder, folder=True)  # again, now that it exists: a symlink made meanwhile
    with folder_lock(folder):
        remove_stale_temp_files(folder)
        return _write_files_locked(folder, files)


def _write_files_locked(folder: Path, files: dict[str, str]) -> list[Written]:
    manifest = _read_manifest(folder)
    recorded = (dict(manifest.files), dict(manifest.pending))
    results: list[Written] = []
    planned: list[tuple[Path, bytes, str]] = []
    for name, content in files.items():
        target = folder / name
        raw = content.encode()
        hashed = digest(raw)
        current = read_if_file(target)
        if current == raw:
            manifest.files[name] = hashed
            results.append(Written(target, "unchanged"))
            continue
        if isinstance(current, Other) or (current is not None and not manifest.wrote(name, digest(current))):
            beside = _beside(target, raw, manifest)
            if read_if_file(beside) == raw:
                manifest.files[beside.name] = hashed
            else:
                planned.append((beside, raw, hashed))
            results.append(Written(beside, "kept-edit", kept=target))
            continue
        planned.append((target, raw, hashed))
        results.append(Written(target, "written"))
    if planned:
        manifest.pending = {path.name: hashed for path, _, hashed in planned}
        _write_manifest(folder, manifest)
    for path, raw, hashed in planned:
        atomic_write(path, raw)
        manifest.files[path.name] = hashed
    manifest.pending = {}
    if (manifest.files, manifest.pending) != recorded:  # nothing new: the manifest on disk is already right
        _write_manifest(folder, manifest)
    return results


def _beside(target: Path, raw: bytes, manifest: _Manifest) -> Path:
    """Where the new draft goes when `target` was edited: a name that holds nothing of the user's."""
    number = 1
    while True:
        suffix = ".new" if number == 1 else f".new{number}"
        candidate = target.with_name(f"{target.stem}{suffix}{target.suffix}")
        current = read_if_file(candidate)
        if (
            current is None
            or current == raw
            or (isinstance(current, bytes) and manifest.wrote(candidate.name, digest(current)))
        ):
            return candidate
        number += 1


def _write_manifest(folder: Path, manifest: _Manifest) -> None:
    doc: dict[str, dict[str, str]] = {"files": manifest.files}
    if manifest.pending:
        doc["pending"] = manifest.pending
    atomic_write(folder / MANIFEST, json.dumps(doc, indent=2, sort_keys=True) + "\n")


def _read_manifest(folder: Path) -> _Manifest:
    path = folder / MANIFEST
    raw = read_if_file(path)
    if isinstance(raw, Other):
        why = SYMLINK if path.is_symlink() else "is not a regular file; afterview keeps its manifest here: remove it"
        raise OutputError(f"{path}: {why}")
    try:
        data = json.loads((raw or b"").decode("utf-8"))
        files = {str(k): str(v) for k, v in data["files"].items()}
        pending = {str(k): str(v) for k, v in (data.get("pending") or {}).items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return _Manifest()  # no manifest (or a broken one): every existing file counts as the user's
    # A run killed after replacing a file but before recording it: the file is afterview's.
    for name, hashed in pending.items():
        current = read_if_file(folder / name) if name == Path(name).name else None
        if isinstance(current, bytes) and digest(current) == hashed:
            files[name] = hashed
    return _Manifest(files, pending)
