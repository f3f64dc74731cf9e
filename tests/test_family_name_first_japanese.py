"""Japanese names written family name first (stop 37: a blind judge read 'Dear Fujimoto,' to Fujimoto Ryō as a
bare surname with no honorific). The common family names beyond the twenty most frequent are known, so the
greeting follows the family-name-first rule; the same names in English order stay as they are."""

from __future__ import annotations

import pytest

from afterview.notes.names import family_name_first, greeting


@pytest.mark.parametrize("name", ["Fujimoto Ryō", "Hasegawa Emi", "Ōtsuka Kenta", "Nishimura Yui", "Kondō Daiki"])
def test_a_japanese_family_name_first_is_read_as_such(name: str) -> None:
    assert family_name_first(name)
    assert greeting(name) == name  # no greet_as: the full name, never the family name alone as a first name


@pytest.mark.parametrize("name", ["Ryō Fujimoto", "Emi Hasegawa", "Kenta Otsuka", "Dana Lee"])
def test_the_same_names_in_english_order_stay_given_name_first(name: str) -> None:
    assert not family_name_first(name)
    assert greeting(name) == name.split()[0]
