"""Event triggers in a token stream: the words that name or report a meeting,
call, visit, signing, conference, ceremony or press event (``data/events.tsv``).

A trigger word is no event when it is part of another word (``tiếp tục``,
``thăm dò``, ``đăng ký``), a generic plural (``các cuộc tiếp xúc``), inside a
venue's or a body's name (``Trung tâm Hội nghị Quốc gia``), or a reporting
verb with no side next to it (``tiếp`` must be followed by whom it receives,
``ký`` by what is signed). A capitalised conference word opens a proper name,
which runs on over the name's words (``Hội nghị các Lãnh đạo Nhóm BRICS mở
rộng 2024``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator

import attrs

from vnpress.gazetteer import Gazetteer
from vnpress.text.tokens import Tokens
from vnpress.words import mapping, phrase_set, phrases, word_set

_BEFORE = {t: frozenset(w.split()) for t, w in mapping("event_compounds_before").items()}
_AFTER = {t: frozenset(w.split()) for t, w in mapping("event_compounds_after").items()}
_PLURALS = word_set("generic_plurals")
_OPENERS = phrase_set("event_openers")
_NAME_WORDS = word_set("event_name_words")
# Small words that open what follows a name rather than go on with it: "[tại] Việt Nam".
_NOT_IN_NAMES = word_set("adverbial_openers") - _NAME_WORDS
# Verb triggers that need what follows them: whom "tiếp" receives, what "ký" signs.
_OBJECTS = mapping("event_objects")
_SIGNING = frozenset({"ký", "ký kết"})
_FOUNDING = frozenset(phrases("institution_markers"))
# The longest a conference's proper name runs, in tokens.
_NAME_REACH = 24


@attrs.frozen
class Mention:
    """An event trigger's tokens ``[first, last)``, its type and form."""

    first: int
    last: int
    type: str
    form: str  # "noun", "verb" or "name" (see data/events.tsv)
    words: str  # the lexicon entry, folded and lower case
    named: bool = False  # a capitalised proper name ("Hội nghị cấp cao APEC")


def find_mentions(gaz: Gazetteer, starts_object: Callable[[int, str], bool]) -> Iterator[Mention]:
    """Every event trigger of the text; ``starts_object(k, what)`` says whether
    token ``k`` starts what a verb trigger acts on (``people``, ``sides`` or
    ``documents``, as ``data/words.txt`` lists in ``event_objects``)."""
    analysis = gaz.analysis
    tokens, starts = analysis.tokens, analysis.token_starts
    in_a_name = gaz.inside(("venues", "bodies", "instruments"))
    named_to = 0  # the end of the last proper name: a trigger inside it is part of it
    for hit in gaz.scan("event_triggers"):
        i = bisect_left(starts, hit.start)
        if i >= len(tokens) or starts[i] != hit.start or i < named_to or in_a_name(hit.start):
            continue
        j = bisect_left(starts, hit.end)
        kind, _, form = hit.value.partition("\t")
        words = gaz.words(hit)
        if not _is_trigger(tokens, i, j, words, form, starts_object):
            continue
        named = False
        if form == "name" and tokens.text(i)[:1].isupper():
            end = _name_end(tokens, j)
            named = end > j  # "Hội nghị" alone is the conference already named
            j = named_to = end
        yield Mention(i, j, kind, form, words, named)


def _is_trigger(
    tokens: Tokens, i: int, j: int, words: str, form: str, starts_object: Callable[[int, str], bool]
) -> bool:
    lows = tokens.lows
    before = lows[i - 1] if i > 0 else ""
    after = lows[j] if j < len(tokens) else ""
    if before in _BEFORE.get(words, ()) or after in _AFTER.get(words, ()):
        return False
    if before in _PLURALS or (i > 1 and lows[i - 2] in _PLURALS and before in ("cuộc", "chuyến")):
        return False  # "các cuộc gặp": generic, no one session
    if form == "name" and " ".join(lows[max(0, i - 2) : i]) in _FOUNDING:
        return False  # "thành lập Hội nghị …": the institution, not a session
    if form != "verb":
        return True
    if not tokens.text(i).islower() and not (i == 0 or tokens[i].newline_before):
        return False  # a capitalised verb inside a sentence is part of a name
    if _OPENERS.ending_at(lows, i - 1) is not None:
        return False
    if words in _SIGNING and "mà" in lows[max(0, i - 4) : i]:
        return False  # "thỏa thuận mà bang Victoria đã ký …": describes the document
    what = _OBJECTS.get(words)
    if what is not None:
        # "tiếp Đại sứ …", "thăm Việt Nam", "ký Hiệp định …": what follows is
        # a person, a side or a document, within a few words
        return any(starts_object(k, what) for k in range(j, min(len(tokens), j + 4)))
    return True


def _name_goes_on(tokens: Tokens, k: int) -> bool:
    """Whether the name goes on at ``k``, or ends there with a mark: not
    ``Đại hội XII của Đảng vận dụng`` (a verb follows "Đảng")."""
    if k >= len(tokens):
        return True
    text = tokens.text(k)
    return not text[:1].isalpha() or text[:1].isupper() or tokens.lows[k] in _NAME_WORDS


def _name_end(tokens: Tokens, j: int) -> int:
    """Where a conference's proper name ends: capitalised words, numbers and
    the small words names hold (``các``, ``về``, ``lần thứ``, ``mở rộng``), up
    to its last capitalised word or number."""
    end = j
    k = j
    while k < len(tokens) and k - j < _NAME_REACH and not tokens[k].newline_before:
        text = tokens.text(k)
        if text[:1].isupper() or text[:1].isdigit():
            end = k + 1
        elif (
            tokens.text(k - 1)[:1].isupper()
            and text.isalpha()
            and tokens.lows[k] not in _NOT_IN_NAMES
            and _name_goes_on(tokens, k + 1)
        ):
            end = k + 1  # a word's second syllable: "Quốc [phòng] các nước ASEAN"
        elif tokens.lows[k] not in _NAME_WORDS:
            break
        k += 1
    return end
