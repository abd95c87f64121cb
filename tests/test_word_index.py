"""The list's word index (``domain.search.WordIndex``): it finds exactly what a scan of the texts finds."""

from __future__ import annotations

import pickle
import random
from itertools import pairwise

import pytest

from desktop.domain import search
from desktop.domain.rules import fold, split_terms
from desktop.domain.search import WordIndex, build_compact

PHRASES = (
    "Қазақстан Республикасы мен Қытай Халық Республикасы арасындағы келісім",
    "ҚАЗАҚ тілі, ауыл шаруашылығы; қазақша-орысша сөздік",
    "Соглашение о сотрудничестве в области сельского хозяйства",
    "Экспорт зерна через порт Актау (Ақтау)",
    "Memorandum of understanding on trade and transit corridors",
    "KC-2021/17 visa-free travel, tourism 2021–2025",
    "农业合作协议 农产品 贸易",
    "中哈 农业 合作 KZ-CN",
    "Straße STRASSE ǅemal ﬁnance İstanbul",
    "",
    "   ",
    "a",
    "қ",
)


def _texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    words = " ".join(PHRASES).split()
    texts = []
    for _ in range(count):
        kind = rnd.random()
        if kind < 0.08:
            texts.append("")
        elif kind < 0.5:
            texts.append(fold(rnd.choice(PHRASES), rnd.choice(PHRASES)))
        else:
            texts.append(fold(" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12)))))
    return texts


def _terms(texts: list[str]) -> list[str]:
    """Words whole, their parts (starts, middles, ends), across punctuation, one letter, and words nowhere."""
    words = sorted({w for t in texts for w in t.split()})
    terms = {"қ", "а", "农", "-", "2", "ß", "ss"}
    for word in words:
        terms.update({word, word[:2], word[1:3], word[-2:], word[1:-1]})
    terms.update({"zzz", "қазақстанның", "农业合作协议书", "visa-free-", "ksc"})
    return sorted(t for t in terms if t and not any(c.isspace() for c in t))


def _scan(texts: list[str], positions: list[int] | range, term: str) -> list[int]:
    return [p for p in positions if term in texts[p]]


@pytest.fixture(params=["searched", "tested"])
def always_indexed(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index answers every term of two letters or more, whatever a scan would cost (small test lists),
    finding the words by searching the vocabulary as one string, or by testing every word."""
    monkeypatch.setattr(search, "_VOCABULARY_COST", 0)
    monkeypatch.setattr(search, "_POSTING_COST", 0)
    monkeypatch.setattr(search, "_HIT_COST", 0 if request.param == "searched" else 1)
    monkeypatch.setattr(search, "_WORD_COST", 1 if request.param == "searched" else 0)


@pytest.mark.parametrize("seed", range(3))
def test_the_index_finds_what_a_scan_finds(always_indexed: None, seed: int) -> None:
    texts = _texts(400, seed)
    index = WordIndex.build(range(1, len(texts) + 1), texts)
    rnd = random.Random(seed)
    some = sorted(rnd.sample(range(len(texts)), 150))
    shuffled = rnd.sample(range(len(texts)), 200)  # an order shown (sorted by a column): kept as given
    answered = 0
    for term in _terms(texts):
        for positions in (range(len(texts)), some, shuffled):
            found = index.narrow(positions, term)
            assert found == _scan(texts, positions, term), (term, positions)
            answered += 1
    assert answered > 500


def test_a_round_trip_through_the_compact_form_keeps_every_answer(always_indexed: None) -> None:
    texts = _texts(300, 11)
    built = WordIndex.build(range(10, 10 + len(texts)), texts, mark=42)
    compact = pickle.loads(pickle.dumps(built.compact(), protocol=pickle.HIGHEST_PROTOCOL))
    taken = WordIndex(compact)
    assert taken.mark == 42 and list(taken.ids) == list(range(10, 10 + len(texts)))
    assert taken.word_count == built.word_count == len({w for t in texts for w in t.split()})
    for term in _terms(texts):
        assert taken.narrow(range(len(texts)), term) == built.narrow(range(len(texts)), term)
        if len(term) > 1:
            assert taken.narrow(range(len(texts)), term) == _scan(texts, range(len(texts)), term)


def test_words_typed_as_the_list_splits_them(always_indexed: None) -> None:
    """Every term ``split_terms`` gives is found as the scan finds it, typed in any case and script."""
    texts = _texts(200, 5)
    index = WordIndex.build(range(len(texts)), texts)
    for typed in ("ҚАЗАҚ", "Қытай ХАЛЫҚ", "农业 合作", "STRASSE", "Kc-2021", "сельск хозяй", "ﬁnance"):
        kept: list[int] | range = range(len(texts))
        for term in split_terms(typed):
            found = index.narrow(kept, term)
            kept = found if found is not None else _scan(texts, kept, term)
        assert kept == [p for p, t in enumerate(texts) if all(term in t for term in split_terms(typed))], typed


def test_empty_texts_and_an_empty_list() -> None:
    empty = WordIndex.build([], [])
    assert len(empty) == 0 and empty.word_count == 0
    assert empty.narrow(range(0), "ab") is None
    assert WordIndex(pickle.loads(pickle.dumps(empty.compact()))).word_count == 0
    blank = WordIndex.build([1, 2, 3], ["", " ", "\t\n"])
    assert blank.word_count == 0


def test_a_scan_is_chosen_where_it_is_cheaper() -> None:
    """With the real costs, a few texts, a single letter or a term in nearly every word are left to the scan;
    a term in few words of many long texts is looked up."""
    common = " ".join(f"w{i}" for i in range(60))  # 60 words in every text: "w" is in all of them
    texts = [f"{common} rare{i % 7}" + (" жол" if i % 50 == 0 else "") for i in range(3000)]
    index = WordIndex.build(range(len(texts)), texts)
    everyone = range(len(texts))
    assert index.narrow(everyone, "w") is None  # a letter of every word: memchr finds it quicker
    found = index.narrow(everyone, "ж")  # a letter of a few words: looked up
    assert found is not None and found == _scan(texts, everyone, "ж")
    assert index.narrow([0, 1, 2], "rare3") is None  # three texts: scanned at once
    assert index.narrow(everyone, "w1") is None  # in 11 words of each text: 33,000 marks
    assert index.narrow(everyone, "rare3") == _scan(texts, everyone, "rare3")


def test_the_compact_form_is_flat() -> None:
    """What the child sends: one string and three arrays, whatever the number of words."""
    compact = build_compact([5, 6], ["қазақ тілі", "тілі农业 тілі"])
    words = compact.vocabulary.split("\n")
    spans = [list(compact.postings[a:b]) for a, b in pairwise(compact.offsets)]
    assert dict(zip(words, spans, strict=True)) == {"қазақ": [0], "тілі": [0, 1], "тілі农业": [1]}
    assert list(compact.ids) == [5, 6] and compact.text_chars == len("қазақ тілі") + len("тілі农业 тілі")
    assert compact.ids.typecode == "q" and compact.postings.typecode == "i" and compact.offsets.typecode == "i"


def test_a_term_twice_in_a_word_or_in_the_last_word_is_found_once(always_indexed: None) -> None:
    texts = ["ааа бааа", "жоқ", "ааа", "қазақ-қазақ", "соңғы аа"]
    compact = build_compact(range(len(texts)), texts)
    words = compact.vocabulary.split("\n")
    assert [compact.vocabulary[start:].split("\n")[0] for start in compact.word_starts] == words
    index = WordIndex(compact)
    for term in ("аа", "ааа", "қазақ", "зақ-қа", "аа", "ғы", "оқ", "ы аа"[2:]):
        assert index.narrow(range(len(texts)), term) == _scan(texts, range(len(texts)), term), term
