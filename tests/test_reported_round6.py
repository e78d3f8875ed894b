"""Reported stances the tagger misreads, round 6, on sentences written for the purpose: a
verb of stance between its subject and a gerund, read as a noun ("senators support
lowering …" as a compound, "support lowering" as a noun and its modifier)."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            # the participle after the subject is taken for the verb, "support" for its object
            "More than half the nurses polled support at least delaying the reform, and all "
            "but two said the minister should resign.",
            "More than half the nurses",
            "delaying the reform",
        ),
        ("Two-thirds support lowering the voting age for local elections.", "Two-thirds", None),
        ("Many farmers in the valley support building the new dam.", "Many farmers", None),
        ("Many support building the new dam.", "Many", None),
    ],
)
def test_a_stance_verb_tagged_a_noun_before_a_gerund(run, text, source, content):
    found = [(c, s, t) for cat, c, s, t in attributions(run(text)) if cat == "stance"]
    gerund = content or text[text.index("support ") + len("support ") : -1]
    assert found == [("support", source, gerund)]


@pytest.mark.parametrize(
    "text",
    [
        "The bid got some much-needed local support heading into the final week.",
        "He will need their support raising money for the shelter.",
        "The charity asked for support rebuilding the school.",
    ],
)
def test_a_noun_support_before_a_participle_is_no_stance(run, text):
    assert attributions(run(text)) == []


def test_a_stance_verb_read_as_an_auxiliary_of_the_gerund(run):
    # after a long subject with an apposition, the parser made "oppose" an auxiliary of
    # "tinkering" and the gerund the clause's verb
    text = (
        "The Harbour Workers Union and Senator Ada Okafor of Lagos, the future committee chair, "
        "oppose tinkering with the ferry levy."
    )
    found = [(c, s, t) for cat, c, s, t in attributions(run(text)) if cat == "stance"]
    assert found == [("oppose", "The Harbour Workers Union", "tinkering with the ferry levy")]
