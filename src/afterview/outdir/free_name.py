"""Write a new file without ever replacing one: at the name asked for, else the first free sibling (NAME-2.EXT, …).

The bytes go to a temporary file beside the target, flushed to disk, then hard-linked to the name:
a link fails when the name exists, so a file that appeared a moment earlier (another process, an
editor) is never replaced, and a reader never sees a half-written file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from afterview.errors import OutputError

TRIES = 99
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}


def sibling(path: Path, number: int) -> Path:
    """notes.md → notes-2.md; acme.notes.yaml → acme.notes-2.yaml (the last suffix kept)."""
    return path if number == 1 else path.with_name(f"{path.stem}-{number}{path.suffix}")


def write_new(path: Path, data: str) -> Path:
    """Write `data` at `path` or, when that exists, at its first free sibling; return where it went."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode())
            handle.flush()
            os.fsync(handle.fileno())
        return _link_free(Path(tmp), path)
    finally:
        Path(tmp).unlink(missing_ok=True)


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
