"""Attribution forms on small sentences written for the purpose: cue, source, content."""

from __future__ import annotations

import pytest


def found(report: dict) -> list[tuple[str, str, str | None, str]]:
    """(kind, cue, source mention, content) of every attribution, in text order."""
    return [
        (
            a["kind"],
            a["cue"]["text"],
            a["source"]["text"] if a["source"] else None,
            a["content"]["text"],
        )
        for a in report["attributions"]
    ]


def one(run, text: str) -> tuple[str, str, str | None, str]:
    result = found(run(text))
    assert len(result) == 1, result
    return result[0]


def test_quote_then_speaker(run):
    assert one(run, "“We will not back down,” she said.") == (
        "direct",
        "said",
        "she",
        "“We will not back down,”",
    )


def test_quote_then_inverted_speaker(run):
    text = '"The offer is an insult to every worker," said Maria Okonjo, a union organiser.'
    assert one(run, text) == (
        "direct",
        "said",
        "Maria Okonjo",
        '"The offer is an insult to every worker,"',
    )


def test_speaker_then_colon_quote(run):
    text = 'Okonjo said: "We have waited three years for a fair wage."'
    assert one(run, text) == (
        "direct",
        "said",
        "Okonjo",
        '"We have waited three years for a fair wage."',
    )


def test_split_quote_is_one_quotation(run):
    # one quotation interrupted by its cue: the content runs from the first mark to the last
    text = '"We are ready to talk," Okonjo said, "but not to surrender."'
    assert one(run, text) == ("direct", "said", "Okonjo", text)


def test_reported_speech_with_that(run):
    text = "The minister said that the bridge would reopen in March."
    assert one(run, text) == (
        "indirect",
        "said",
        "The minister",
        "that the bridge would reopen in March",
    )


def test_clause_first_reported_speech(run):
    text = "The bridge will reopen in March, the ministry said."
    assert one(run, text) == ("indirect", "said", "the ministry", "The bridge will reopen in March")


def test_inverted_outlet(run):
    text = "The talks collapsed after midnight, said Reuters."
    assert one(run, text) == ("indirect", "said", "Reuters", "The talks collapsed after midnight")


def test_told_outlet_sets_via(run):
    report = run("Okonjo told Reuters that the strike would continue through the weekend.")
    (attribution,) = report["attributions"]
    assert attribution["source"]["text"] == "Okonjo"
    via = {s["id"]: s["name"] for s in report["sources"]}[attribution["via"]]
    assert via == "Reuters"


@pytest.mark.parametrize("verb", ["warned", "argued", "insisted", "announced", "added"])
def test_other_reporting_verbs(run, verb):
    kind, cue, source, content = one(run, f"The governor {verb} that the levee would hold.")
    assert (kind, cue, source) == ("indirect", verb, "The governor")
    assert content.endswith("the levee would hold")


def test_outlet_reported_that(run):
    text = "Politico reported in early March that the agency would cut its budget."
    assert one(run, text)[:3] == ("indirect", "reported", "Politico")


def test_passive_has_no_source(run):
    kind, cue, source, content = one(run, "It was reported that the mayor would resign.")
    assert (cue, source) == ("reported", None)
    assert "the mayor would resign" in content


def test_is_said_to(run):
    kind, cue, source, content = one(run, "The mayor is said to be furious about the leak.")
    assert (cue, source) == ("said", None)
    assert content.startswith("to be furious")


def test_mixed_quote(run):
    text = 'The senator said the plan was "dead on arrival" in its current form.'
    kind, cue, source, content = one(run, text)
    assert (kind, source) == ("mixed", "The senator")
    assert '"dead on arrival"' in content


def test_according_to_at_the_end(run):
    text = "The ship was carrying 40 tonnes of fuel, according to the Associated Press."
    assert one(run, text) == (
        "according_to",
        "according to",
        "the Associated Press",
        "The ship was carrying 40 tonnes of fuel",
    )


def test_according_to_at_the_start(run):
    text = "According to court filings, the company paid the fine in June."
    assert one(run, text) == (
        "according_to",
        "According to",
        "court filings",
        "the company paid the fine in June",
    )


def test_in_the_words_of(run):
    kind, cue, source, content = one(run, "The reform was, in the words of one aide, a gamble.")
    assert (kind, cue, source) == ("according_to", "in the words of", "one aide")


def test_belief_and_evidence_categories(run):
    report = run(
        "Officials fear the river will rise again. A survey showed that rents had doubled."
    )
    assert [(a["category"], a["source"]["text"]) for a in report["attributions"]] == [
        ("belief", "Officials"),
        ("evidence", "A survey"),
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ('"The dredger was at fault and the board knew it," Okafor concluded.', "statement"),
        ('"The pilot was never told of the shoal," the inspector found.', "statement"),
        ('"Fees rose by nine percent in a single year," the report said.', "evidence"),
    ],
)
def test_a_quotation_is_what_someone_said_unless_a_document_says_it(run, text, category):
    [attribution] = run(text)["attributions"]
    assert (attribution["kind"], attribution["category"]) == ("direct", category)


def test_nominal_cue(run):
    text = "Residents have expressed concerns that the dam could fail."
    kind, cue, source, content = one(run, text)
    assert (cue, source, content) == ("expressed concerns", "Residents", "that the dam could fail")


def test_continuation_sentence_joins_the_quotation(run):
    text = '"We are moving forward," the mayor told reporters. "We will finish the job."'
    assert one(run, text) == ("direct", "told", "the mayor", text)


def test_quote_sentence_after_reported_speech_is_the_same_speakers(run):
    text = "The new boats are late, Ruth Okafor said. \u201cWe expected them in March.\u201d"
    report = run(text)
    assert one(run, text) == ("mixed", "said", "Ruth Okafor", text)
    assert not report["flags"]


def test_quote_sentence_after_two_speakers_is_nobodys(run):
    # with two people speaking in the paragraph, the next quote's speaker is unknown
    text = (
        "Tobin Marsh said the fares were fair, and Ruth Okafor said the boats were late. "
        "\u201cWe expected them in March.\u201d"
    )
    report = run(text)
    assert "orphan_quote" in [f["type"] for f in report["flags"]]


def test_quote_paragraph_after_attributed_paragraph(run):
    text = (
        '"The water came in so fast," said Ana Popescu, a shop owner.\n'
        '"We lost everything on the ground floor in ten minutes."\n'
    )
    # the speaker's turn over both paragraphs is one attribution, as on the same line
    assert one(run, text) == ("direct", "said", "Ana Popescu", text.rstrip("\n"))


def test_colon_lead_in_paragraph(run):
    text = "And from the minister:\n“We will rebuild every house that was lost.”\n"
    kind, cue, source, content = one(run, text)
    assert (kind, source, content) == (
        "direct",
        "the minister",
        "“We will rebuild every house that was lost.”",
    )


def test_a_backshifted_verb_joined_to_the_cue_is_more_of_what_was_said(run):
    # the parser joins "would publish" to "said": the office's reported future, not its act
    line = (
        'The ferry office said it was "in close touch with the crews" and would publish the'
        " timetable."
    )
    kind, cue, source, found = one(run, line)
    assert (cue, found) == (
        "said",
        'it was "in close touch with the crews" and would publish the timetable',
    )


@pytest.mark.parametrize(
    ("line", "content"),
    [
        # a bare verb leaning on the reported clause's "will"
        (
            "Okafor added that the port will also cut its fees and add two berths to the quay.",
            "that the port will also cut its fees and add two berths to the quay",
        ),
        # an "-ing" verb leaning on its "was"
        (
            "Lyle said the skipper was still waiting at the quay and asking the harbour"
            " master about the crew.",
            "the skipper was still waiting at the quay and asking the harbour master about"
            " the crew",
        ),
    ],
)
def test_a_verb_of_saying_leaning_on_the_reported_auxiliary_is_more_of_it(run, line, content):
    assert one(run, line)[3] == content


def test_a_time_clause_inside_the_reported_clause_is_more_of_it(run):
    # "after the mayor announced" dates the reported event; the inner report is kept nested
    report = run(
        "The Harbour Gazette reported the letter arrived hours after the mayor announced a curfew."
    )
    found = {a["cue"]["text"]: a for a in report["attributions"]}
    assert found["reported"]["content"]["text"] == (
        "the letter arrived hours after the mayor announced a curfew"
    )
    assert found["announced"]["within"] == found["reported"]["id"]


def test_a_contrast_clause_of_a_stance_is_not_more_of_the_report(run):
    # "while his critics have accused": set against the report, not part of it
    found = [
        (a["cue"]["text"], a["content"]["text"])
        for a in run(
            "Lyle has said the ferry is safe while his critics have accused him of hiding"
            " the inspection report."
        )["attributions"]
    ]
    assert ("said", "the ferry is safe") in found


def test_a_finite_verb_of_saying_after_the_reported_clause_is_the_next_act(run):
    found = [
        (a["cue"]["text"], a["content"]["text"])
        for a in run(
            "Lyle said the skipper had been questioned and insisted that the crew was safe."
        )["attributions"]
    ]
    assert ("said", "the skipper had been questioned") in found


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Okafor went on, \u201cThe boats are too old to sail in winter.\u201d",
            "went on",
            "Okafor",
        ),
        ("She laughed: \u201cThe boats are too old to sail in winter.\u201d", "laughed", "She"),
    ],
)
def test_a_speakers_clause_ending_on_a_comma_or_colon_introduces_the_quote(run, text, cue, source):
    kind, found_cue, found_source, content = one(run, text)
    assert (kind, found_cue, found_source) == ("direct", cue, source)


def test_a_clause_with_more_than_a_speaker_introduces_nothing(run):
    text = "The crowd grew louder, \u201cthe boats are too old to sail in winter.\u201d"
    assert not run(text)["attributions"]


def test_in_someones_words(run):
    text = "In Okafor's words, the boats are simply too old to sail in winter."
    kind, cue, source, content = one(run, text)
    assert (cue, source, content) == (
        "words",
        "Okafor",
        "the boats are simply too old to sail in winter",
    )


def test_a_title_with_a_comma_inside_its_marks_is_no_orphan_quote(run):
    text = "The actor won for her role in \u201cThe Harbour Watch,\u201d a ferry drama."
    assert "orphan_quote" not in [f["type"] for f in run(text)["flags"]]


def test_reportedly_relays_a_report_with_no_source(run):
    text = "The Harbour Club is reportedly spending $1.5 million on advertisements."
    report = run(text)
    [attribution] = report["attributions"]
    assert attribution["source"] is None
    assert (attribution["cue"]["text"], attribution["content"]["text"]) == (
        "reportedly",
        "The Harbour Club is reportedly spending $1.5 million on advertisements",
    )
    # one flag for the unnamed source, at the hedge's severity
    assert [(f["type"], f["severity"]) for f in report["flags"]] == [("vague_source", "low")]


def test_allegedly_stays_a_hedge(run):
    text = "The Harbour Club allegedly spent $1.5 million on advertisements."
    assert not run(text)["attributions"]


def test_unquoted_block_after_a_speakers_colon(run):
    block = "The boats are old and the crews are tired, and nobody in the capital will pay."
    text = f"Ferry fares rise\n\nThe fares rose again on Monday. Ruth Okafor added:\n\n{block}\n"
    kind, cue, source, content = one(run, text)
    assert (kind, cue, source, content) == ("indirect", "added", "Ruth Okafor", block[:-1])


def test_a_list_after_a_colon_is_nobodys_words(run):
    text = (
        "Ferry routes cut\n\nThe ferry office said it would close these routes:\n\n"
        "1. Northern route, Kirkwall\n"
    )
    contents = [a["content"]["text"] for a in run(text)["attributions"]]
    assert not any("Northern" in c for c in contents)


def test_trailing_dash_speaker(run):
    text = '"Nobody here voted for this." — Ana Popescu'
    assert one(run, text)[2:] == ("Ana Popescu", '"Nobody here voted for this."')


def test_headline_colon(run):
    text = "Mayor: 'We will not cut the buses'"
    kind, cue, source, content = one(run, text)
    assert (cue, source, content) == (":", "Mayor", "'We will not cut the buses'")


def test_nested_outlet_relays_inner_belief(run):
    report = run("Politico reported that Western diplomats believed the ceasefire would hold.")
    names = {s["id"]: s["name"] for s in report["sources"]}
    inner = [a for a in report["attributions"] if a["cue"]["text"] == "believed"]
    assert len(inner) == 1 and names[inner[0]["via"]] == "Politico"


def test_cue_inside_a_quote_is_not_an_attribution(run):
    text = '"My father said we would never leave this town," Popescu said.'
    assert one(run, text)[2] == "Popescu"


def test_scare_quote_is_not_a_direct_quote(run):
    assert found(run('The deal was a "trick", and the market fell.')) == []


def test_unbalanced_quote_does_not_swallow_the_article(run):
    text = (
        'The vote was "a farce and the crowd walked out.\n'
        "The council met again on Tuesday.\n"
        '"We will appeal," said Ion Radu.\n'
    )
    report = run(text)
    assert [a["source"]["text"] for a in report["attributions"]] == ["Ion Radu"]
    flag = next(f for f in report["flags"] if f["type"] == "unbalanced_quotes")
    assert (flag["line"], flag["column"]) == (1, 14)


# ----------------------------------------------------------------------------- relays


def _vias(report: dict) -> list[tuple[str, str | None]]:
    names = {s["id"]: s["name"] for s in report["sources"]}
    return [(a["cue"]["text"], names.get(a["via"])) for a in report["attributions"]]


def test_relay_reaches_a_participle_cue(run):
    text = (
        "Speaking to Reuters on Friday, the harbour master denied that the channel was "
        "closed, insisting that pilots were on duty."
    )
    assert _vias(run(text)) == [("denied", "Reuters"), ("insisting", "Reuters")]


def test_relay_reaches_a_coordinated_cue(run):
    text = (
        "In an interview with Reuters, the finance director conceded that costs had risen "
        "but denied that the budget was at risk."
    )
    assert _vias(run(text)) == [("conceded", "Reuters"), ("denied", "Reuters")]


# ----------------------------------------------------------------------------- labels


def test_transcript_question_label(run):
    assert one(run, "Q: Will the ferry run on Sunday?") == (
        "indirect",
        ":",
        "Q",
        "Will the ferry run on Sunday",
    )


def test_sign_off_after_a_dash(run):
    text = "“The water reached the second floor in minutes.” — Ashley, a nurse in Leeds"
    kind, cue, source, content = one(run, text)
    assert (kind, cue, source) == ("direct", "—", "Ashley")
    assert content == "“The water reached the second floor in minutes.”"


@pytest.mark.parametrize("setting", ["to dock unions", "at the Mombasa rally"])
def test_headline_label_says_whom_or_where(run, setting):
    # "Okafor to dock unions:" is Okafor's label; the rest says whom or where she spoke to
    text = f"Okafor {setting}: 'We will not sign this offer'"
    kind, cue, source, content = one(run, text)
    assert (cue, source, content) == (":", "Okafor", "'We will not sign this offer'")


def test_headline_label_of_a_document(run):
    kind, cue, source, content = one(run, "Poll: Ferry fares are the top worry for island voters")
    assert (cue, source, content) == (
        ":",
        "Poll",
        "Ferry fares are the top worry for island voters",
    )


def test_headline_name_the_tagger_reads_as_a_noun(run):
    # the small model tags a line-initial name before a colon as a common noun
    kind, cue, source, content = one(run, "Kenyatta: The port will reopen within a week")
    assert (cue, source, content) == (":", "Kenyatta", "The port will reopen within a week")


def test_asked_after_a_verb_of_saying_is_put_to_the_speaker(run):
    # the tagger reads ", asked about" as a past tense; the speaker is the one asked
    report = run('"It has been seven years," Okafor said, asked about the delay in the dredging.')
    asked = [a for a in report["attributions"] if a["cue"]["text"] == "asked"]
    assert [(a["source"], a["content"]["text"]) for a in asked] == [
        (None, "the delay in the dredging")
    ]
