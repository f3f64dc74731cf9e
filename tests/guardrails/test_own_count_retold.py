"""A count of the candidate's own work that retells one of their items with another figure is a wrong figure (facts),
not a claim of work the notes never give (stop 41, from blind27's tune half: "I classified around 300 SKUs" for the
item "classified ~200 SKUs a week" was reported by claims, which a reader files under facts). A count of a deed no
item holds is still the claims check's."""

from __future__ import annotations

from pathlib import Path

from parcel_case import findings

HIGHLIGHT = "relabelled ~400 returns a week at Lusomail"


def _families(tmp_path: Path, said: str) -> dict[str, list[str]]:
    return findings(tmp_path, HIGHLIGHT, said)


def test_an_own_item_retold_with_another_figure_is_a_wrong_figure(tmp_path: Path) -> None:
    found = _families(tmp_path, "At Lusomail I relabelled about 700 returns a week, so volume does not worry me.")
    assert "unsupported_number" in found.get("facts", [])
    assert "claims" not in found


def test_an_own_item_retold_with_its_figure_is_clean(tmp_path: Path) -> None:
    found = _families(tmp_path, "At Lusomail I relabelled about 400 returns a week, so volume does not worry me.")
    assert "facts" not in found and "claims" not in found


def test_a_count_of_a_deed_no_item_holds_is_still_a_claim(tmp_path: Path) -> None:
    found = _families(tmp_path, "At Lusomail I audited about 700 carriers, so volume does not worry me.")
    assert "unsupported_claim" in found.get("claims", [])
