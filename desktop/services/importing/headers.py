"""Headers matched by meaning: a header cell folded to the stems of its words.

A clerk's register is headed with phrases («№ п/п», «Наименование обязательства», «Срок
исполнения», «Міндеттеменің атауы», «Орындау мерзімі»), in any case, with numbering, «№», «п/п»,
punctuation and line breaks in the cell. ``stems`` folds all of that away and reduces each word
to its stem, so «обязательство» and «обязательства», «мерзім» and «мерзімі» compare equal:
Russian and English words through the Snowball stemmers (``snowballstemmer``, a maintained
library), Kazakh words — Snowball has no Kazakh — by stripping the case, possessive and plural
endings of Kazakh's regular agglutination (the word keeps at least three letters).
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]

from desktop.domain.text import cell_text

KAZAKH_LETTERS = frozenset("әғқңөұүһі")
# Longest first; stripped at most twice (plural + case, possessive + case).
_KAZAKH_ENDINGS = tuple(
    sorted(
        (
            *("ның", "нің", "дың", "дің", "тың", "тің", "ының", "інің"),  # genitive
            *("ға", "ге", "қа", "ке", "на", "не", "а", "е"),  # dative
            *("ны", "ні", "ды", "ді", "ты", "ті"),  # accusative
            *("да", "де", "та", "те", "нда", "нде"),  # locative
            *("дан", "ден", "тан", "тен", "нан", "нен"),  # ablative
            *("мен", "бен", "пен"),  # instrumental
            *("лар", "лер", "дар", "дер", "тар", "тер"),  # plural
            *("сы", "сі", "ы", "і"),  # possessive, third person
        ),
        key=len,
        reverse=True,
    )
)
_STOP_WORDS = frozenset({"об", "о", "по", "и", "для", "в", "на", "of", "the", "and", "for", "in", "on", "мен", "және"})
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[ivxlc]+[.)])\s+")
_MARKS = re.compile(r"№|\bп\s*/\s*п\b|\bn\s*/\s*n\b|#")
_NOT_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=1)
def _stemmers() -> tuple[snowballstemmer.Stemmer, snowballstemmer.Stemmer]:
    return snowballstemmer.stemmer("russian"), snowballstemmer.stemmer("english")


def kazakh_stem(word: str) -> str:
    for _round in range(2):
        for ending in _KAZAKH_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        else:
            break
    return word


_KAZAKH_ONLY_ENDINGS = ("лар", "лер", "дар", "дер", "тар", "тер", "ның", "нің", "дың", "дің", "тың", "тің")


def stem(word: str) -> str:
    russian, english = _stemmers()
    if any(ch in KAZAKH_LETTERS for ch in word):
        return kazakh_stem(word)
    if any("\u0400" <= ch <= "\u04ff" for ch in word):
        # A Kazakh word written without Kazakh letters («ескертпелер»): its plural or genitive goes first.
        if word.endswith(_KAZAKH_ONLY_ENDINGS) and len(word) > 6:
            word = kazakh_stem(word)
        return str(russian.stemWord(word))
    if word.isascii() and word.isalpha():
        return str(english.stemWord(word))
    return word


def fold_header(text: object) -> str:
    """Case, «ё», numbering, «№», «п/п», punctuation and line breaks folded away."""
    value = cell_text(str(text or "")).casefold().replace("ё", "е")
    value = _NUMBERING.sub(" ", value)
    value = _MARKS.sub(" ", value)
    value = _NOT_WORD.sub(" ", value).replace("_", " ")
    return " ".join(value.split())


@lru_cache(maxsize=8192)
def stems(text: object) -> tuple[str, ...]:
    """The header's words as stems, in order, without stop words or bare numbers."""
    words = [w for w in fold_header(text).split() if w not in _STOP_WORDS and not w.isdigit()]
    return tuple(stem(w) for w in words)
