"""Tests for newsaudit.structure: page furniture found by general rules.

Every article here is invented for the test.
"""

from __future__ import annotations

import pytest

from newsaudit.report import Excluded
from newsaudit.structure import find_excluded

BODY = [
    "The harbour board approved a new tariff schedule on Monday after a two-hour debate.",
    "Shipping firms had lobbied for months against the increase, board members said.",
    "The new rates take effect in March and will be reviewed after one year, the board said.",
    "Local traders said they expected prices in the market to rise before the summer.",
    "Officials said the extra revenue would pay for dredging work in the outer channel.",
    "Two members voted against the plan, arguing that smaller operators would suffer most.",
]


def regions(text: str) -> dict[str, str]:
    """Map each excluded region's text to its type."""
    return {text[r.start : r.end]: r.type for r in find_excluded(text)}


def types_of(text: str, line: str) -> str | None:
    return regions(text).get(line)


def article(*middle: str, tail: tuple[str, ...] = ()) -> str:
    """A headline, the body with `middle` lines inserted after paragraph three, then `tail`."""
    lines = ["Harbour board raises port fees", *BODY[:3], *middle, *BODY[3:], *tail]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- basics


def test_empty_text_has_no_regions() -> None:
    assert list(find_excluded("")) == []
    assert list(find_excluded("\n\n  \n")) == []


def test_plain_body_is_not_excluded() -> None:
    text = article()
    found = regions(text)
    assert found == {"Harbour board raises port fees": "heading"}


def test_regions_are_ordered_offsets_with_lines() -> None:
    text = article("Advertisement")
    found = list(find_excluded(text))
    assert [r.start for r in found] == sorted(r.start for r in found)
    ad = next(r for r in found if r.type == "promo")
    assert isinstance(ad, Excluded)
    assert text[ad.start : ad.end] == "Advertisement"
    assert ad.line == 5
    assert ad.reason


def test_blank_line_paragraphs_keep_offsets_and_line_numbers() -> None:
    text = "Council delays vote on parking.\n\nThe vote was moved to next week.\n\nAdvertisement\n"
    found = list(find_excluded(text))
    assert [(r.type, r.line) for r in found] == [("heading", 1), ("promo", 5)]
    assert text[found[1].start : found[1].end] == "Advertisement"


def test_region_is_the_whole_line_with_its_spaces() -> None:
    text = article("   Share this article  ")
    assert types_of(text, "   Share this article  ") == "promo"


def test_dateline_after_leading_spaces_keeps_the_line_start() -> None:
    text = "Harbour board raises port fees\n  ROME (Reuters) - Fees rose, the board said.\n"
    found = [r for r in find_excluded(text) if r.type == "dateline"]
    assert [text[r.start : r.end] for r in found] == ["  ROME (Reuters) - "]


# ----------------------------------------------------------------------------- headings


def test_headline_without_final_punctuation() -> None:
    assert types_of(article(), "Harbour board raises port fees") == "heading"


def test_short_headline_ending_in_full_stop() -> None:
    text = "Harbour board raises port fees.\n\n" + "\n\n".join(BODY)
    assert types_of(text, "Harbour board raises port fees.") == "heading"


def test_standfirst_under_the_headline() -> None:
    text = "\n".join(
        [
            "Harbour board raises port fees",
            "Traders fear higher prices as the new schedule takes effect",
            *BODY,
        ]
    )
    found = regions(text)
    assert found["Traders fear higher prices as the new schedule takes effect"] == "heading"


def test_decks_between_the_headline_and_a_dateline_are_headings() -> None:
    decks = [
        "Fares frozen, but the island still waits as crews patch the pier.",
        "Operator says the north route will reopen in spring.",
    ]
    dateline = "PORTREE - A week after the storm closed the pier, ferries still sail half empty."
    found = regions("\n".join(["Island ferry service limps on after storm", *decks, dateline]))
    assert [found.get(deck) for deck in decks] == ["heading", "heading"]
    assert found["PORTREE - "] == "dateline"


def test_a_sentence_before_a_later_dateline_paragraph_is_body() -> None:
    """Guard: with no dateline right below the decks' place, a first sentence under the
    headline is the body's, full stop or not."""
    first = "The harbour board approved a new tariff schedule on Monday."
    text = "\n".join(["Harbour board raises port fees", first, *BODY])
    assert first not in regions(text)


def test_long_unpunctuated_line_without_headline_above_is_not_a_standfirst() -> None:
    first = (
        "VALLETTA - The harbour board approved a new tariff schedule on Monday after a "
        "two-hour debate that ran late into the evening"
    )
    second = (
        "Shipping firms and small operators had lobbied for months against the increase "
        "and warned of job losses along the waterfront"
    )
    text = "\n".join([first, second, *BODY[1:]])
    assert second not in regions(text)


def test_subheading_between_paragraphs() -> None:
    assert types_of(article("The road ahead"), "The road ahead") == "heading"


def test_question_subheading() -> None:
    text = article("Why does the channel matter?")
    assert types_of(text, "Why does the channel matter?") == "heading"


def test_one_sentence_body_paragraph_is_not_a_heading() -> None:
    text = article("The meeting ended shortly after noon.")
    assert "The meeting ended shortly after noon." not in regions(text)


def test_quoted_question_paragraph_is_body() -> None:
    text = article("“Who will pay for all of this?”", "“Why now?” asked one trader.")
    found = regions(text)
    assert "“Who will pay for all of this?”" not in found
    assert "“Why now?” asked one trader." not in found


def test_question_that_points_back_is_body() -> None:
    text = article("How is that possible?")
    assert "How is that possible?" not in regions(text)


def test_line_before_a_lowercase_continuation_is_not_a_heading() -> None:
    text = article("The harbour master warned that", "costs would keep rising for years.")
    assert "The harbour master warned that" not in regions(text)


def test_capitalised_section_label() -> None:
    assert types_of(article("WHAT COMES NEXT"), "WHAT COMES NEXT") == "heading"


# ----------------------------------------------------------------------------- promos


def test_newsletter_sign_up() -> None:
    line = "Sign up for our free morning newsletter"
    assert types_of(article(line), line) == "promo"


def test_subscribe_line() -> None:
    line = "Subscribe to The Harbour Herald"
    assert types_of(article(line), line) == "promo"


def test_pitch_without_imperative_is_scored_as_promo() -> None:
    line = "A free weekly email with the best of our reporting, delivered to your inbox"
    assert types_of(article(line), line) == "promo"


def test_promo_block_takes_in_its_pitch_line() -> None:
    text = article("Subscribe to The Harbour Herald", "Skip the noise and see your city clearly.")
    assert types_of(text, "Skip the noise and see your city clearly.") == "promo"


def test_labels_and_calls_to_action() -> None:
    lines = [
        "Advertisement",
        "Read more: Ferry operators warn of longer queues",
        "Follow us on Instagram",
        "Download our app for the latest updates",
        "Click here to get breaking news alerts",
        "Share this story",
    ]
    text = article(*lines)
    found = regions(text)
    for line in lines:
        assert found.get(line) == "promo", line


def test_first_published_elsewhere_note() -> None:
    line = "This article originally appeared in the Coastal Weekly."
    assert types_of(article(tail=(line,)), line) == "promo"


def test_body_sentence_with_sign_up_is_not_a_promo() -> None:
    line = "Voters rushed to sign up before the deadline, officials said."
    assert line not in regions(article(line))


def test_body_sentence_about_a_newsletter_is_not_a_promo() -> None:
    line = "The daily briefing is delivered by email to every member of the board."
    assert line not in regions(article(line))


def test_quoted_imperative_is_not_a_promo() -> None:
    line = "“Subscribe to the plan or leave the port,” the chairman told traders."
    assert line not in regions(article(line))


# ----------------------------------------------------------------------------- repeats


def test_repeated_line() -> None:
    line = "The board will meet again in April to review the first month of data."
    text = article(line, "Some context in between, added by the harbour office.", line)
    found = list(find_excluded(text))
    repeats = [r for r in found if r.type == "repeated"]
    assert len(repeats) == 1
    assert text[repeats[0].start : repeats[0].end] == line
    assert repeats[0].start == text.rindex(line)


def test_short_repeated_line_is_kept() -> None:
    text = article("“No.”", "The chairman paused before answering the second question.", "“No.”")
    assert "“No.”" not in regions(text)


# ----------------------------------------------------------------------------- bio


def test_author_bio_at_the_end() -> None:
    bio = (
        "Maria Ostrova is a reporter at the Harbour Herald. She previously worked at the "
        "Coastal Weekly and has written for several trade magazines."
    )
    assert types_of(article(tail=(bio,)), bio) == "bio"


def test_bio_with_verb_before_related_list() -> None:
    bio = "Peter Lund covers shipping for the Harbour Herald."
    text = article(
        tail=(
            bio,
            "-",
            "Ferry fares rise again",
            "Transport",
            "-",
            "Dock workers vote on new contract",
            "Business",
        )
    )
    assert types_of(text, bio) == "bio"


def test_person_described_early_in_the_body_is_not_a_bio() -> None:
    line = (
        "Ana Ruiz is a reporter for a local radio station who first raised the issue. "
        "She previously worked at the port."
    )
    text = "\n".join(["Harbour board raises port fees", BODY[0], line, *BODY[1:]])
    assert line not in regions(text)


# ----------------------------------------------------------------------------- related


def test_related_headlines_after_separators() -> None:
    tail = (
        "-",
        "Ferry fares rise again",
        "Speed read Operators blame fuel costs",
        "-",
        "Dock workers vote on new contract",
        "Analysis The union wants a longer deal",
        "-",
        "Why the outer channel keeps silting up",
        "The explainer Tides, sand and money",
    )
    found = regions(article(tail=tail))
    for line in tail:
        assert found.get(line) == "related", line
    for line in BODY:
        assert line not in found


def test_most_read_and_more_from_labels() -> None:
    text = article(
        tail=(
            "Most read",
            "Ferry fares rise again",
            "More from the Harbour Herald",
            "Dock workers vote on new contract",
        )
    )
    found = regions(text)
    for line in (
        "Most read",
        "Ferry fares rise again",
        "More from the Harbour Herald",
        "Dock workers vote on new contract",
    ):
        assert found.get(line) == "related", line


@pytest.mark.parametrize(
    "line",
    [
        "Read: Two storms and one harbour are worse than one",
        "Related: Ferry fares rise again",
        "WATCH: The new dredger at work",
        "[Our latest tally: which berths will close first?]",
    ],
)
def test_link_to_another_story_inside_the_body(line: str) -> None:
    assert types_of(article(line), line) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "Read: the board's full statement says the fee will be reviewed in a year.",
        "Watch: traders said they would protest on Friday if the plan went ahead.",
    ],
)
def test_label_before_a_sentence_is_not_a_link(line: str) -> None:
    assert types_of(article(line), line) is None


def test_related_label_and_titles_under_it() -> None:
    text = article(tail=("Related:", "Ferry fares rise again", "Dock workers vote on new contract"))
    found = regions(text)
    assert found["Related:"] == "related"
    assert found["Ferry fares rise again"] == "related"
    assert found["Dock workers vote on new contract"] == "related"


def test_separator_in_body_does_not_swallow_long_paragraphs() -> None:
    later = (
        "By evening the harbour office had published the full schedule on its website, "
        "listing the new charge for every class of vessel that uses the port.",
        "Fishing boats under twelve metres are exempt, a concession won by the small "
        "operators' association after a campaign that lasted most of the year.",
    )
    text = article("___", tail=("___", *later))
    found = regions(text)
    assert found["___"] == "related"
    for line in (*BODY, *later):
        assert line not in found


# ----------------------------------------------------------------------------- credits


def test_photo_and_wire_credits() -> None:
    lines = [
        "Photo: Jan Novak/Reuters",
        "Getty Images",
        "Credit: Harbour Herald archive",
        "(Reporting by Ana Ruiz; Editing by Tom Berg)",
        "Additional reporting by Lea Stone in Valletta.",
        "Peter Lund contributed reporting.",
    ]
    found = regions(article(*lines))
    for line in lines:
        assert found.get(line) == "credit", line


def test_contact_line_is_a_credit() -> None:
    line = "Contact the reporter at news@harbourherald.example"
    assert types_of(article(tail=(line,)), line) == "credit"


def test_caption_ending_in_agency_photo_credit() -> None:
    line = "Cranes stand idle at the container terminal. (AP Photo/Jan Novak)"
    assert types_of(article(line), line) == "credit"


def test_dash_after_a_quote_names_the_speaker() -> None:
    text = article("“We cannot absorb this,” one trader wrote.", "“Enough is enough.”", "- Lund")
    assert "- Lund" not in regions(text)


# ----------------------------------------------------------------------------- dateline


def test_wire_dateline_is_only_the_prefix() -> None:
    first = "VALLETTA, Malta (AP) — The harbour board approved new fees on Monday."
    text = "\n".join(["Harbour board raises port fees", first, *BODY[1:]])
    found = [r for r in find_excluded(text) if r.type == "dateline"]
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == "VALLETTA, Malta (AP) — "
    assert found[0].line == 2


def test_plain_city_dateline() -> None:
    first = "LONDON - Port fees will rise by a tenth from March, the board said on Monday."
    text = "\n\n".join(["Harbour board raises port fees.", first, *BODY[1:]])
    assert types_of(text, "LONDON - ") == "dateline"


@pytest.mark.parametrize("byline", ["By Malia Fonoti: ", "BY MALIA FONOTI AND TEVITA HALE | "])
def test_byline_run_into_the_first_paragraph_is_only_the_prefix(byline: str) -> None:
    first = byline + "The harbour board approved new fees on Monday."
    text = "\n".join(["Harbour board raises port fees", first, *BODY[1:]])
    found = [r for r in find_excluded(text) if r.type == "credit"]
    assert [text[r.start : r.end] for r in found] == [byline]


def test_by_a_date_with_a_colon_is_no_byline() -> None:
    first = "By Monday: the harbour board had approved new fees after a long debate."
    text = "\n".join(["Harbour board raises port fees", first, *BODY[1:]])
    assert not any(r.type == "credit" for r in find_excluded(text))


def test_capitalised_acronym_later_in_the_body_is_not_a_dateline() -> None:
    line = "NATO - the alliance - has not commented on the port, a spokesman said."
    assert not any(r.type == "dateline" for r in find_excluded(article(line)))


# ----------------------------------------------------------------------------- copyright


def test_copyright_lines() -> None:
    tail = ("© 2024 Harbour Herald Media", "Copyright 2024 Coastal Wire. All rights reserved.")
    found = regions(article(tail=tail))
    assert found["© 2024 Harbour Herald Media"] == "copyright"
    assert found["Copyright 2024 Coastal Wire. All rights reserved."] == "copyright"


def test_mis_decoded_accent_is_not_copyright() -> None:
    line = "The board's new rÃ©sumÃ© of fees was published on Monday, officials said."
    assert line not in regions(article(line))


# ----------------------------------------------------------------------------- captions


@pytest.mark.parametrize(
    "line",
    [
        "Harbour master Lena Okafor (left) shows the new tariff board to visiting traders.",
        "Dock workers gather at the south gate on Monday. (Photo via the Harbour Herald)",
        "Traders wait outside the customs shed on Tuesday morning. Jane Mwangi/Reuters",
        "Board members (from left) Ada Ruiz, Tom Yeo and Ravi Nair at the meeting.",
        "Harbour master Lena Okafor. (Picture by Sione Taufa)",
    ],
)
def test_photo_captions(line) -> None:
    assert types_of(article(line), line) == "caption"


def test_body_with_a_slash_is_not_a_caption() -> None:
    line = "The 24/7 service will continue, the board said, despite the new fees."
    assert line not in regions(article(line))


# ----------------------------------------------------------------------------- notices


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to improve your experience. By continuing to browse you accept them.",
        "Read our privacy policy and terms of use before commenting.",
        "Harbour Herald is a registered trademark of Coastal Media Group.",
        "Articles on this site may not be reproduced or copied without written permission.",
        "Our Standards: The Harbour Herald Editorial Principles.",
        "We may earn a commission when you buy through links on our site.",
    ],
)
def test_site_notices(line) -> None:
    assert types_of(article(tail=(line,)), line) == "notice"


def test_contact_address_is_a_notice() -> None:
    line = "Tell us what you think of this story: letters@harbourherald.example"
    assert types_of(article(tail=(line,)), line) == "notice"


@pytest.mark.parametrize(
    "line",
    [
        "The bakery sold 4,000 cookies on the quay on Saturday, its owner said.",
        "The union said in an email that it would accept the terms of the new contract.",
        "Shipping firms said the privacy of their manifests had to be protected.",
    ],
)
def test_body_naming_cookies_terms_or_email_is_body(line) -> None:
    assert line not in regions(article(line))


def test_lookalike_letters_are_an_advert() -> None:
    line = "Аdvеrtіѕе wіth the most read harbour site ~ Yоur brand seen by thousands"
    assert types_of(article(tail=(line,)), line) == "promo"


# ----------------------------------------------------------------------------- comments


def test_comment_section_runs_to_the_end() -> None:
    tail = (
        "14 Comments",
        "Marcus T.",
        "The fees were always going to rise once the dredging started.",
        "Reply",
    )
    found = regions(article(tail=tail))
    assert all(found[line] == "comments" for line in tail)


def test_comment_form_labels() -> None:
    labels = ("Your email address will not be published. Required fields are marked *", "Name *")
    found = regions(article(tail=labels))
    assert all(found[line] == "comments" for line in labels)


def test_early_comments_subhead_does_not_swallow_the_article() -> None:
    text = article("Comments")
    found = regions(text)
    assert not any(BODY[4] in line for line in found)


# ----------------------------------------------------------------------------- widgets


@pytest.mark.parametrize(
    "line", ["Add to cart", "Buy now", "Free shipping on orders over $50", "Vote now", "$24.99"]
)
def test_shop_and_poll_widgets(line) -> None:
    assert types_of(article(line), line) == "widget"


# ----------------------------------------------------------------------------- teasers, paywall


def test_run_of_short_headlines_is_a_teaser_block() -> None:
    teasers = (
        "Ferry operator orders two electric boats",
        "Fish market to reopen after flood repairs",
        "Harbour festival draws record crowds",
    )
    found = regions(article(tail=teasers))
    assert all(found[line] == "related" for line in teasers)


def test_list_of_facts_is_not_a_teaser_block() -> None:
    facts = (
        "North quay: fees rise 12% in March",
        "South quay: fees rise 9% in April",
        "Fish market: no change until 2027",
    )
    found = regions(article(*facts))
    assert not any(found.get(line) == "related" for line in facts)


def test_paywall_notice_and_what_follows() -> None:
    tail = (
        "To read the full story, subscribe to the Harbour Herald from $1 a week.",
        "Subscribers get unlimited access and our morning newsletter.",
    )
    found = regions(article(tail=tail))
    assert all(found[line] == "promo" for line in tail)


@pytest.mark.parametrize(
    "line",
    [
        "By Malia Fonoti",
        "By Malia Fonoti, Harbour Herald, Kirkwall",
        "BY MALIA FONOTI AND TEVITA HALE",
    ],
)
def test_byline_above_a_later_section_is_a_credit(line: str) -> None:
    text = article("Dredging plans", line, tail=())
    assert types_of(text, line) == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "Source: Harbour Authority, Office for National Statistics",
        "Sources: Port of Kirkwall; Ferry Users Council",
        "Data: Harbour Board",
    ],
)
def test_data_source_under_a_chart_is_a_credit(line: str) -> None:
    text = article("61% of cargo arrives by sea", line)
    assert types_of(text, line) == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "Source: a harbour official said the fee would rise again in the autumn.",
        "By Monday the board had approved the full schedule.",
    ],
)
def test_sentences_after_source_or_by_are_not_credits(line: str) -> None:
    assert types_of(article(line), line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Tevita Hale, Harbour Radio News.",
        "Malia Fonoti, Kirkwall TV, Stromness",
        "Ana Ruiz, BBC News",
    ],
)
def test_broadcast_signoff_is_a_credit(line: str) -> None:
    assert types_of(article(line), line) == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "Tevita Hale, who chairs the board, told Harbour Radio News.",
        "Malia Fonoti, a presenter on Kirkwall TV, called the fees unfair.",
    ],
)
def test_sentences_naming_a_station_are_not_signoffs(line: str) -> None:
    assert types_of(article(line), line) is None


def test_byline_with_a_job_title_is_a_credit() -> None:
    line = "By Malia Fonoti, harbour affairs reporter"
    text = "\n".join(["Harbour board raises port fees", line, *BODY])
    assert types_of(text, line) == "credit"


# ----------------------------------------------------------------------------- given paragraphs


def test_paragraphs_and_headings_from_the_document() -> None:
    text = (
        "Fees rise\n\nThe board said fees\nwould rise.\n\nTimeline\n\nCritics say it is too fast.\n"
    )
    paragraphs = [(0, 9), (11, 42), (44, 52), (54, 81)]
    found = list(find_excluded(text, paragraphs, headings=[(0, 9), (44, 52)]))
    assert [(r.type, text[r.start : r.end]) for r in found] == [
        ("heading", "Fees rise"),
        ("heading", "Timeline"),
    ]


@pytest.mark.parametrize(
    "line, kind",
    [
        (
            "Some rights reserved 2019-2024 by the Harbour Herald, a member of Coastal Media.",
            "copyright",
        ),
        ("This site participates in an associates program and earns revenue from links.", "notice"),
        ("Please understand that comments are moderated before they appear.", "notice"),
        ("> Ferry operator orders two electric boats", "related"),
        ("Stay up-to-date on our work.", "promo"),
        ("You can keep up with me on Twitter: @harbour_herald", "promo"),
    ],
)
def test_more_page_furniture(line, kind) -> None:
    assert types_of(article(tail=(line,)), line) == kind
