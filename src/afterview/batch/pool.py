"""A live batch run: many notes files drafted side by side, each thread with a writer of its own."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from afterview.batch.runner import BatchSettings, FileResult, run_file

if TYPE_CHECKING:
    from afterview.guardrails.grammar.engine import GrammarEngine
    from afterview.seam import Author

DEFAULT_CONCURRENCY = 4


def workers_for(files: int, concurrency: int | None, waits_on_network: bool) -> int:
    """LLM calls wait on the network, so files run side by side (`concurrency`, default 4); the
    template writer is CPU-bound in one interpreter, so it runs one file at a time."""
    if not waits_on_network:
        return 1
    return max(1, min(concurrency or DEFAULT_CONCURRENCY, files))


def draft_side_by_side(
    found: list[Path],
    folders: dict[Path, str],
    out: Path,
    settings: BatchSettings,
    grammar: GrammarEngine | None,
    first: Author,
    another: Callable[[], Author],
    *,
    workers: int,
    force: bool = False,
    advance: Callable[[], None] = lambda: None,
) -> list[FileResult]:
    """Draft each file into `out/folders[file]`, results in the order of `found`.

    One worker uses `first`; with more, each thread gets its own writer from `another()` (an SDK
    client is not shared between threads). Every writer is closed at the end, each once."""
    lock = threading.Lock()
    by_thread: dict[int, Author] = {}
    authors = [first]

    def author() -> Author:
        with lock:
            mine = by_thread.get(threading.get_ident())
            if mine is None:
                mine = by_thread[threading.get_ident()] = first if workers == 1 else another()
                authors.append(mine)
            return mine

    def one(path: Path) -> FileResult:
        return run_file(path, out / folders[path], settings, author(), grammar, force=force, root=out)

    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(one, path) for path in found]
            for future in futures:
                future.add_done_callback(lambda _: advance())
            return [f.result() for f in futures]
    finally:
        for each in dict.fromkeys(authors):
            each.release()
