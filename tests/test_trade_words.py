"""A word for a trade before a name (``person_names.person_name``): news writes "Farmer
Juma Otieno said" with the trade as though it were a title; a word built as words for a
trade are ("Shearer", "Postmistress", "Farmworker") before a given name is one too, while
a given name of that shape ("Tyler") and names with particles stay whole.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest

from newsaudit.person_names import person_name


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Shearer Sarah Herewini", "Sarah Herewini"),
        ("Postmistress Mary Nolan", "Mary Nolan"),
        ("Farmworker Grace Adonis", "Grace Adonis"),
    ],
)
def test_a_trade_word_before_a_given_name_is_not_the_name(written, name):
    assert person_name(written) == name


@pytest.mark.parametrize(
    "written",
    ["Tyler Sarah Jones", "Pieter van der Merwe", "Vivian Chan Mei-ling", "Azman bin Othman"],
)
def test_names_of_that_shape_stay_whole(written):
    """Guard: a given name, or a name whose second word is no given name, is all name."""
    assert person_name(written) == written
