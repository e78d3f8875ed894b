"""Word lists and thresholds of the structure rules: data, chosen from how news pages
are written (see each list's comment)."""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Word lists. Each one is joined into a precompiled regular expression below.
# --------------------------------------------------------------------------------------------

# Calls to action that open a promotion. A news paragraph reports; it does not open with an
# imperative aimed at the reader, so an imperative from this list at the start of a line (or of
# a sentence inside a short line) is the strongest sign of a promo. Each verb carries the object
# it takes in promos ("share this", "follow us") so that body openings ("Share prices fell",
# "Follow-up talks") do not match.
CTA_PHRASES: tuple[str, ...] = (
    r"sign(?:-| )?up",
    r"subscribe",
    r"get (?:the best|the latest|our|your|unlimited|access|it delivered|breaking|a free|free|"
    r"the news|\w+ delivered)",
    r"download",
    r"follow (?:us|@)",
    r"follow\b[^.!?]{0,120}?\b(?:on|at) (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|"
    r"linkedin|youtube)",
    r"on (?:twitter|facebook|instagram) follow",
    r"join (?:us|our|the conversation|now|today|the debate)",
    r"share (?:this|on|the story|the article|via)",
    r"click",
    r"tap (?:here|to)",
    r"read (?:more|the rest|the full|it all|our|next|also)",
    r"listen (?:to (?:the|our|this|it)|now|on|here)",
    r"watch (?:now|live|our|more|here)",
    r"like (?:us|the page|our page)",
    r"support (?:our|us|independent|quality)",
    r"donate",
    r"become a (?:member|subscriber|supporter|patron)",
    r"don[’']t miss",
    r"never miss",
    r"try (?:it |us )?(?:free|for free)",
    r"register (?:now|for free|here|today)",
    r"enter your",
    r"send (?:us|your|tips|news tips)",
    r"what do you think",
    r"tune in",
    r"(?:keep up|stay up[- ]to[- ]date|stay in touch|stay informed|stay connected) with\b",
    r"stay up[- ]to[- ]date\b",
    r"let us know",
    r"tell us",
    r"leave a comment",
    r"comment below",
)

# Words that promotions are made of: what is offered (a newsletter, an app, a podcast), how it
# arrives (inbox, delivered, daily) and what it costs (free). Body text uses some of them, so
# they only add to a score; no single word makes a promo. Social networks are left out: quoted
# posts name them all the time, and "Follow X on Twitter" is caught as a call to action.
PROMO_WORDS: tuple[str, ...] = (
    r"newsletters?",
    r"inbox(?:es)?",
    r"e-?mails?",
    r"free",
    r"subscri(?:be|bers?|ption|ptions|bing)",
    r"delivered",
    r"apps?",
    r"podcasts?",
    r"briefings?",
    r"daily",
    r"weekly",
    r"sign(?:-| )?up",
    r"unlimited",
    r"notifications?",
    r"alerts?",
    r"here",
    r"below",
    r"above",
    r"page",
    r"members?hip",
    r"trial",
    r"offer",
)

# Whole lines that are page labels for ads and share widgets: a line that is nothing but one of
# these is never a sentence of the article.
PROMO_LABELS: tuple[str, ...] = (
    r"advertisement",
    r"advert",
    r"sponsored(?: content)?",
    r"paid (?:content|post)",
    r"story continues(?: below)?(?: advertisement)?",
    r"continue reading(?: below| the main story)?",
    r"skip (?:advertisement|ad)",
    r"share(?: this)?(?: article| story| page)?",
    r"read more",
)

# Notes that the piece was published somewhere else first: syndication furniture, not claims.
ORIGIN_NOTES: tuple[str, ...] = (
    r"(?:this|the) (?:article|story|piece|post|column) (?:was )?(?:originally|first) "
    r"(?:appeared|published|ran)",
    r"(?:this|the) (?:article|story|piece|post|column) (?:originally |first )?appear(?:ed|s) "
    r"(?:in|on|at)",
    r"a version of this (?:article|story|piece) (?:appeared|appears|was published)",
    r"as published in",
    r"originally published (?:in|on|at|by)",
)

# Verbs of saying and reporting. Promotions and link lists never attribute anything, so a line
# holding one of these is body text; it vetoes the promo and bio rules.
ATTRIBUTION_WORDS: tuple[str, ...] = (
    "said",
    "says",
    "told",
    "tells",
    "according to",
    "asked",
    "added",
    "reported",
    "announced",
    "stated",
    "wrote",
    "claimed",
    "argued",
    "insisted",
    "explained",
    "noted",
    "tweeted",
    "posted",
)

# Job titles of the people who write news. An author bio says "<Name> is a <title> at/for
# <outlet>"; in the body, people described this way are nearly always the ones being quoted,
# which is why the bio rule also needs the end-of-document position.
MEDIA_ROLES: tuple[str, ...] = (
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "journalist",
    "columnist",
    "contributor",
    "producer",
    "critic",
    "blogger",
    "commentator",
    "host",
    "anchor",
    "photographer",
    "freelancer",
    "contributing writer",
    "staff writer",
    "newsletter",
)

# Titles found in op-ed contributor notes ("X is a professor of law at Y"). A body paragraph can
# introduce an expert the same way, so these count only on the very last body paragraph.
EXPERT_ROLES: tuple[str, ...] = (
    "professor",
    "fellow",
    "lecturer",
    "scholar",
    "economist",
    "director",
    "chairman",
    "founder",
    "president",
    "author",
    "researcher",
    "analyst",
    "attorney",
    "lawyer",
)

# Verbs that describe an author's job without a title ("X covers politics for Y").
AUTHOR_VERBS: tuple[str, ...] = (
    "edits",
    "covers",
    "writes about",
    "writes for",
    "writes on",
    "reports on",
    "reports from",
    "co-hosts",
    "hosts",
)

# Career sentences that follow a bio's first sentence: where the author worked and studied.
CAREER_VERBS: tuple[str, ...] = (
    "worked",
    "joined",
    "has written",
    "wrote for",
    "writes for",
    "has covered",
    "covered",
    "previously",
    "began",
    "started",
    "spent",
    "holds",
    "graduated",
    "studied",
    "has a",
    "is the author",
    "is also",
    "has also",
    "was previously",
    "lives",
)

# Kicker labels that related-headline widgets print before a teaser: a section or format name
# followed by a capitalised headline ("Analysis The ...", "speed read Following ...").
KICKER_LABELS: tuple[str, ...] = (
    "speed read",
    "the explainer",
    "explainer",
    "today's big question",
    "the big question",
    "big question",
    "in the spotlight",
    "talking points",
    "analysis",
    "opinion",
    "in depth",
    "the big picture",
    "fact check",
    "exclusive",
    "breaking",
    "review",
    "interview",
    "in pictures",
    "the latest",
    "instant opinion",
    "feature",
    "podcast",
    "video",
)

# Labels that introduce a list of links to other stories.
RELATED_LABELS: tuple[str, ...] = (
    r"related(?: stories| articles| coverage| content| links| reading| news)?",
    r"more (?:from|on|about|in|stories)\b.{0,60}",
    r"also on\b.{0,40}",
    r"recommended(?: for you| reading| stories)?",
    r"most (?:read|popular|viewed|shared|emailed)",
    r"read (?:next|also)",
    r"see also",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)",
    r"trending(?: now| stories)?",
    r"what to read next",
    r"further reading",
    r"(?:latest|more) (?:stories|headlines|news)",
    r"(?:editor['’]s )?picks",
    r"similar (?:articles|stories|posts)",
)

# Agencies and photo desks that appear alone on a line as a picture credit.
PHOTO_AGENCIES: tuple[str, ...] = (
    "getty",
    "getty images",
    "reuters",
    "ap",
    "afp",
    "epa",
    "shutterstock",
    "alamy",
    "associated press",
    "pa",
    "pa images",
    "bloomberg",
    "ap images",
    "istock",
    "rex",
    "instagram",
    "twitter",
    "x",
    "facebook",
    "youtube",
    "nurphoto",
    "sipa",
    "anadolu",
)

# Notices that address the reader about the site, not the story: cookies and consent, terms
# and privacy, trademarks, reprint permissions, a publisher's standards, affiliate links.
NOTICE_PHRASES: tuple[str, ...] = (
    r"(?:we|this (?:site|website)|our (?:site|website)) uses? cookies",
    r"cookie (?:policy|settings|preferences|notice|consent|banner)",
    r"(?:accept|reject|allow|manage) (?:all )?cookies",
    r"privacy (?:policy|notice|statement|settings|preferences)",
    r"terms (?:of (?:use|service)|and conditions|& conditions)",
    r"(?:manage|withdraw|give|update) (?:your )?consent",
    r"by (?:using|continuing to use|clicking|subscribing|signing up|registering)\b.{0,60}"
    r"\b(?:agree|accept|consent)",
    r"(?:is|are) (?:a )?(?:registered )?trademarks? of",
    r"registered trademarks?",
    r"(?:written )?permission (?:must be obtained|is required)",
    r"may not be (?:published|reproduced|broadcast|rewritten|redistributed|copied)",
    r"without (?:the )?(?:prior |express )?(?:written )?(?:permission|consent) of",
    r"our standards\s*:",
    r"trust principles",
    r"(?:we )?may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)",
    r"affiliate (?:links?|commissions?|partners?)",
    r"associates? program",
    r"earns? (?:revenue|a commission|commissions) (?:from|on|through)",
    r"comments are (?:moderated|reviewed|closed)",
    r"we welcome (?:reader |your )?comments",
    r"(?:libell?ous|defamatory|abusive) or (?:hateful|abusive|offensive|defamatory)",
)
# Paywall notices: a saved page stops at the paywall, so what follows it is its pitch.
PAYWALL_PHRASES: tuple[str, ...] = (
    r"to (?:view|read|see|access|continue reading|keep reading) (?:the |this )?(?:full|entire|"
    r"rest of the|whole) (?:story|article|piece)",
    r"subscribe (?:now )?to (?:continue|keep) reading",
    r"(?:already|are you) a (?:subscriber|member)\b.{0,40}\b(?:log|sign) ?in",
    r"this (?:story|article|content) is (?:available|reserved) (?:only )?(?:to|for) "
    r"(?:subscribers|members)",
)
# Shop and poll widgets: what they print before or as a button.
WIDGET_PHRASES: tuple[str, ...] = (
    r"add to (?:cart|basket|bag|wishlist)",
    r"buy (?:now|it now|tickets)",
    r"shop (?:now|the story|the look)",
    r"(?:in|out of) stock",
    r"free (?:shipping|delivery|returns)",
    r"(?:price|sale price|regular price|our price)\s*:",
    r"(?:vote now|cast your vote|view results|see results|total votes|poll\s*:)",
    r"\d+(?:\.\d+)?% of (?:readers|respondents|voters) (?:voted|chose|said)",
    r"(?:[$£€]\s?\d[\d,.]*\s*){1,2}$",
)
# Comment sections: the header that opens them and the labels of the comment form.
COMMENT_HEADERS: tuple[str, ...] = (
    r"\d+\s+(?:comments?|responses?|replies)",
    r"comments?(?:\s*\(\d+\))?",
    r"(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply|response)",
    r"(?:show|view|read|load) (?:all )?(?:\d+ )?comments",
    r"join the (?:conversation|discussion)",
    r"reader comments",
)
COMMENT_LABELS: tuple[str, ...] = (
    r"your email address will not be published.{0,80}",
    r"required fields are marked.{0,10}",
    r"(?:name|email|e-mail|website|comment)\s*\*",
    r"save my name, email, and website.{0,80}",
    r"notify me of (?:follow-up comments|new posts|new comments).{0,60}",
    r"(?:log|sign) in to (?:comment|reply|leave a comment)",
    r"comments are (?:closed|moderated).{0,80}",
    r"(?:report|flag) (?:abuse|this comment)",
    r"reply",
    r"cancel reply",
)

# --------------------------------------------------------------------------------------------
# Thresholds.
# --------------------------------------------------------------------------------------------

# A promo line needs this score (see promo_score); a line next to a promo needs only the
# lower one, because promos come in blocks (a title line, then a pitch line).
PROMO_THRESHOLD = 4
PROMO_NEIGHBOUR_THRESHOLD = 2
# Promotions are short; a long paragraph is body whatever words it holds.
PROMO_MAX_WORDS = 45
# Subheads are short, the standfirst under the headline longer; question subheads shorter.
SUBHEAD_MAX_WORDS = 15
STANDFIRST_MAX_WORDS = 40
QUESTION_MAX_WORDS = 12
# The headline: "short" when it has at most this many words.
HEADLINE_MAX_WORDS = 25
# A duplicated line counts as a scraped repeat only when it is this long (one-word quotes and
# "Yes." repeat legitimately).
REPEAT_MIN_WORDS = 5
# An author bio sits in the last part of the body.
BIO_TAIL_FRACTION = 0.6
# A teaser block in a related-links list: at most this many lines, each this short; a list is
# the related widget when this share of its blocks are teasers.
RELATED_MAX_WORDS = 40
TEASER_MAX_LINES = 3
TEASER_SHARE = 0.8
LABELLED_LIST_MAX_WORDS = 15
LABELLED_LIST_MAX_LINES = 12
# Notices, contact lines and widgets are short; a long paragraph is body whatever it names.
NOTICE_MAX_WORDS = 80
CONTACT_MAX_WORDS = 50
WIDGET_MAX_WORDS = 20
# A comment section opens in the last part of a page.
COMMENT_TAIL_FRACTION = 0.5
# A run of this many short unfinished lines in a row is a block of teaser headlines.
TEASER_RUN_MIN = 3
TEASER_RUN_MAX_WORDS = 16

# Words a title-case headline leaves in lower case.
SMALL_WORDS = frozenset(
    (
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "by",
        "with",
        "from",
        "as",
        "vs",
        "is",
        "are",
        "be",
        "into",
        "over",
        "after",
        "about",
        "up",
        "out",
        "off",
        "than",
        "its",
    )
)


def alternation(words: tuple[str, ...]) -> str:
    return "|".join(words)
