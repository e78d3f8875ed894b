"""Markers of contestable claims, for ranking unattributed sentences (see rules/claims.py).

Phrases are matched as lower-cased, space-separated tokens, so "behind closed doors"
matches the tokens of the sentence, not a substring of a word.
"""

# Adverbs that pass on hearsay without saying whose: the claim has a source, unnamed.
HEDGES = frozenset(
    {
        "reportedly",
        "allegedly",
        "purportedly",
        "supposedly",
        "reputedly",
        "rumoredly",
    }
)

# Nouns of news passed on, whose "that" clause is what the news says ("amid reports that
# the plant will close"): with an issuer named ("a CNN report that", "the auditor's report
# that") the sentence is sourced; with none it is hearsay, as "reportedly" is. PolNeAR
# train annotates the noun as a cue once in 10 (study split), too seldom to read it as an
# attribution of its own.
REPORT_NOUNS = frozenset({"report"})

# Acts only an insider could know of: an unsourced report of one is the gravest gap.
PRIVATE_ACTS = frozenset(
    {
        "privately",
        "secretly",
        "behind closed doors",
        "in private",
        "covertly",
        "quietly urged",
        "quietly told",
        "quietly asked",
        "in secret",
        "confidentially",
        "off the record",
        "secret talks",
        "secret meeting",
        "private meeting",
        "private talks",
        "leaked",
        "behind the scenes",
        "under wraps",
    }
)
# Settings out of public view that, said of how an event is held ("the games will be
# played behind closed doors", "the funeral will be in private"), tell its form -- no
# crowd, no press -- rather than an act only an insider could know of.
CLOSED_SETTINGS = frozenset({"behind closed doors", "in private"})
# Verbs that say how an event is held, not what someone did.
HOLDING_VERBS = frozenset({"be", "play", "hold", "stage", "host", "take", "conduct"})
# Past participles that "privately" turns into a kind of ownership or funding ("a
# privately held company", "privately funded research"), not an act done in secret.
PRIVATE_KINDS = frozenset({"hold", "own", "fund", "finance", "run", "operate", "educate"})

# Verbs of saying whose noun object is the news they pass on, not a target they judge:
# "announced the creation of a commission" says that one is created, "admitted to the
# affair" that there was one, "disclosed the payments" that they were made ("denied the
# allegations", "praised the plan" take a stance). A speech corpus marks these as
# reported speech. So do verbs of putting weight on a point: "stressed the need for
# talks" says talks are needed, "highlighted the risk of flooding" that there is one,
# "noted the rise in fares" that fares rose.
INFORMING_VERBS = frozenset(
    {"announce", "disclose", "detail", "outline", "report", "declare", "explain", "recount"}
    | {"confirm", "acknowledge", "admit", "state"}
    | {"emphasize", "emphasise", "stress", "underscore", "highlight", "reiterate", "note"}
)

# A call for something is a demand put into words: "called for calm" and "calls for a
# ban" say there should be calm or a ban, as "called on the board to resign" tells it
# to (on the studied pages with speech annotation, 5 of 5 such stances are annotated as
# speech). The cues as the lexicon has them, and the frames that make them a call.
CALLS = frozenset({"call", "call for", "call on"})
CALL_FRAMES = frozenset({"for", "on", "prepobj"})

# Verbs of refusing to speak: "declined to comment", "refused to say whether …" report
# that someone did not say what the infinitive names, a stance taken toward the question,
# not words given. PolNeAR annotates them (study: 28 of 28 "declined to comment"), but
# no speech corpus marks them as speech.
REFUSALS = frozenset({"decline", "refuse"})

# Verbs that put a question to someone, with the participle of the passive ("Asked about
# the levy, she said", "when pressed on the date"): the interviewer, unnamed, asks and
# asserts nothing.
QUESTION_PUT = {
    "ask": "asked",
    "press": "pressed",
    "question": "questioned",
    "quiz": "quizzed",
    "challenge": "challenged",
}

# A trade of favours ("offered … in exchange for his vote"): passed on as hearsay with no
# source, it alleges a deal made out of public view, as grave as a private act.
TRADES = frozenset({"in exchange for", "in return for"})

# Claims of cause and effect, which the writer asserts rather than observes.
CAUSAL = frozenset(
    {
        "because",
        "because of",
        "due to",
        "led to",
        "leads to",
        "lead to",
        "caused",
        "causes",
        "resulted in",
        "results in",
        "as a result",
        "thanks to",
        "fuels",
        "fuelled",
        "fueled",
        "triggered",
        "sparked",
        "drove",
        "driven by",
        "blamed on",
        "owing to",
        "in order to",
        "so that",
    }
)

# Predictions: the future is never a fact. The modals of the future are read as words
# (FUTURE_MODALS, "will" the auxiliary and not "political will"), these as phrases.
PREDICTIVE = frozenset(
    {
        "could",
        "may prove",
        "might",
        "is expected to",
        "are expected to",
        "is likely to",
        "are likely to",
        "likely",
        "is set to",
        "are set to",
        "is poised to",
        "going to",
        "forecast",
        "set to become",
    }
)
FUTURE_MODALS = frozenset({"will", "would", "'ll", "wo"})  # "wo" of "won't"
# What a plan or a programme "will" do is what was arranged, not a forecast ("The project
# will involve five years of exhibitions", "The funeral will be held at the temple", "it
# would be located at the lake"): the verbs of a plan's contents, and the passives of
# setting a time, a place or a name. On the PolNeAR study split these follow "will" or
# "would" 11 times, each in a plan or a schedule; the 10 "prediction" flags on 30 real
# pages read by hand included 4 such arrangements.
ARRANGEMENTS = frozenset({"involve", "include", "feature", "comprise", "consist"})
ARRANGED_PASSIVES = frozenset({"hold", "locate", "base", "call", "name", "schedule", "stage"})

# Judgements and loaded characterisations.
EVALUATIVE = frozenset(
    {
        "huge",
        "major",
        "crucial",
        "critical",
        "significant",
        "significantly",
        "devastating",
        "illegal",
        "illegally",
        "unlawful",
        "unlawfully",
        "disastrous",
        "catastrophic",
        "massive",
        "dramatic",
        "dramatically",
        "shocking",
        "unprecedented",
        "historic",
        "key",
        "vital",
        "vitally",
        "symbolic",
        "blow",
        "failure",
        "failed",
        "success",
        "successful",
        "dangerous",
        "controversial",
        "notorious",
        "infamous",
        "brutal",
        "landmark",
        "disgraceful",
        "corrupt",
        "reckless",
        "radical",
        "extremist",
        "extreme",
        "damaging",
        "embarrassing",
        "humiliating",
        "stunning",
        "staggering",
        "alarming",
        "troubling",
        "worrying",
        "strategically",
        "strategic",
        "important",
        "importance",
        "essential",
        "weak",
        "weakness",
        "strong",
        "strongly",
        "clearly",
        "obviously",
        "undoubtedly",
        "surely",
        "inevitable",
        "inevitably",
        "baseless",
        "false",
        "falsely",
        "misleading",
        "lie",
        "lies",
        "lied",
        "troubles",
    }
)

# Words that mark a sentence as someone's account though the cue lexicon lacks them
# ("singled out", "sided with", "repeatedly", "openly"): the lemmas (with their part of
# speech) outside data/cues.tsv that PolNeAR train annotates as part of a cue at least 5
# times and in at least half of their occurrences ("according" is the according rule's,
# "reportedly" a hedge). PolNeAR's other unlexicalised cues are a flat tail (stances and
# acts: "imposed", "repealed", "came out against"), none frequent enough to choose.
ATTRIBUTING = frozenset(
    {
        ("repeatedly", "ADV"),
        ("order", "VERB"),
        ("openly", "ADV"),
        ("officially", "ADV"),
        ("chant", "NOUN"),
        ("anger", "VERB"),
        ("explicitly", "ADV"),
        ("forcefully", "ADV"),
        ("side", "VERB"),
        ("enthusiastically", "ADV"),
        ("brush", "VERB"),
        ("single", "VERB"),
    }
)

# Nouns of measured opinion whose "in" phrase names the evidence a sentence rests on
# ("leads by 8 points in the latest poll"). On PolNeAR train annotators mark "in" as the
# cue before "poll" (36 of 123) and "survey" (7 of 17); other document nouns after "in",
# "by" or "from" ("in a report", "from a study") are marked at most once each.
EVIDENCE_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})

# Adjectives that say whether something is known. With an expletive or clausal subject
# and a negation, a negative prefix or an open question ("it is unclear whether", "it is
# not known if", "whether … is uncertain") the sentence says a point is open: it asserts
# nothing. "It is clear that …" asserts its clause, so "clear" counts only when negated.
KNOWLEDGE_ADJECTIVES = frozenset({"clear", "known", "certain", "unclear", "unknown", "uncertain"})
UNKNOWN_ADJECTIVES = frozenset({"unclear", "unknown", "uncertain"})
QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "who", "where", "which"})

# Prepositions that carry what a predicative adjective's attitude is about ("shy about
# Wall Street", "bent on winning"). On PolNeAR train an adjective outside the cue
# lexicon, said of a person or body with one of these, is marked as a cue in 18 of 41
# cases ("about" 12/26, "on" 6/15); with "of" ("short of", "guilty of"), "with", "to" or
# "for" in at most a quarter: those are left out.
ATTITUDE_PREPOSITIONS = frozenset({"about", "on"})

# Verbs whose agentless passive passes on hearsay ("is said to", "is believed", "an
# estimated", "is blamed on", "had been projected to bring in $4 billion").
HEARSAY_PASSIVES = frozenset(
    {
        "say",
        "report",
        "believe",
        "think",
        "estimate",
        "project",
        "forecast",
        "predict",
        "allege",
        "rumor",
        "rumour",
        "understand",
        "suppose",
        "claim",
        "blame",
        "tell",
        "fear",
        "consider",
    }
)
# The participles whose passive with no one named passes on someone's word: "is said
# to", "it is believed", "is alleged to have", "it was learned", "is expected to bring in
# $640,000" (a projection), "has been described as 'a fight for …'", "is accused of".
# Not a passive act ("was admitted to a hospital", "are named after", "were not
# nominated"), nor a weather forecast or an instruction ("told to self-isolate"), which
# real pages showed flagged to no use.
HEARSAY_PARTICIPLES = frozenset(
    {"said", "reported", "believed", "thought", "estimated", "projected", "predicted"}
    | {"alleged", "rumored", "rumoured", "understood", "supposed", "claimed", "blamed"}
    | {"feared", "considered", "expected", "learned", "learnt", "accused"}
    | {"described", "called", "labeled", "labelled", "dubbed", "branded", "termed"}
    | {"characterized", "characterised", "portrayed"}
)
# Cues of belief that tell what someone perceived, knew, meant or set out to do, not a
# view they hold: an unnamed subject of these ("a worker noticed", "customers who sought
# to pay") is the writer's account of them, no anonymous source.
NOT_VOUCHING = frozenset(
    {"notice", "see", "perceive", "realise", "realize", "recognise", "recognize", "know"}
    | {"remember", "forget", "overlook", "ignore", "learn", "hear"}
    | {"aim", "attempt", "hope", "hop", "intend", "plan", "seek", "strive", "try", "want"}
    | {"wish", "choose", "decide", "pick", "select", "commit", "pursue", "look", "lean"}
)
# Verbs by which an outlet passes on what its own unnamed sources told it ("Kaieteur
# News understands that …", "The Herald has learnt that …").
OWN_SOURCING = frozenset({"understand", "learn"})

# Acts on the public record, which a sentence may state without a source (wire style:
# what a court, a legislature or a government did through its formal power can be looked
# up). Verbs whose every sense is such an act, from FrameNet's Verdict, Sentencing,
# Fining, Rescinding, Legalization and Prohibiting frames: whoever does them acts in office.
OFFICIAL_ACTS = frozenset(
    {
        "acquit",
        "convict",
        "sentence",
        "indict",
        "fine",
        "jail",
        "imprison",
        "pardon",
        "impeach",
        "extradite",
        "repeal",
        "rescind",
        "revoke",
        "annul",
        "enact",
        "ratify",
        "veto",
        "outlaw",
        "legalize",
        "legalise",
    }
)
# Verbs of putting in force or taking out of it, official only with an instrument of
# public authority as their object ("imposed sanctions", "lifted the curfew", "passed
# the bill", "signed an executive order"; not "lifted the box", "passed the ball").
INSTRUMENT_ACTS = frozenset({"impose", "lift", "pass", "sign", "adopt", "extend"})
PUBLIC_INSTRUMENTS = frozenset(
    {
        "sanction",
        "curfew",
        "ban",
        "embargo",
        "tariff",
        "restriction",
        "penalty",
        "fine",
        "moratorium",
        "law",
        "bill",
        "legislation",
        "measure",
        "resolution",
        "amendment",
        "ordinance",
        "regulation",
        "order",
        "decree",
        "treaty",
        "budget",
        "lockdown",
        "mandate",
    }
)
