""" "Called X Y" with the predicate Y hung by the parser on the object X
(``rules/predicates.py``), on sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # read as an apposition of "brother"
        (
            "Mensah called her fallen brother her hero before explaining why she left.",
            "her fallen brother her hero",
        ),
        # read as an adjective after "community"
        (
            "He called the board's private dispute with the fishing community unusual.",
            "the board's private dispute with the fishing community unusual",
        ),
    ],
)
def test_a_predicate_hung_on_the_object_is_still_said(run, text, content):
    assert ("called", content) in [(a[1], a[3]) for a in attributions(run(text))]


def test_a_true_apposition_set_off_by_commas_is_no_predicate(run):
    found = attributions(run("Okafor called her brother, a doctor in Leeds, on Sunday."))
    assert not [a for a in found if a[3].endswith("a doctor in Leeds")]
