"""The attribute ruler and the rule lemmatizer as one table lookup per token.

In the English pipelines ``attribute_ruler`` maps a token's fine tag (and for a few
hundred words its lowercase form or dependency label) to its coarse part of speech and
morphology, and ``lemmatizer`` then derives the lemma from the word and that part of
speech. Both are a function of the token's (word, tag, dependency) except for a handful of
two-word patterns; run as a Matcher over every token and a Python call per token they cost
about a fifth of the parse (see ``benchmarks/speed.py``). ``TableTagger`` computes each
distinct (word, tag, dependency) once, exactly as the two components do, remembers the
result and writes a whole Doc's attributes in one array; tokens inside a two-word pattern
take the exact path. The output is the same token for token (checked by the tests).

The swap is made only when both components are there and use only the pattern features
handled here; any other pipeline is left as it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# Pattern keys a rule may test, and how to read them off a token; the most selective first.
_FEATURES = {
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "TAG": lambda t: t.tag_,
    "IS_SPACE": lambda t: t.is_space,
}
NAME = "attribute_table"
# Distinct (word, tag, dependency) entries kept: news vocabulary reaches a few hundred
# thousand; the table starts afresh past this, so memory stays flat over any archive.
CACHE_LIMIT = 300_000


def install(nlp: Language) -> bool:
    """Replace ``attribute_ruler`` and ``lemmatizer`` by one ``TableTagger`` when the
    pipeline's rules allow it; return whether it did."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return False
    names = nlp.pipe_names
    if names.index("lemmatizer") != names.index("attribute_ruler") + 1:
        return False
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or lemmatizer.overwrite:
        return False
    tagger = TableTagger.from_components(ruler, lemmatizer)
    if tagger is None:
        return False
    index = names.index("attribute_ruler")
    nlp.remove_pipe("lemmatizer")
    nlp.remove_pipe("attribute_ruler")
    _register()
    nlp.add_pipe(NAME, name=NAME, before=names[index + 2] if index + 2 < len(names) else None)
    nlp.get_pipe(NAME).tagger = tagger
    return True


class TableTagger:
    """Part of speech, morphology and lemma by cached lookup (see the module docstring)."""

    def __init__(self, ruler, lemmatizer, single: list, multi) -> None:
        self.ruler, self.lemmatizer = ruler, lemmatizer
        # rules longer than one token, filed under the value of their rarest test
        self.anchors: dict[tuple[str, int], list] = defaultdict(list)
        for rule_id, pattern in multi:
            k, key, values = _anchor(pattern)
            for value in values:
                self.anchors[key, ruler.vocab.strings.add(value)].append((rule_id, pattern, k))
        # each rule is filed under one value it requires (or, testing only regular
        # expressions, under None: tried on every new token)
        self.by_feature: dict[tuple[str, object] | None, list] = defaultdict(list)
        for rule in single:
            tests = rule[1]
            key = next((k for k in _FEATURES if k in tests and not _is_regex(tests[k])), None)
            if key is None:
                self.by_feature[None].append(rule)
                continue
            wanted = tests[key]
            for value in wanted["IN"] if isinstance(wanted, dict) else [wanted]:
                self.by_feature[key, value].append(rule)
        self.cache: dict[tuple[int, int, int], tuple[int, int, int]] = {}

    @classmethod
    def from_components(cls, ruler, lemmatizer) -> TableTagger | None:
        single, multi = [], []
        for rule_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if not all(map(_simple, pattern)):
                    return None  # a pattern form this table does not handle
                if len(pattern) == 1:
                    single.append((rule_id, pattern[0], ruler.attrs[rule_id]))
                elif _anchor(pattern) is None:
                    return None
                else:
                    multi.append((rule_id, pattern))
        return cls(ruler, lemmatizer, single, multi)

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG

        rows = doc.to_array([ORTH, TAG, DEP, LOWER]).tolist()
        keys = [row[:3] for row in rows]
        exact = self._multi_matches(doc, rows)
        out = numpy.zeros((len(keys), 3), dtype="uint64")
        misses = []
        cache = self.cache
        for i, key in enumerate(keys):
            found = cache.get(tuple(key)) if i not in exact else None
            if found is None:
                misses.append(i)
            else:
                out[i] = found
        doc.from_array([POS, MORPH, LEMMA], out)
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        for i in misses:
            token = doc[i]
            if self._apply(token, exact.get(i, [])) and i not in exact:
                cache[tuple(keys[i])] = (token.pos, token.morph.key, token.lemma)
        return doc

    def _multi_matches(self, doc: Doc, rows: list[list[int]]) -> dict[int, list]:
        """Tokens that a rule of several tokens sets, with those rules (what a Matcher of
        those rules finds, looked for only where a token has its anchor value)."""
        found: dict[int, list] = defaultdict(list)
        anchors = self.anchors
        for i, (_, _, dep, lower) in enumerate(rows):
            for hit in (anchors.get(("LOWER", lower)), anchors.get(("DEP", dep))):
                for rule_id, pattern, k in hit or ():
                    start = i - k
                    if start < 0 or start + len(pattern) > len(doc):
                        continue
                    tokens = doc[start : start + len(pattern)]
                    if all(
                        _test(_FEATURES[key](token), wanted)
                        for token, tests in zip(tokens, pattern, strict=True)
                        for key, wanted in tests.items()
                    ):
                        target = tokens[self.ruler.indices[rule_id]]
                        found[target.i].append((rule_id, None, self.ruler.attrs[rule_id]))
        return found

    def _apply(self, token: Token, extra: list) -> bool:
        """One token the way the two components do it: every matching rule in rule order
        (later rules win), then the lemma unless a rule set one. Returns whether the result
        is a table entry: only part of speech, morphology and lemma were set."""
        from spacy.attrs import LEMMA, MORPH, POS
        from spacy.tokens._retokenize import set_token_attrs

        rules = {}
        candidates = [self.by_feature.get(None, [])]
        candidates += [self.by_feature.get((k, read(token)), []) for k, read in _FEATURES.items()]
        for group in candidates:
            for rule in group:
                if all(_test(_FEATURES[k](token), v) for k, v in rule[1].items()):
                    rules[rule[0]] = rule
        for rule in extra:
            rules.setdefault(rule[0], rule)
        for rule_id in sorted(rules):
            set_token_attrs(token, rules[rule_id][2])
        if token.lemma == 0:
            token.lemma_ = self.lemmatizer.lemmatize(token)[0]
        return all(set(rule[2]) <= {POS, MORPH, LEMMA} for rule in rules.values())


def _simple(token_pattern) -> bool:
    """A token pattern testing only handled features, for equality, ``IN`` a list or a
    ``REGEX``, as the Matcher does."""
    return isinstance(token_pattern, dict) and all(
        key in _FEATURES
        and (
            isinstance(value, str | bool)
            or (
                isinstance(value, dict)
                and len(value) == 1
                and set(value) <= {"IN", "NOT_IN", "REGEX"}
            )
        )
        for key, value in token_pattern.items()
    )


def _anchor(pattern: list[dict]) -> tuple[int, str, list[str]] | None:
    """The token of a pattern to look it up by, and the values it must have there: a
    word if any token names one, else a dependency label."""
    for key in ("LOWER", "DEP"):
        for k, tests in enumerate(pattern):
            wanted = tests.get(key)
            if isinstance(wanted, str):
                return k, key, [wanted]
    for key in ("LOWER", "DEP"):
        for k, tests in enumerate(pattern):
            wanted = tests.get(key)
            if isinstance(wanted, dict) and "IN" in wanted:
                return k, key, list(wanted["IN"])
    return None


def _is_regex(value) -> bool:
    """A test that no table entry can file: a regular expression or an exclusion."""
    return isinstance(value, dict) and "IN" not in value


def _test(actual, wanted) -> bool:
    if isinstance(wanted, dict):
        if "IN" in wanted:
            return actual in wanted["IN"]
        if "NOT_IN" in wanted:
            return actual not in wanted["NOT_IN"]
        return re.search(wanted["REGEX"], actual) is not None
    return actual == wanted


def _register() -> None:
    from spacy.language import Language

    if Language.has_factory(NAME):
        return

    @Language.factory(NAME)
    def _make(nlp, name):
        return _Component()


class _Component:
    """The pipeline slot; ``install`` puts the TableTagger in it."""

    tagger: TableTagger | None = None

    def __call__(self, doc: Doc) -> Doc:
        return self.tagger(doc)
