"""Properties that hold for any text, checked by Hypothesis over mutated articles: quote
marks inserted and deleted, Unicode spliced in, truncation, HTML fragments, long tokens.

For every mutated text: no exception; every span is ``text[start:end]``, ids resolve and
the report validates against the schema (``check_report``); a batch run gives the same
reports as one run per text.

The number of examples is bounded for CI and deterministic (profile ``ci``, the default);
``NEWSAUDIT_HYPOTHESIS=long`` runs many more, randomly, for a local search. The articles
are written for these tests; the people and places are invented.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsaudit import engine
from newsaudit.report import Report

from .conftest import check_report

settings.register_profile(
    "ci",
    max_examples=60,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("NEWSAUDIT_HYPOTHESIS", "ci"))

ARTICLES = (
    "Ferry Fares to Rise, Council Says\n\n"
    "By Ines Calder\n\n"
    "KIRKWALL (Reuters) - Island ferry fares will rise by a fifth in April, the council "
    "said on Monday.\n\n"
    "\u201cWe have no other way to keep the boats running,\u201d said Torvald Bay, who "
    "chairs the transport committee. He added that the subsidy had not grown in ten years.\n\n"
    "According to the Orkney Ledger, two crews have already been cut. Residents believe "
    "the timetable will shrink again.\n",
    "Mayor's Aide Quits\n\nThe mayor's chief of staff resigned on Friday, two officials "
    'told the Evening Standard. "It was time," she wrote in a letter seen by reporters. '
    "Dr. Amara Okafor's office declined to comment.\n\n"
    "The city has struggled to fill the post, a spokesman said.\n",
    "Prices fell again in March.\n\n"
    "\u00abLe march\u00e9 est calme\u00bb, a d\u00e9clar\u00e9 Ren\u00e9 Lef\u00e8vre. "
    "Analysts at the bank said they expected a cut; \u2018not yet\u2019, the governor "
    "replied, according to people familiar with the talks.\n",
)
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a"
HTML_FRAGMENTS = (
    "<p>",
    "</p>\n",
    "<div class='byline'>",
    '<a href="https://example.org/x?a=1&b=2">',
    "&amp;",
    "&nbsp;",
    "<script>var said = '\u201c';</script>",
    "<br/>",
    "<!-- said -->",
)
# Any code point but surrogates, with line breaks, marks, bidi controls and emoji weighted in.
SPLICE = st.one_of(
    st.text(max_size=12),
    st.text(
        alphabet=st.sampled_from(
            "\n\r\t\x0b\x0c\x1c\x85\u2028\u2029\u200b\u200d\u202e\u0301\ufeff\ufffd"
            "\U0001f600\u05d0\u0627\u4e2d\u00a0"
        ),
        min_size=1,
        max_size=6,
    ),
)


@st.composite
def mutated(draw) -> str:
    """One of the articles after one to five random edits."""
    text = draw(st.sampled_from(ARTICLES))
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(text)))
        edit = draw(
            st.sampled_from(
                ["insert_quote", "delete_quote", "splice", "cut", "html"] * 2 + ["long"]
            )
        )
        if edit == "insert_quote":
            text = text[:at] + draw(st.sampled_from(QUOTE_MARKS)) + text[at:]
        elif edit == "delete_quote":
            marks = [i for i, c in enumerate(text) if c in QUOTE_MARKS]
            if marks:
                i = draw(st.sampled_from(marks))
                text = text[:i] + text[i + 1 :]
        elif edit == "splice":
            text = text[:at] + draw(SPLICE) + text[at:]
        elif edit == "cut":
            text = text[:at]
        elif edit == "html":
            text = text[:at] + draw(st.sampled_from(HTML_FRAGMENTS)) + text[at:]
        else:  # one very long token: a pasted URL or hash
            token = draw(st.sampled_from(["x", "ab", "/said", "\u201c"])) * draw(
                st.integers(50, 3000)
            )
            text = text[:at] + token + text[at:]
    return text


@given(text=mutated())
def test_any_mutation_is_audited_with_valid_spans(nlp, text):
    report = engine.audit(text, nlp=nlp)
    check_report(report.to_dict(), text)


@given(texts=st.lists(mutated(), min_size=2, max_size=3))
def test_batch_and_single_runs_agree(nlp, texts):
    singles = [engine.audit(text, f"{n}.txt", nlp=nlp).to_dict() for n, text in enumerate(texts)]
    batch = list(engine.audit_many(((f"{n}.txt", t) for n, t in enumerate(texts)), nlp=nlp))
    assert all(isinstance(r, Report) for r in batch), batch
    assert [r.to_dict() for r in batch] == singles
