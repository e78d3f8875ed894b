"""Which language a document is written in, from its scripts and its function words.

newsaudit's rules and model are English; on other languages they flag nearly every
sentence. Function words (articles, pronouns, prepositions, auxiliaries) are the most
frequent words of every language and differ between them, so the share of running words
found on each language's list of its most frequent function words tells the language apart
from a few dozen words on. Scripts without such lists (Arabic, Chinese, Japanese, ...) are
told by their letters. Measured on 103 real news pages (``benchmarks/pages.py``): right on all.
"""

from __future__ import annotations

import re
import unicodedata

ENGLISH = "en"
# A text in none of the languages this module can name: BCP 47's "undetermined".
UNDETERMINED = "und"
# Fewer running words than this is too little evidence: the text is taken as English.
MIN_WORDS = 20
# A text is in another language when that language's function words outnumber English
# ones by this factor (English news runs at 0.2 to 0.45 of its words on its list).
MARGIN = 2.0
# Below this share of its function words a text is not in that language: the fewest in
# an English text seen are 0.17 (PolNeAR, 840 articles) and 0.24 (88 real pages); Czech
# or Turkish text runs at 0 to 0.05 on the English list.
FUNCTION_WORD_FLOOR = 0.1
# Share of letters in a non-Latin script that makes the text that script's language.
SCRIPT_SHARE = 0.5
# Japanese writes grammar in kana: a tenth of its CJK letters at least (Chinese has none).
KANA_SHARE = 0.1

# The most frequent function words of each language (each list from the top of the
# language's word-frequency list, content words left out). Words shared with English
# ("a", "in", "on") are left out of the other lists.
_FUNCTION_WORDS = """
en the of and to a in is that for it was on with as he be by at are this from but have has
en had not they his her an which will would were been their said or who its she we there
en can also more after about than when
de der die das und ist nicht sich mit den dem des ein eine einer auf für von zu auch im sie
de es wir ich wird werden hat haben sind bei nach aus wie noch oder aber nur über vor dass
de wurde zum zur
fr le la les et des du un une est dans pour que qui pas sur au aux avec ce cette il elle ont
fr sont été par plus ne se son sa ses leur mais ou comme nous vous
es el la los las y de del que en un una es por con para se su sus al lo como más pero fue
es ha han este esta son ya muy sobre entre también
pt o os as e do da dos das que em um uma é com não para por se mais foi ao como mas seu sua
pt são está também pelo pela nos ou
it il lo la gli le di e che del della è un una per con non si sono al alla dei delle nel
it nella da ha anche come più ma questo
nl de het een en van dat op te zijn niet met voor die er ook aan bij om door als maar wordt
nl naar heeft nog worden uit dan
pl i w z na się nie że do jest to o jak po od za przez dla ale są tak jego jej który która
pl oraz także być może tym
fi ja on ei se että oli ovat mutta kun myös hän joka tai jo kuin sen ole nyt vain mukaan
fi olla niin sekä voi ollut
sv och att det som är på för med av den till har inte om ett var ska de sig men kan vid
sv också efter
"""


def _word_lists(table: str) -> dict[str, frozenset[str]]:
    """``{language: words}`` from lines of a language code followed by words."""
    lists: dict[str, set[str]] = {}
    for line in table.strip().splitlines():
        lang, *words = line.split()
        lists.setdefault(lang, set()).update(words)
    return {lang: frozenset(words) for lang, words in lists.items()}


FUNCTION_WORDS = _word_lists(_FUNCTION_WORDS)

# Scripts named in Unicode character names, and the language a text mostly in them is in.
SCRIPTS: tuple[tuple[str, str], ...] = (
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("CJK", "zh"),
    ("HANGUL", "ko"),
    ("CYRILLIC", "ru"),
    ("ARABIC", "ar"),
    ("HEBREW", "he"),
    ("GREEK", "el"),
    ("DEVANAGARI", "hi"),
    ("THAI", "th"),
)

# Names for people, of the languages this module can tell.
NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "fi": "Finnish", "sv": "Swedish",
    "ja": "Japanese", "zh": "Chinese", "ko": "Korean", "ru": "Russian", "ar": "Arabic",
    "he": "Hebrew", "el": "Greek", "hi": "Hindi", "th": "Thai",
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+")
# Enough letters to tell a script from: the start of a long page is representative.
SAMPLE = 20_000


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language; English when the evidence is thin;
    ``und`` for a text that is not English in a language without a list here."""
    sample = text[:SAMPLE]
    script = _script(sample)
    if script:
        return script
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return ENGLISH
    shares = {
        lang: sum(w in vocab for w in words) / len(words) for lang, vocab in FUNCTION_WORDS.items()
    }
    best = max(shares, key=shares.get)
    if best != ENGLISH and shares[best] >= MARGIN * shares[ENGLISH]:
        # a few of its words on a list is no language (Czech "se", "to" are French and
        # Polish words too): named only at the share its own text reaches
        return best if shares[best] >= FUNCTION_WORD_FLOOR else UNDETERMINED
    if shares[ENGLISH] < FUNCTION_WORD_FLOOR:
        return UNDETERMINED  # a language with no list here (Czech, Turkish): not English
    return ENGLISH


def reads_as_english(passage: str) -> bool:
    """Whether a passage (a quotation, a clause) is written in English: its share of
    English function words reaches the floor of English text, and no other language's
    list finds more of its words. Too short to tell is not English."""
    words = [w.lower() for w in _WORD.findall(passage)]
    if len(words) < 3:
        return False
    shares = {lang: sum(w in vocab for w in words) for lang, vocab in FUNCTION_WORDS.items()}
    english = shares.pop(ENGLISH)
    return english >= FUNCTION_WORD_FLOOR * len(words) and english > max(shares.values())


def _script(sample: str) -> str | None:
    """The language of a non-Latin script that most letters are written in, if any."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in sample:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            continue
        name = unicodedata.name(ch, "")
        for script, lang in SCRIPTS:
            if name.startswith(script):
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not letters:
        return None
    kana, han = counts.get("ja", 0), counts.get("zh", 0)
    if kana >= KANA_SHARE * (kana + han):  # Japanese mixes kana with Chinese characters
        counts["ja"] = counts.pop("zh", 0) + kana
    lang = max(counts, key=counts.get, default=None)
    if lang and counts[lang] >= SCRIPT_SHARE * letters:
        return lang
    return None
