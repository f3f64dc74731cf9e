"""Write draft files into a folder atomically, and never over a file the user has edited.

A manifest (`.afterview-manifest.json`) remembers the hash of every file afterview
wrote. A file whose bytes no longer match was edited by hand: it is left alone and
the new draft goes beside it as `NAME.new.EXT` (or `NAME.new2.EXT`, … if that one
was edited too).

Crash safety (kill -9 at any moment leaves every file old or new, never part of one):
each file is written to `.NAME.XXXXXXXX.tmp` beside it, flushed to disk, renamed over
the target and the folder synced. Before replacing files the manifest lists the hashes
about to be written under "pending", so a run killed between a file and the manifest
does not make afterview's own file look hand-edited. A killed run can leave a `.tmp`
file; the next run in that folder deletes those more than a minute old (no write
takes that long, so none still belongs to a live process).

Containment: every path written here is first proven to lie inside the folder the user
gave (`inside`): folders are resolved with their symlinks followed, a file name must be one
plain name (no separator, no `..`). Nothing is written through a symlink: a file is replaced
by rename, the lock is opened with O_NOFOLLOW, and a symlinked manifest or lock is refused.
Files that are not regular (a FIFO, a device, a symlink) are never read or taken for ours:
the draft goes beside them, as beside an edit.

Concurrency: a run holds an exclusive lock on `FOLDER/.afterview.lock` (an empty file
that stays) while it reads, decides, writes and updates the manifest, so two afterview
processes on one folder take turns instead of losing each other's manifest entries.

One job a module: atomic.py (atomic writes, stale temporary files), containment.py (`inside`, reading
without following links), lock.py (the folder lock), manifest.py (`write_files`), single.py (one named
file, saved versions). Callers import from here.
"""

from afterview.outdir.atomic import atomic_write, digest, remove_stale_temp_files
from afterview.outdir.containment import inside, read_regular
from afterview.outdir.lock import LOCK, folder_lock
from afterview.outdir.manifest import MANIFEST, write_files
from afterview.outdir.single import save_keeping_versions, write_single_file

__all__ = [
    "LOCK",
    "MANIFEST",
    "atomic_write",
    "digest",
    "folder_lock",
    "inside",
    "read_regular",
    "remove_stale_temp_files",
    "save_keeping_versions",
    "write_files",
    "write_single_file",
]
