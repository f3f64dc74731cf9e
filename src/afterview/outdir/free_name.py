"""Write a new file without ever replacing one: at the name asked for, else the first free sibling (NAME-2.EXT, …).

The bytes go to a temporary file beside the target, flushed to disk, then hard-linked to the name:
a link fails when the name exists, so a file that appeared a moment earlier (another process, an
editor) is never replaced, and a reader never sees a half-written file.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from afterview.errors import OutputError
from afterview.outdir.atomic import flushed_temp, sync_folder

TRIES = 99
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}


def sibling(path: Path, number: int) -> Path:
    """notes.md → notes-2.md; acme.notes.yaml → acme.notes-2.yaml (the last suffix kept)."""
    return path if number == 1 else path.with_name(f"{path.stem}-{number}{path.suffix}")


def write_new(path: Path, data: str) -> Path:
    """Write `data` at `path` or, when that exists, at its first free sibling; return where it went."""
    tmp = flushed_temp(path, data)
    try:
        written = _link_free(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    sync_folder(path.parent)
    return written


def _link_free(tmp: Path, path: Path) -> Path:
    for number in range(1, TRIES + 1):
        candidate = sibling(path, number)
        try:
            os.link(tmp, candidate)
        except FileExistsError:
            continue
        except OSError as exc:  # a file system without hard links: an exclusive create, still never over a file
            if exc.errno not in _NO_LINKS:
                raise OutputError(f"{candidate}: cannot write ({exc.strerror or exc})") from None
            try:
                with open(candidate, "xb") as handle:
                    handle.write(tmp.read_bytes())
            except FileExistsError:
                continue
            except OSError as err:
                raise OutputError(f"{candidate}: cannot write ({err.strerror or err})") from None
        return candidate
    raise OutputError(f"{path}: it and {TRIES - 1} numbered names beside it all exist; choose another path")
