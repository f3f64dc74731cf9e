"""`afterview fixtures verify`: the recorded folder passes; leaks and tampering do not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from afterview.providers.fixtures_verify import verify_folder
from helpers import RECORDED


def test_the_recorded_folder_passes() -> None:
    report = verify_folder(RECORDED)
    assert report.files > 0
    assert report.ok, report.lines()


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    folder = tmp_path / "llm"
    shutil.copytree(RECORDED, folder)
    return folder


def first(folder: Path) -> tuple[Path, dict]:
    path = sorted(folder.glob("*.json"))[0]
    return path, json.loads(path.read_text())


def rewrite(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2))


def test_rejects_an_api_key(copy: Path) -> None:
    path, data = first(copy)
    data["meta"]["note"] = "sk-proj-abcdefghijklmnop1234"
    rewrite(path, data)
    assert any("API key" in p for p in verify_folder(copy).problems)


def test_rejects_an_authorization_header(copy: Path) -> None:
    path, data = first(copy)
    data["response"]["headers"]["Authorization"] = "Bearer abcdefghijklmnopqrstuvwxyz"
    rewrite(path, data)
    problems = verify_folder(copy).problems
    assert any("Authorization" in p for p in problems)
    assert any("should drop: Authorization" in p for p in problems)


def test_rejects_a_request_id_and_cookie(copy: Path) -> None:
    path, data = first(copy)
    data["response"]["headers"].update({"x-request-id": "req_1234567890abcdef", "set-cookie": "a=b"})
    rewrite(path, data)
    problems = " ".join(verify_folder(copy).problems)
    assert "request id" in problems and "cookie" in problems


def test_rejects_a_mismatched_hash(copy: Path) -> None:
    path, data = first(copy)
    data["request"]["body"]["temperature"] = 0.9
    rewrite(path, data)
    problems = verify_folder(copy).problems
    assert any("does not match its request" in p for p in problems)


def test_rejects_a_response_the_sdk_cannot_parse(copy: Path) -> None:
    path, data = first(copy)
    data["response"]["body"]["choices"] = "nope"
    rewrite(path, data)
    assert any("not an openai ChatCompletion" in p for p in verify_folder(copy).problems)


def test_rejects_a_file_that_is_not_ours(copy: Path) -> None:
    (copy / "stray.json").write_text("{not json")
    assert any(p.startswith("stray.json: not a readable JSON file") for p in verify_folder(copy).problems)


def test_reports_fixtures_the_run_never_used(copy: Path, tmp_path: Path) -> None:
    used = tmp_path / "used.txt"
    keys = sorted(p.stem for p in copy.glob("*.json"))
    used.write_text("\n".join(keys[1:]) + "\n")
    report = verify_folder(copy, used_list=used)
    assert report.unused == [f"{keys[0]}.json"]
    assert not report.ok
