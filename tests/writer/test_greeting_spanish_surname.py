"""A Spanish name with two surnames is greeted by the first ('Mr. Ortega' for Javier Ortega Ruiz)."""

from __future__ import annotations

from afterview.salutation import spanish_surname, surname


def test_two_surnames_in_a_spanish_speaking_zone_use_the_first() -> None:
    assert surname("Javier Ortega Ruiz", "Europe/Madrid") == "Ortega"
    assert surname("Camila Herrera Soto", "America/Bogota") == "Herrera"


def test_the_name_itself_can_say_it_is_spanish() -> None:
    assert surname("Diego Fernández Vidal", "Europe/London") == "Fernández"
    assert surname("José Ortega y Gasset") == "Ortega"


def test_a_compound_given_name_keeps_its_one_surname() -> None:
    assert surname("María José Vidal", "Europe/Madrid") == "Vidal"


def test_other_names_keep_the_last_surname() -> None:
    assert surname("Mary Ann Smith", "America/New_York") == "Smith"
    assert surname("Ana Sousa Santos", "Europe/Lisbon") == "Santos"  # Portuguese: the last is used alone
    assert surname("Ludwig van Beethoven", "Europe/Madrid") == "van Beethoven"
    assert spanish_surname("Javier Ortega", "Europe/Madrid") is None
