"""The table lookup gives the attribute ruler's and the lemmatizer's annotations exactly."""

from __future__ import annotations

import spacy

from newsaudit import nlp as nlp_loader
from newsaudit import tables

# Written to reach the rules of one and of two tokens: contractions, "there is",
# auxiliaries, determiners, spaces, and plain news prose.
SENTENCES = [
    "Ain't nobody gonna stop us, y'all, the organiser said. Let's go, c'mon.",
    "There is a plan and there were doubts, but it's not over, she didn't say.",
    "The mayor, who has been re-elected twice, was said to be weighing a third run.",
    "That report, which the ministry had gotta publish,  came out   late.\n\nNo comment.",
    "Gon na happen , they said ; I'm sure you're right and we've seen it .",
]


def _annotations(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def test_table_equals_the_components_token_for_token():
    reference = spacy.load(nlp_loader.model_name())
    fast = nlp_loader.load()
    assert tables.NAME in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names
    for _ in range(2):  # the second pass reads the table filled by the first
        for text in SENTENCES:
            assert _annotations(fast(text)) == _annotations(reference(text))


def test_a_pipeline_without_the_components_is_left_alone():
    blank = spacy.blank("en")
    assert tables.install(blank) is False
    assert blank.pipe_names == []


def test_a_curly_apostrophe_reads_as_the_straight_one():
    # the pipeline learnt the typewriter apostrophe; web copy prints the typographic one
    fast = nlp_loader.load()
    straight = "It's unclear, and she doesn't think they're ready; I'm sure we've lost."
    curly = straight.replace("'", "\u2019")
    keep = [(t.pos_, t.lemma_.replace("\u2019", "'"), t.tag_, t.dep_) for t in fast(curly)]
    assert keep == [(t.pos_, t.lemma_, t.tag_, t.dep_) for t in fast(straight)]
    negation = next(t for t in fast(curly) if t.lower_ == "n\u2019t")
    assert (negation.dep_, negation.lemma_) == ("neg", "not")
