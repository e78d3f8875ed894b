"""Which news outlet a mention names, directly or indirectly.

An outlet is named by its gazetteer name or alias ("AP", "The Associated Press"), by the
last word of a name given before ("the Post" after "The Washington Post"), by a descriptor
("the news wire", "the daily"), or through what it makes and who works for it: "a CNN
poll", "an analysis by The Post", "a March Bloomberg article", "ABC moderator David Muir",
and a paper the gazetteer lacks, by the shape of its name ("a poll for the Ledger").
``sources.Resolver`` decides what the mention refers to; this module only reads names.
"""

from __future__ import annotations

import re
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import replace

from newsaudit.data import builtin_kinds, lexicon, normalise_name
from newsaudit.mention_kinds import PLACE_LABELS, apposed
from newsaudit.rules.base import Mention
from newsaudit.textutil import strip_det

# Descriptor heads that name a news outlet even when none was cited before ("the agency"
# or "the network" may as well be a government body or a company).
SURELY_OUTLETS = frozenset(
    {"newspaper", "paper", "broadcaster", "magazine", "tabloid", "newswire", "publication"}
)
# Descriptors of two words or more ("TV station", "news site", "state television", "wire
# service"): outlets however they are introduced, "a local TV station" as "the network".
COMPOUND_DESCRIPTORS = frozenset(d for d in lexicon.OUTLET_DESCRIPTORS if " " in d)
# The words of descriptors ("state", "local", "news", "cable").
DESCRIPTOR_WORDS = frozenset(w for d in lexicon.OUTLET_DESCRIPTORS for w in d.split())
# First or last words of an outlet's name that make it a broadcaster when the gazetteer
# does not know it ("Radio Liberty Bitola", "WEBK TV").
BROADCAST_NAME_WORDS = frozenset({"tv", "radio", "television"})
# What outlets make and publish, polls and counts included.
WORKS = lexicon.PUBLISHED_WORKS | {"average", "count", "forecast", "tally"}
# What a headline calls an outlet by a bare capitalised word ("Network defends its
# anchor"): the outlet the article names.
HEADLINE_OUTLETS = SURELY_OUTLETS | frozenset({"network", "channel", "station", "daily"})
# Words a title before a name says an outlet by, besides the sure heads ("the Brazilian
# daily Folha Nova"; "the network" before a name may be a charity's).
TITLE_OUTLETS = frozenset({"daily", "weekly"})
# Heads that name only outlets after a name or before it, less those that also name a
# piece of work ("The Long Shadow, a paper by two economists").
OUTLET_ONLY_HEADS = SURELY_OUTLETS - {"paper", "publication"} | TITLE_OUTLETS
# Plural heads that name unnamed outlets as a group ("news outlets said", "networks").
GROUP_OF_OUTLETS = frozenset({"outlets", "networks", "newspapers", "broadcasters", "papers"})
# A US broadcaster's call sign: K or W and three letters ("KTLA", "WKOW"), or two or three
# with the service after a hyphen ("WBZ-TV", "WBUR-FM"). Stations are far too many for a
# gazetteer, and local ones are cited as often as networks in US politics news.
CALL_SIGN = re.compile(r"[KW][A-Z]{3}|[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)")
# Words that put an office in the past ("former", "ex-"), and those that end the phrase
# they govern ("and current", "now", a comma).
FORMER = re.compile(r"\b(?:former|ex-|onetime|one-time)", re.IGNORECASE)
PRESENT = re.compile(r"\b(?:and|current|currently|now)\b|[,;]", re.IGNORECASE)
# A channel named by its number ("Channel 12", "Channel 4"), as broadcasters are in many
# countries.
NUMBERED_CHANNEL = re.compile(r"Channel \d{1,3}")
# A network's local station, named by the network and its channel number ("ABC13", "NBC
# 4", "FOX 5", "Fox 5"): an outlet of its own, written as the article does.
AFFILIATE = re.compile(r"([A-Z][A-Za-z]{1,4}) ?\d{1,2}")
# One capitalised word right before a newsroom job, a modifier perhaps between: "Slate
# columnist David Auerbach", "a Time reporter", "The Slate technology columnist".
STAFF_OF = re.compile(
    r"\b([A-Z][a-z]+) (?:[a-z]+ )?"
    r"(?:columnist|reporter|writer|editor|correspondent|critic|contributor)s?\b"
)
# What a title that is an ordinary word takes to name its outlet ("Slate magazine",
# "Salon.com"): the gazetteer keeps no alias "Slate" or "Time".
TITLE_SUFFIXES = (" magazine", ".com")
# Last words of a newspaper's name ("Ledger", "Gazette"), but not "News" or "TV": "The
# White House News" is no paper.
OUTLET_WORDS = lexicon.OUTLET_NAME_WORDS - {"news", "tv", "radio", "daily"}


class OutletNames:
    """The gazetteer, and the outlets a document names, in text order."""

    def __init__(
        self,
        outlets: dict[str, str],
        names: list[Mention],
        publisher: str | None = None,
        text: str = "",
    ) -> None:
        # the gazetteer, and the names this document describes as outlets ("Kvällsbladet,
        # a Swedish tabloid"), which every later mention of the name then finds
        described = {
            normalise_name(n): n for m in names if (n := self.described(m) or _apposed(m, text))
        }
        self.outlets: Mapping[str, str] = ChainMap(outlets, described) if described else outlets
        # the outlet whose page this is, as its metadata names it ("The Lakeshore Gazette"),
        # with the forms it is matched by, worked out once
        self.publisher = publisher
        own = normalise_name(publisher) if publisher else ""
        canonical = outlets.get(own)
        self._own_names = {own} | ({normalise_name(canonical)} if canonical else set())
        self._own_words = strip_det(publisher).lower().split() if publisher else []
        # outlets named anywhere before a mention, cited or not, with where they stand
        self.named = [(m.start, name) for m in names if (name := self.name_of(m)) is not None]

    def kind_of(self, name: str) -> str | None:
        """What kind of outlet a name is (press, magazine, broadcast, agency, online): the
        gazetteer's kind, else the one its last word or a descriptor's head tells; None
        when nothing tells."""
        kind = builtin_kinds().get(name)
        if kind is not None:
            return kind
        words = name.lower().split()
        last = words[-1] if words else ""
        if call_sign(name) or {words[0], last} & BROADCAST_NAME_WORDS:
            return "broadcast"
        if last == "magazine":
            return "magazine"
        if last in OUTLET_WORDS:
            return "press"
        kinds = lexicon.OUTLET_KINDS_OF_HEAD.get(last)
        return next(iter(kinds)) if kinds is not None and len(kinds) == 1 else None

    def fits(self, head: str, name: str) -> bool:
        """Whether a descriptor with this head can point back to the outlet named ``name``:
        "the network" to CNN, "the daily" to a paper, never "the magazine" to CNN. A head
        that fits any outlet ("outlet", "publication") or a name of no known kind fits."""
        kinds = lexicon.OUTLET_KINDS_OF_HEAD.get(head)
        kind = self.kind_of(name)
        return kinds is None or kind is None or kind in kinds

    def name_of(self, mention: Mention) -> str | None:
        """The canonical outlet name of a mention, if the gazetteer knows it."""
        if not mention.text[:1].isupper() and not mention.text.lower().startswith("the "):
            return None
        # "Israel's Channel 12": the outlet after the country that owns it
        owned = re.split(r"['’]s ", mention.text, maxsplit=1)[-1]
        candidates = (mention.text, mention.name or "", _without_descriptor(mention.text), owned)
        for candidate in filter(_capitalised, candidates):
            name = (
                self.outlets.get(normalise_name(candidate))
                or call_sign(candidate)
                or (candidate if NUMBERED_CHANNEL.fullmatch(candidate) else None)
                or self._affiliate(candidate)
            )
            if name:
                return name
        return None

    def _affiliate(self, text: str) -> str | None:
        """A network's local station ("ABC13", "FOX 5"), if the network is an outlet."""
        found = AFFILIATE.fullmatch(text)
        return text if found and normalise_name(found.group(1)) in self.outlets else None

    def publishes(self, name: str) -> bool:
        """Whether an outlet name is the page's own publisher: its name, the gazetteer's
        name for it, or its last words ("the Gazette" for "The Lakeshore Gazette")."""
        if not self.publisher:
            return False
        if normalise_name(name) in self._own_names:
            return True
        words = strip_det(name).lower().split()
        own_words = self._own_words
        return 0 < len(words) < len(own_words) and own_words[-len(words) :] == words

    def obtained_by_publisher(self, m: Mention) -> bool:
        """ "Records obtained by the Gazette" on the Gazette's own page: the paper's own
        reporting, in which the records speak. The publisher is named only in a clause on
        the document ("obtained by", "seen by"), not as its maker ("a Gazette analysis",
        "an analysis by the Gazette"), which stays the paper's own finding."""
        if m.proper or m.head not in lexicon.DOCUMENT_HEADS:
            return False
        said = f"{m.text} {m.role or ''}".lower()
        return any(self.publishes(run) and run.lower() not in said for run in m.affiliations)

    def named_before(self, offset: int, head: str = "") -> str | None:
        """The outlet named last before an offset (of a kind a descriptor's ``head`` fits)."""
        before = [name for start, name in self.named if start < offset and self.fits(head, name)]
        return before[-1] if before else None

    def named_after(self, offset: int) -> str | None:
        """The outlet named first after an offset (a headline's "Network" is the one the
        article goes on to name)."""
        return next((name for start, name in self.named if start > offset), None)

    def short_form(self, m: Mention, cited: list[str]) -> str | None:
        """ "The Post", "the Times", "the Journal": the last word of an outlet named
        before, or of one cited (``cited``: names, the latest first)."""
        words = m.text.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1][:1].isupper():
            return None
        for _, name in reversed([o for o in self.named if o[0] < m.start]):
            if name.split()[-1] == words[1]:
                return name
        return next((name for name in cited if name.split()[-1] == words[1]), None)

    def affiliated(self, m: Mention) -> str | None:
        """The outlet behind a mention's product or staff: "a CNN poll", "an analysis by
        The Post", "Washington Post columnist Ruth Marcus", "a report from WKOW"; not an
        outlet someone used to work for ("Jim Rich, a former editor of the Daily News")."""
        m = replace(m, affiliations=tuple(r for r in m.affiliations if not _formerly(m, r)))
        for run in m.affiliations:
            words = run.split()
            own = m.name is not None and run in m.name
            if m.name and not own and run.endswith(f" {m.name}"):
                # "Harbour City Mayor Don Guardian": the words before the person's own
                # name may name an outlet, the surname is no outlet (The Guardian)
                words = words[: -len(m.name.split())]
            name = self._in_run(words, own_name=own)
            if name:
                return name
        if m.affiliations and (name := self.made_by(m)):
            return name
        # one word of a title: "a Times/Siena poll" or "Times reporter Maggie Haberman"
        # after The New York Times; on a poll or an article, also a title said with "the"
        # ("an Economist/YouGov poll"), but not on a person ("a Hill staffer")
        # (the tagger may take "Times" before "reporter" for a common noun)
        titled = [w for w in (m.title or "").split() if w[:1].isupper()]
        for run in (*m.affiliations, *titled):
            if " " not in run and (name := self._title_word(run, m.start, _work(m))):
                return name
        if (name := self._bare_title(m)) is not None:
            return name
        # a paper the gazetteer does not know, by the shape of its name: "a poll for the
        # Ledger", "the Eastbrook Gazette's reporter", "a Hollis Courier poll" (a name of
        # two words or more, not the speaker's own: "Jane Post" is a person)
        for run in m.affiliations:
            words = run.split()
            if len(words) > 1 and words[0] == "The" and _paper_shaped(words):
                return " ".join(words[1:])
            own = m.name is not None and run in m.name
            if len(words) > 1 and not own and _paper_shaped(words):
                return run
        return None

    def _bare_title(self, m: Mention) -> str | None:
        """ "Slate columnist David Auerbach", "Ana Lund, a Time reporter,": a capitalised
        word right before a newsroom job names the outlet whose title it is with
        "magazine" or ".com", as it does not on its own ("slate", "time")."""
        match = STAFF_OF.search(m.text) or STAFF_OF.search(m.role or "")
        if match is None:
            return None
        for suffix in TITLE_SUFFIXES:
            name = self.outlets.get(normalise_name(match.group(1) + suffix))
            if name is not None:
                return name
        return None

    def appositive(self, m: Mention) -> str | None:
        """The outlet a description names beside it: "the news site Axios", "the
        conservative website Breitbart", "the liberal magazine Mother Jones". A name the
        gazetteer does not know is an outlet only beside a description that can be nothing
        else ("the news site Semafor"; not "the agency FEMA", "the website GunBroker.com")."""
        role = (m.role or "").split(";")[0].strip()
        words = role.split()
        if not words:
            # the parser may make the name a second subject ("the newspaper Haaretz
            # reported"): an outlet named right after the description is its name
            return next((name for start, name in self.named if m.end < start <= m.end + 1), None)
        if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            return None
        surely = m.head in SURELY_OUTLETS or "news" in m.text.lower().split()
        return self._in_run(words, own_name=False) or (role if surely else None)

    def titled(self, m: Mention) -> str | None:
        """An outlet the gazetteer lacks, named by the title before its descriptor: "Family
        Circle magazine", "the Quayside Clarion newspaper" (a name the tagger calls an
        organization; "a Brooklyn newspaper" is a place's, "an Israeli newspaper" a
        country's, and names none)."""
        if m.label != "ORG" or not m.affiliations or m.text.split()[0].lower() in ("a", "an"):
            return None
        return strip_det(max(m.affiliations, key=len))

    def described(self, m: Mention) -> str | None:
        """A name the gazetteer lacks, after a title that can only describe an outlet:
        "Portuguese newspaper Correio da Tarde", "local broadcaster Canal Nove", "the
        Brazilian daily Folha Nova" ("network" or "station" may be anyone's)."""
        words = (m.title or "").lower().split()
        return m.name if m.proper and m.name and _outlet_descriptor(words) else None

    def _title_word(self, word: str, offset: int, titled: bool) -> str | None:
        """The outlet one capitalised word stands for: the last word of one named before
        ("Times" after "The New York Times"), or, if ``titled``, a title said with "the"
        ("Economist")."""
        for _, name in reversed([o for o in self.named if o[0] < offset]):
            if name.split()[-1] == word:
                return name
        return self.outlets.get(normalise_name(f"the {word}")) if titled else None

    def addressee(self, m: Mention) -> str | None:
        """The paper a relay's addressee names by the shape of its name, even without
        "the": words told to a "Fenwick Herald" went to a paper (in "told the _Fenwick
        Herald_" markup parts the name from its article)."""
        words = (m.name or "").split()
        # a name of two words or more: "Herald" alone may be a surname
        return " ".join(words) if m.proper and len(words) > 1 and _paper_shaped(words) else None

    def _in_run(self, words: list[str], own_name: bool) -> str | None:
        """The outlet a run of proper nouns names. Longest prefix first: "Breitbart
        California" is Breitbart. Outside a person's own name (Michael Bloomberg), also
        without leading words, "a March Bloomberg article", and a network's initials,
        "ABC moderator", are its news division; with a channel number, "NBC 4", its local
        station."""
        for first in range(1 if own_name else len(words)):
            for n in range(len(words), first, -1):
                part = " ".join(words[first:n])
                if (first, n) != (0, len(words)) and _common_word_title(words[first:n]):
                    continue  # "the Independent Vermont senator" is no staff of The Independent
                if part[:1].islower():
                    continue  # "ap Gwilym", a Welsh name, is not the AP ("+972 Magazine" is)
                name = self.outlets.get(normalise_name(part)) or self._affiliate(part)
                if name is not None and name.isupper() and not part.isupper():
                    continue  # "the Rt Hon Keith Mitchell": "Rt" is no RT, as "Ap" is no AP
                if name is None and not own_name and part.isupper() and len(part) <= 5:
                    name = self.outlets.get(normalise_name(part + " News"))  # "ABC"
                if name:
                    return name
        return None

    def made_by(self, m: Mention) -> str | None:
        """A station named by its call sign in a mention's words ("a WBZ-TV report", "a
        report Monday from KTLA"), which the runs of proper nouns split at the hyphen."""
        for word in m.text.split() + (m.role or "").split():
            name = call_sign(word.strip(",;:()"))
            if name:
                return name
        return None


def _formerly(m: Mention, run: str) -> bool:
    """Whether a mention names an outlet as a past employer ("Former Breitbart reporter
    Michelle Fields", "a conservative economist and former member of the Journal's
    editorial board"): whoever left a newsroom speaks for themselves, not for it; but
    "the former White House aide and current ABC News anchor" works there."""
    for text in (m.text, m.role or ""):
        at = text.lower().find(run.lower())  # "The Post" is "the Post" in the text
        if at >= 0:
            return FORMER.search(PRESENT.split(text[:at])[-1]) is not None
    return False


def _common_word_title(words: list[str]) -> bool:
    """ "The Independent", "The Hill", "The Nation": a title of "the" and one word, which
    inside a longer run of names is that word's plain sense ("the Independent Vermont
    senator")."""
    return len(words) == 2 and words[0] == "The"


def _outlet_descriptor(words: list[str]) -> bool:
    """Whether a description (lower-case words) ends in a head that names only outlets:
    "portuguese newspaper", "a swedish tabloid", "a local news site"."""
    return bool(words) and (
        words[-1] in OUTLET_ONLY_HEADS or " ".join(words[-2:]) in COMPOUND_DESCRIPTORS
    )


def _apposed(m: Mention, text: str) -> str | None:
    """A name the gazetteer lacks that the apposition right after it describes as an
    outlet: "Kvällsbladet, a Swedish tabloid", "Harbor Watch, a local news site, said"
    (the parser may hang an apposition on a nearby place or person: "the largest paper in
    Israel, a free daily", so a place is never one, and the description must follow the
    name itself)."""
    if not (m.proper and m.name and m.role) or m.label in PLACE_LABELS:
        return None
    if not text[m.end :].lstrip(" ,").startswith(m.role.split(";")[0].strip()[:20]):
        return None
    return m.name if _outlet_descriptor(apposed(m)) else None


def call_sign(text: str) -> str | None:
    """The station a call sign names ("KQED", "WKOW-TV's"), written as the article does."""
    text = text.removesuffix("'s").removesuffix("’s")
    if not CALL_SIGN.fullmatch(text) or text.lower() in lexicon.CALL_SIGN_LOOKALIKES:
        return None
    return text


def _without_descriptor(text: str) -> str:
    """ "the Associated Press news agency", "The Gleaner newspaper", "the state-run Global
    Times tabloid": the name without what comes before and after it to say what it is."""
    words = text.split()
    if words and words[0].lower() == "the":
        # "the nationalist Global Times": the words before the name describe it
        lead = next((i for i, w in enumerate(words) if w[:1].isupper() and i > 0), 0)
        words = words[lead:] if lead > 1 and all(w.islower() for w in words[1:lead]) else words
    while len(words) > 1 and words[-1].islower():
        tail = words[-1]
        if tail not in lexicon.OUTLET_DESCRIPTORS and tail != "news":
            break
        words.pop()
    return " ".join(words)


def _work(m: Mention) -> bool:
    """Whether a mention is a work an outlet makes ("a poll", "the surveys")."""
    return not m.proper and (m.head in WORKS or m.head.removesuffix("s") in WORKS)


def _paper_shaped(words: list[str]) -> bool:
    # "the Ledger", "Hollis Courier": a name ending in a newspaper word
    return words[-1].lower() in OUTLET_WORDS


def _capitalised(text: str) -> bool:
    """Whether a mention is written as a name: its first word after an article starts
    with a capital or a digit. "the Economist" names the weekly; "the economist" and
    "The guardian of the trust" are people an outlet's name happens to spell."""
    first = strip_det(text)[:1]
    return first.isupper() or first.isdigit()
