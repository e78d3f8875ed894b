"""Word features for spellings the pipeline rarely met in training: accents and the
typographic apostrophe inside a word.

The English pipelines learnt from American newswire, where "Celine Dion" and "O'Brien"
are written with plain letters and the typewriter apostrophe. Their tagger, parser and
entity recognizer see a word through its lowercase form, its shape and its first and last
letters; a name written with an accent ("Céline", "Angélil", "Hélène") or a typographic
apostrophe ("O’Brien", "D’Souza") has features the models never met, so the tagger calls
"Dion" a common noun after "Céline" and the recognizer misses the person or calls it an
organization. ``PlainSpellings`` gives each such word, before the models run, the features
of its plain spelling. Only what the models see changes: the text, every token's ``text``
and ``lower_``, and every offset stay as written.

Measured with ``benchmarks/accents.py`` (fifty accented names and sixteen names with an
apostrophe, in eight sentence frames): the recognizer finds 326 of 400 accented names
whole instead of 291, and 112 of 128 apostrophe names instead of 73 -- in both cases
exactly as many as when the names are written plainly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsaudit.textutil import plain

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NAME = "plain_spellings"


class PlainSpellings:
    """The pipeline component: run first, it gives the vocabulary entry of each word
    that has a plain spelling the features of that spelling (once per word: the entry
    keeps them)."""

    def __call__(self, doc: Doc) -> Doc:
        vocab = doc.vocab
        for token in doc:
            if token.is_ascii:
                continue
            spelling = plain(token.text)
            if spelling == token.text or not spelling.isascii():
                continue
            if not any(c.isalpha() for c in spelling):
                # a quotation mark on its own ("’") keeps its own features: the parser
                # reads a curly closing mark better than a straight one
                continue
            entry, twin = vocab[token.text], vocab[spelling]
            if entry.norm_ != twin.norm_ or entry.shape_ != twin.shape_:
                entry.norm_, entry.shape_ = twin.norm_, twin.shape_
                entry.prefix_, entry.suffix_ = twin.prefix_, twin.suffix_
        return doc


def install(nlp: Language) -> None:
    """Put ``PlainSpellings`` first in the pipeline, before any model reads a word."""
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.factory(NAME, func=lambda nlp, name: PlainSpellings())
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, first=True)
