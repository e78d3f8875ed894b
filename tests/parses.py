"""Sentences with their parse given, for rules tested on a misreading whatever the model
does with the sentence."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab


def given_parse(vocab: Vocab, rows: list[tuple], lemmas: dict[str, str] | None = None) -> Doc:
    """A Doc from rows of (word, head, dependency, tag, part of speech); each word's
    lemma is its lower case unless ``lemmas`` gives one ("said": "say")."""
    columns = zip(*rows, strict=True)
    words, heads, deps, tags, pos = (list(column) for column in columns)
    lemma_list = [(lemmas or {}).get(w, w.lower()) for w in words]
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemma_list)
