"""Personal names in Russian and Ukrainian told by their grammar."""

import pytest

from geomap.lang import morphology


@pytest.mark.parametrize(("given", "family", "expected"), [
    ("Владимира", "Путина", True),  # genitive given name and surname
    ("Юрия", "Лужкова", True),
    ("Олег", "Голяшкін", True),
    ("Москвы", "Юрия", False),  # a city, not a given name
    ("Володимира", "вулиця", False),  # a lowercase word is no surname
    ("Vladimir", "Putin", False),  # Latin script is left alone
    ("България", "Бойко", False),  # a word the dictionaries do not list is no given name
])
def test_a_given_name_and_a_surname_in_the_same_case(given: str, family: str,
                                                     expected: bool) -> None:
    assert morphology.personal_name(given, family) is expected
