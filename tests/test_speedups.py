"""The shortcuts taken for speed give the answers the long way would."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import vnpress
from tests.conftest import corpus_files
from vnpress import lexicons
from vnpress._trie import PhraseTrie
from vnpress.commitments.quotes import Quotes
from vnpress.dates.grammar import _OPENING, TRIGGER, grammar_for, triggers, whole_grammar
from vnpress.gazetteer import Gazetteer
from vnpress.text import Analysis, CleanText
from vnpress.text.tokens import _tokenize_word_by_word, split_points
from vnpress.text.tones import fold_tones, lower_same_length
from vnpress.text.wordscan import WordPattern

WORDS = st.sampled_from(
    ["Ông", "bà", "V.", "Putin", "nói", ",", ".", "1.000", "29.6", "TP.HCM", "\n", " ",
     "hoà", "“", "”", "Chủ tịchHội", "a.", "(", ")", "năm", "2020", "-", "Hà Nội", "Quốc.Trong"]
)  # fmt: skip
TEXTS = st.lists(WORDS, max_size=40).map(" ".join)


def test_trie_pattern_matches_the_longest_phrase_with_flexible_spaces() -> None:
    trie = PhraseTrie(["bộ", "bộ trưởng", "bộ trưởng bộ"])
    pattern = re.compile(f"(?:{trie.pattern()})(?!\\w)")
    assert pattern.match("bộ trưởng  bộ y tế").group() == "bộ trưởng  bộ"
    assert pattern.match("bộ trưởng nói").group() == "bộ trưởng"
    assert pattern.match("bội") is None
    assert PhraseTrie([]).pattern() == "(?!)"


def test_the_walked_trie_finds_what_its_pattern_matches() -> None:
    trie = PhraseTrie(["bộ", "bộ trưởng", "bộ trưởng bộ", "g-20"])
    assert trie.longest("bộ trưởng  bộ y tế", 0) == len("bộ trưởng  bộ")
    assert trie.longest("bộ trưởng    bộ", 0) == len("bộ trưởng")  # four spaces: too many
    assert trie.longest("bộ trưởng bộ", 0, endpos=11) == len("bộ trưởng")
    assert trie.longest("thượng đỉnh g–20.", 12) == len("thượng đỉnh g–20")
    assert trie.longest("bội", 0) is None
    assert PhraseTrie([]).longest("bộ", 0) is None


WALK_TEXTS = st.text(alphabet="ab -–.\n_1x", max_size=30)
WALK_PHRASES = ["a", "ab", "a b", "b-a", "a b-a b", "x", "1a", "a  b"]


@given(WALK_TEXTS, st.integers(0, 30), st.integers(0, 30))
@example("a   b", 0, 30)
@example("a    b", 0, 30)
@example("b–a", 0, 30)
def test_a_walk_of_the_trie_is_a_match_of_its_pattern(text: str, pos: int, endpos: int) -> None:
    trie = PhraseTrie(lexicons.key(p) for p in WALK_PHRASES)
    pattern = re.compile(f"(?:{trie.pattern()})(?![^\\W_])")
    pos = min(pos, len(text))
    m = pattern.match(text, pos, endpos)
    assert trie.longest(text, pos, endpos) == (None if m is None else m.end())


def test_a_lexicon_entry_with_a_one_letter_first_word_still_matches() -> None:
    lexicons.TITLES.add("Q Chủ nhiệm", "other")  # second character a space
    try:
        folded = fold_tones("ông Q  Chủ nhiệm X")
        m = lexicons.TITLES.match(folded, 4)
        assert m is not None and folded[m.start : m.end] == "Q  Chủ nhiệm"
        assert (m.key, m.value) == ("q chủ nhiệm", "other")
    finally:
        lexicons.TITLES.remove("Q Chủ nhiệm")


def test_tone_folding_leaves_u_after_q_alone() -> None:
    assert fold_tones("Quý, quá, thuý, QUÝ, Thuỷ") == "Quý, quá, thúy, QUÝ, Thủy"


def test_the_lower_case_keeps_the_length() -> None:
    clean = CleanText("HOÀ BÌNH, İstanbul")
    assert clean.lower == "hòa bình, İstanbul".replace("HÒA", "hòa")
    assert len(clean.lower) == len(clean.text)
    assert lower_same_length("İ") == "İ"


@given(TEXTS)
@example("V. \n Ông")  # an initial whose lookahead reaches past its sentence
@example("Chủ tịchHội V. Putin a. B")
@example("Trung Quốc.Trong khuôn khổ, TP.HCM")
def test_tokenizing_the_text_in_stretches_agrees_with_reading_it_word_by_word(text: str) -> None:
    analysis = Analysis(CleanText(text))
    clean = analysis.clean
    end = clean.content_end
    points = split_points(analysis.glued, analysis.missing_spaces)
    slow = _tokenize_word_by_word(clean.text, clean.lower, 0, end, points, end)
    assert list(analysis.tokens) == slow
    assert analysis.token_starts == [t.start for t in slow]


def test_the_tokens_of_a_sentence_are_found_by_position() -> None:
    analysis = Analysis(CleanText("Ông A đến. Bà B đi. Hai bên nhất trí. Trời mưa."))
    i, j = analysis.sentence_tokens(analysis.clean.text.index("Hai"))
    assert [t.text for t in analysis.tokens[i:j]] == ["Hai", "bên", "nhất", "trí", "."]
    assert analysis.tokens.text(i) == "Hai" and analysis.tokens.lows[i + 1] == "bên"


def test_quotes_are_answered_per_token() -> None:
    analysis = Analysis(CleanText('Ông nói: "Chúng tôi sẽ đi" rồi về.\n"Mở'))
    tokens = analysis.tokens
    quoted = Quotes(analysis.clean.text, tokens)
    inside = [t.text for i, t in enumerate(tokens) if quoted[i]]
    assert inside == ["Chúng", "tôi", "sẽ", "đi"]


def test_a_name_does_not_run_on_over_a_line_break() -> None:
    doc = vnpress.parse("Thứ trưởng Bộ Y tế Nguyễn Văn An\nKết quả được công bố sau đó.")
    assert [o.name for o in doc.officials] == ["Nguyễn Văn An"]


def test_the_date_trigger_fires_wherever_a_rule_can_match() -> None:
    text = fold_tones(
        "Từ ngày 28.6 đến 1.7.2017, sáng nay, hai tuần trước, các năm 1990, thập niên 80, "
        "vào thứ Hai tuần tới, trung tuần tháng 5, quý II/2020, (2017-2022), lúc 9h30 ngày 2/9, "
        "nửa đầu năm, cách đây 3 năm, thế kỷ XXI, Giáng sinh, hồi đầu tháng 6, giai đoạn 2016-2020"
    )
    low = lower_same_length(text)
    triggered = set(triggers(low))
    starts = [m.start() for m in re.finditer(r"(?<!\w)\w|\(", low)]
    missed = [
        low[s : s + 20] for s in starts if whole_grammar().match(low, s) and s not in triggered
    ]
    assert missed == []


def test_the_date_trigger_is_every_word_start_its_pattern_matches() -> None:
    # the three scans and the start of the text together are one lookbehind
    reference = re.compile(rf"(?<![^\W_])(?:{TRIGGER.pattern.pattern})")
    for text in (
        "ngày 2/9",
        "2017 năm",
        "(2017-2022) và_tháng 5, “ngày 3” -tháng 6 \ntừ 2019 xngày 3 ((2020",
        "_năm 2000 1_2 ngày_1 __2019",
        "",
    ):
        assert triggers(text) == [m.start() for m in reference.finditer(text)], text


def _same_match(low: str, start: int) -> bool:
    """The part of the grammar chosen by the opening matches as the whole does."""
    whole = whole_grammar().match(low, start)
    grammar = grammar_for(low[start : start + _OPENING])
    part = grammar[0].match(low, start) if grammar else None
    if whole is None or part is None:
        return whole is part
    set_groups = {k: v for k, v in whole.groupdict().items() if v is not None}
    return whole.span() == part.span() and set_groups == {
        k: v for k, v in part.groupdict().items() if v is not None
    }


def test_each_trigger_tries_only_the_rules_that_can_open_there() -> None:
    low = lower_same_length(
        fold_tones(
            "Ngày 2/9, năm 2020, năm ngoái, 53,1%, 2017-2022, tháng Giêng, thứ Hai, "
            "tuần tới, từ 2019 đến 2020, 3 năm trước, hai tuần trước, 20h ngày 3/4, "
            "nửa đầu năm, sáng 29.6, Tết Nguyên đán, quý II/2020 (2021) các năm 1990"
        )
    )
    for start in triggers(low):
        assert _same_match(low, start), low[start : start + 20]
    assert grammar_for("53,") is None  # no rule opens with a number and a comma
    assert grammar_for("năm") is not None


FILES = corpus_files()


@pytest.mark.skipif(not FILES, reason="../shared/corpus/unc is not available")
def test_the_date_trigger_misses_no_rule_on_real_articles() -> None:
    missed: list[str] = []
    for path in FILES[::10]:
        low = CleanText(path.read_text(encoding="utf-8")).lower
        triggered = set(triggers(low))
        for m in re.finditer(r"(?<![^\W_])[^\W_]|\(", low):
            s = m.start()
            if s not in triggered and whole_grammar().match(low, s):
                missed.append(f"{path.name}: {low[s : s + 30]!r}")
            if s in triggered and not _same_match(low, s):
                missed.append(f"{path.name}, its part of the grammar: {low[s : s + 30]!r}")
    assert missed == []


def _scan_both_ways(
    monkeypatch: pytest.MonkeyPatch, snapshot: lexicons.Snapshot, low: str
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A lexicon's scan of ``low`` as a new process does it (first words, walks)
    and as a warm one does (the whole pattern, compiled)."""
    others = Analysis(CleanText(low)).other_starts
    monkeypatch.setattr(lexicons, "_SCANS_BEFORE_COMPILING", 10**9)
    monkeypatch.setattr(lexicons, "_WALKS_BEFORE_COMPILING", 10**9)
    cold = lexicons.Snapshot(dict(snapshot.entries)).spans(low, others)
    monkeypatch.setattr(lexicons, "_SCANS_BEFORE_COMPILING", 0)
    monkeypatch.setattr(lexicons, "_WALKS_BEFORE_COMPILING", 0)
    warm = lexicons.Snapshot(dict(snapshot.entries)).spans(low, others)
    return cold, warm


def test_a_new_process_scans_a_lexicon_as_a_warm_one_does(monkeypatch: pytest.MonkeyPatch) -> None:
    low = CleanText(
        "Ông Bộ trưởng  Bộ Ngoại giao, (Thủ tướng) và “Chủ tịch nước” gặp Phó Thủ tướng; "
        "bộ trưởngX, Tổng Bí thư-Chủ tịch nước"
    ).lower
    cold, warm = _scan_both_ways(monkeypatch, lexicons.TITLES.snapshot, low)
    assert cold == warm
    assert (low.index("bộ trưởng"), low.index("bộ trưởng") + len("bộ trưởng")) in cold
    assert any(low[a:b] == "thủ tướng" and low[a - 1] == "(" for a, b in cold)


@pytest.mark.skipif(not FILES, reason="../shared/corpus/unc is not available")
def test_walking_a_lexicon_finds_what_its_compiled_patterns_find_on_real_articles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wrong: list[str] = []
    for kind, lexicon in lexicons.ALL.items():
        snapshot = lexicon.snapshot
        anchored = re.compile(f"(?:{snapshot.trie().pattern()})(?![^\\W_])")
        guarded = re.compile(rf"(?<![^\W_]){anchored.pattern}")
        for path in FILES[::40]:
            low = CleanText(path.read_text(encoding="utf-8")).lower
            for m in re.finditer(r"(?<![^\W_])[^\W_]", low):
                compiled = anchored.match(low, m.start())
                walked = snapshot.trie().longest(low, m.start())
                if walked != (compiled and compiled.end()):
                    wrong.append(f"{kind} {path.name}: {low[m.start() : m.start() + 30]!r}")
            found = [(f.start, f.end) for f in lexicon.finditer(low)]
            if found != [m.span() for m in guarded.finditer(low)]:
                wrong.append(f"{kind} {path.name}: finditer")
            cold, warm = _scan_both_ways(monkeypatch, snapshot, low)
            if cold != warm:
                wrong.append(f"{kind} {path.name}: scan")
    assert wrong == []


def test_a_sentence_break_is_found_without_splitting_the_whole_text() -> None:
    text = (
        "Ngày 3/4/2019, TP. Hồ Chí Minh họp. Ông V. Putin đến (năm 2020)!\n\n"
        "“Hôm nay” trời đẹp… Ngày 5/4 họp tiếp? Có. 1.000 người dự"
    )
    words = [m.start() for m in re.finditer(r"(?<![^\W_])[^\W_]|\(|“", text)]
    by_splitting = Analysis(CleanText(text))
    by_splitting.sentences  # noqa: B018  (splits the text first)
    for a in words:
        for b in words[words.index(a) :]:
            fresh = Analysis(CleanText(text))
            assert fresh.sentence_ends_between(a, b) == by_splitting.sentence_ends_between(a, b), (
                text[a:b]
            )


SCAN_TEXTS = st.text(alphabet="ab _-.(\n“xy1", max_size=40)
PHRASES = ["a", "ab", "a b", "b-a", "(a", "x", "1a"]


@given(SCAN_TEXTS)
@example("_a b-a\n(a ab")
@example("a")
@example("-a b")
def test_a_word_pattern_finds_what_a_word_start_lookbehind_finds(text: str) -> None:
    trie = PhraseTrie(PHRASES)
    body = f"(?:{trie.pattern()})(?![^\\W_])"
    guarded = re.compile(rf"(?<![^\W_]){body}")
    words = WordPattern(body, {p[0] for p in PHRASES})
    expected = [(m.start(), m.end()) for m in guarded.finditer(text)]
    assert [(m.start(), m.end()) for m in words.finditer(text)] == expected
    lookahead = re.compile(rf"(?<![^\W_])(?={body})")
    assert words.starts(text) == [m.start() for m in lookahead.finditer(text)]
    assert words.spans(text) == [
        (p, end) for p in words.starts(text) if (end := trie.longest(text, p)) is not None
    ]


def test_the_gazetteer_walks_a_document_as_a_lexicon_scans_a_phrase() -> None:
    text = "Ông Bộ trưởng Bộ Ngoại giao, (Thủ tướng) và Chủ tịch nước " * 10
    gaz = Gazetteer(Analysis(CleanText(text)))
    walk = [(h.start, h.end) for h in gaz.scan("titles")]
    assert walk
    assert walk == [(m.start, m.end) for m in lexicons.TITLES.finditer(fold_tones(text))]
    first = walk[0][0]
    assert gaz.at("titles", first) == gaz.scan("titles")[0]
    assert gaz.at("bodies", text.index("Bộ Ngoại")).value == "VN"  # type: ignore[union-attr]


def test_parsing_leaves_no_reference_cycles() -> None:
    """Nothing a parse builds waits for the cyclic garbage collector, which on
    a big document would otherwise walk its million tokens again and again."""
    import gc

    text = (
        "Sáng 29.6, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh và "
        "Ngoại trưởng Nga S. Lavrov đã ký Bản ghi nhớ về hợp tác. Hai bên nhất trí "
        "tăng cường hợp tác giai đoạn 2017-2022."
    )
    vnpress.parse(text)
    list(vnpress.parse_many([text]))  # imports (class creation leaves cycles) happen here
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(3):
            vnpress.parse(text, published="2017-06-29")
            list(vnpress.parse_many([text, (text, "2017-06-29")]))
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()


def test_a_long_text_is_parsed_with_the_collector_paused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc
    from collections.abc import Sequence
    from typing import Any

    from vnpress import pipeline
    from vnpress.registry import Registry

    seen: list[bool] = []
    reg = Registry()

    @reg.parser("probe")
    def probe(doc: vnpress.Document) -> Sequence[Any]:
        seen.append(gc.isenabled())
        if doc.text == "fail":
            raise RuntimeError("boom")
        return []

    monkeypatch.setattr(pipeline, "PAUSE_COLLECTOR_FROM", 4)
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        run = vnpress.Pipeline(["probe"], registry=reg)
        run("abc")  # shorter: untouched
        run("long enough")
        assert gc.isenabled()
        with pytest.raises(vnpress.errors.ParserError, match="'probe' failed: RuntimeError"):
            run("fail")
        assert gc.isenabled()  # started again after an error
        gc.disable()
        run("long enough")
        assert not gc.isenabled()  # the caller's choice is kept
        assert seen == [True, False, False, False]
    finally:
        if was_enabled:
            gc.enable()
