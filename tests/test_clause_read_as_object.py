"""A reported clause the parser took for an object (``rules/misparsed.py``): "said
children as young as six had been leaving school" is what was said, a statement, though
the parser made "children" the object of "said" and hung the verb on an adjective. A verb
group is finite by its first auxiliary ("had been leaving").

Every text here is written for the test.
"""

from __future__ import annotations

from tests.reports import by_cue, in_brief


def test_a_clause_with_a_finite_auxiliary_read_as_an_object_is_a_statement(run):
    found = by_cue(
        run(in_brief("The principal said children as young as six had been leaving school alone.")),
        "said",
    )
    assert found["category"] == "statement"
    assert found["content"]["text"] == "children as young as six had been leaving school alone"


def test_a_thing_said_is_still_a_stance(run):
    """Guard: "said the opening prayer" names a thing; no clause is hidden in it."""
    found = by_cue(
        run(in_brief("The harbour master said the opening prayer at the ceremony.")), "said"
    )
    assert found["category"] == "stance"
