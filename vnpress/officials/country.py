"""The country an official serves, from the strongest evidence there is.

`CASCADE` lists the kinds of evidence, strongest first, as ``docs/officials.md``
describes them; the first that decides wins. An evidence function returns an
ISO code, None (decided: no country, as for an international post), or
`UNDECIDED` to let the next one look.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import attrs
import regex

from vnpress import lexicons
from vnpress.gazetteer import Gazetteer
from vnpress.lexicons import body_country, countries_in, key
from vnpress.officials.extract import Mention
from vnpress.officials.names import is_latin_token
from vnpress.text.tones import fold_tones


class _Undecided:
    def __repr__(self) -> str:
        return "UNDECIDED"


UNDECIDED = _Undecided()
Answer = str | None | _Undecided

_SIDE = regex.compile(r"(?:phía|đoàn)[ ]{1,3}(\p{Lu}[\p{L} ]{0,30})", regex.IGNORECASE)
# The context is the mention's sentence, but never more than a few hundred
# characters of it, so that one giant "sentence" costs linear time.
_CONTEXT = 400


@attrs.frozen
class Evidence:
    """What is known about one mention when its country is decided."""

    gaz: Gazetteer
    mention: Mention
    titles: str  # the mention's titles, folded, joined by " , "
    listed: str | None  # the people gazetteer's country for the name ("" international)
    document_country: str | None  # the foreign country the document is most about

    @property
    def body(self) -> tuple[bool, str | None]:
        return body_country(key(self.titles))

    @property
    def foreign_name(self) -> bool:
        return all(is_latin_token(t) or t.islower() for t in self.mention.name.split())

    def sentence(self) -> tuple[int, int]:
        start, end = self.gaz.analysis.sentence_at(self.mention.start)
        return max(start, self.mention.start - _CONTEXT), min(end, self.mention.end + _CONTEXT)


def _named_in_titles(e: Evidence) -> Answer:
    """``Đại sứ Việt Nam tại Liên bang Nga`` serves Việt Nam."""
    named = countries_in(e.titles)
    return named[0] if named else UNDECIDED


def _capital_in_titles(e: Evidence) -> Answer:
    """``giám đốc Trung tâm Carnegie Moscow`` serves Russia."""
    hit = lexicons.CAPITALS.search(e.titles)
    code = hit.value if hit is not None else ""
    return code or UNDECIDED


def _listed_person(e: Evidence) -> Answer:
    """A prominent person the people gazetteer knows (``cựu Tổng thống Donald Trump``)."""
    return UNDECIDED if e.listed is None else (e.listed or None)


def _vietnamese_name(e: Evidence) -> Answer:
    """A Vietnamese name serves the body its title names, else Việt Nam."""
    if e.foreign_name:
        return UNDECIDED
    known, body = e.body
    return body if known else "VN"


def _side_before(e: Evidence) -> Answer:
    """``Về phía Nga có …``: the side named before, in the sentence."""
    start, _ = e.sentence()
    folded = e.gaz.analysis.clean.folded
    for side in reversed(list(_SIDE.finditer(folded, start, e.mention.start))):
        found = e.gaz.countries(side.start(1), side.end(1))
        if found:
            return found[0]
    return UNDECIDED


def _body(e: Evidence) -> Answer:
    """``người phát ngôn Lầu Năm Góc``: the country of the body in the title."""
    known, body = e.body
    return body if known and body else UNDECIDED


def _foreign_before(e: Evidence) -> Answer:
    """``8 quan chức Mỹ …, trong đó có Bộ trưởng …``: the last foreign country before."""
    start, _ = e.sentence()
    before = [c for c in e.gaz.countries(start, e.mention.start) if c != "VN"]
    return before[-1] if before else UNDECIDED


def _foreign_after(e: Evidence) -> Answer:
    """The first foreign country after the mention, in its sentence."""
    _, end = e.sentence()
    after = [c for c in e.gaz.countries(e.mention.end, end) if c != "VN"]
    return after[0] if after else UNDECIDED


def _document(e: Evidence) -> Answer:
    """Failing all else, the foreign country the document names most."""
    return e.document_country


CASCADE: tuple[Callable[[Evidence], Answer], ...] = (
    _named_in_titles,
    _capital_in_titles,
    _listed_person,
    _vietnamese_name,
    _side_before,
    _body,
    _foreign_before,
    _foreign_after,
    _document,
)


def country(e: Evidence) -> tuple[str | None, int]:
    """The first answer of `CASCADE` for ``e``, and how strong its evidence is
    (its place in the cascade: 0 is the strongest)."""
    for strength, evidence in enumerate(CASCADE):
        answer = evidence(e)
        if not isinstance(answer, _Undecided):
            return answer, strength
    return None, len(CASCADE)


def titles_folded(mention: Mention) -> str:
    return " , ".join(fold_tones(t) for t in mention.titles)


def main_foreign_country(gaz: Gazetteer) -> str | None:
    """The foreign country the document names most often."""
    counts = Counter(c for c in gaz.countries(0, len(gaz.analysis.clean.text)) if c != "VN")
    return counts.most_common(1)[0][0] if counts else None
