"""Word lists of rules/acts.py: the senses in which a verb of stance reports a deed.

Counts are from the study split of PolNeAR (the first 724 train articles): stance
attributions newsaudit found there, split by whether annotators marked the same cue and
content ("annotated"), and from the stances found in the first half (by file name) of the
saved web pages of ``../shared/pages``, labelled by hand as view or deed ("pages"; the
labels are kept outside the repository, as the pages are).
"""

# Verbs of perception: seen doing something ("was seen walking down a street") is a
# witnessed deed. PolNeAR: 2 of 5 such stances annotated; pages: 0 of 2.
PERCEPTION_VERBS: frozenset[str] = frozenset({"see"})
# A person or a body seen, with no predicate ("to see him", "will see the minister"), is
# met, not judged (rules/acts._visited). PolNeAR: 9 of 46 such objects of "see" annotated
# (all occurrences, found by newsaudit or not); pages: 0 of 1.

# Verbs of perception with a bare infinitive after their object: one heard or watched
# doing something ("the court heard Hartley admit to it", "I have seen him speak",
# "watched the bill pass") is an event witnessed, not a proposition believed; what the
# one heard said is its own attribution. PolNeAR: 6 of 36 such perception verbs
# annotated as cues (see 4 of 24, watch 1 of 6, hear 1 of 6).
WITNESSING_VERBS: frozenset[str] = frozenset({"hear", "see", "watch"})

# Verbs of naming: an agentless passive ("the resort will be called Camp X", "Peters was
# named high commissioner") gives a thing its name or a person an office, with nobody's
# view behind it. PolNeAR: 1 of 6 annotated (1 more matched under another cue); 4 of 4
# with the name in quotation marks annotated, and kept; pages: 0 of 5.
NAMING_VERBS: frozenset[str] = frozenset({"call", "name"})

# Verbs whose subject can undergo what the object counts ("Ireland could see 2,300 new
# cases a day", "saw 30 applicants"): an experience, not a view. PolNeAR: 0 of 4 annotated
# with a number in the object; pages: 0 of 1.
EXPERIENCE_VERBS: frozenset[str] = frozenset({"see"})

# Entity types of a subject that is a place or a time, where things happen ("Japan is
# seeing a shortage of masks", "the 1990s saw a boom"): it undergoes what it sees.
# PolNeAR: no such stance of "see" (a country's view is seen *as*); pages: 0 of 1.
SETTING_ENTITIES: frozenset[str] = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})

# Entity types of an object that counts or dates something.
AMOUNT_ENTITIES: frozenset[str] = frozenset(
    {"MONEY", "QUANTITY", "CARDINAL", "PERCENT", "DATE", "TIME", "ORDINAL"}
)

# Particles that make a verb of stance another verb, of doing ("ripped up the vine",
# "backing up their endorsements", "ordered up an analysis", "write off costs", "sought
# after free agents"). "down" is not one ("doubled down on his comments" is a stance: 4
# of 9 annotated), nor "out" ("called out", "tweeted out"). PolNeAR: 1 of 10 with "up",
# "off" or "after" annotated (2 more matched under another cue); pages: 0 of 1.
DEED_PARTICLES: frozenset[str] = frozenset({"up", "off", "after"})

# Verbs whose object handed "to" an authority is a notice given, not a view ("the
# hospital reported the theft to the police"). PolNeAR: 0 of 6 "report X to Y" annotated
# (``benchmarks/cue_frames.py``); pages: 0 of 1.
NOTICE_VERBS: frozenset[str] = frozenset({"report"})

# Entity types of a time: a content that is only a time says when, not what ("talked
# today", "a statement on Tuesday", "remarks over the years"). PolNeAR: 1 of 17 such
# stances annotated ("invoked the Sept. 11"), 1 more matched under another cue; pages: 0
# of 1.
TIME_ENTITIES: frozenset[str] = frozenset({"DATE", "TIME"})
# Prepositions that make a time the topic ("talked about the decades", annotated).
TOPIC_PREPOSITIONS: frozenset[str] = frozenset({"about", "of"})
