"""The ``commitments`` parser: who agreed, pledged, proposed, requested,
supported or affirmed what.

Examples:
    >>> [(c.kind, c.cue, c.actor) for c in find_commitments("Hai bên nhất trí tăng cường hợp tác.")]
    [('agree', 'nhất trí', 'Hai bên')]
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from vnpress.cameo import commitment_code
from vnpress.commitments.actors import SPEECH, Actor, ActorResolver
from vnpress.commitments.amounts import find_amounts
from vnpress.commitments.clauses import Clause, clauses
from vnpress.commitments.cues import FORWARD, REPORTING, STANCE, Cue, find_cues, striving_joins
from vnpress.commitments.quotes import Quotes
from vnpress.model import Commitment, Date, Document
from vnpress.registry import declare
from vnpress.text.marks import CLAUSE_BREAKS, DOUBLE_QUOTES, SENTENCE_STOPS
from vnpress.text.tokens import Tokens
from vnpress.words import word_set

__all__ = ["find_commitments", "parse_commitments"]

# Words that announce a time limit before a date: "vào năm 2020", "trước tháng 6".
_DEADLINE_WORDS = word_set("deadline_words")
# Kinds of commitment aimed at someone: their addressees are found.
_ADDRESSED = frozenset({"propose", "request", "support"})


@declare("commitments", requires=["dates", "officials"], produces=Commitment)
def parse_commitments(doc: Document) -> list[Commitment]:
    """One commitment per clause of ``doc``, on the clause's first cue."""
    gaz = doc.gazetteer
    analysis = gaz.analysis
    clean = analysis.clean
    hits = gaz.scan("cues")
    if not hits:
        return []
    tokens = analysis.tokens
    quoted = Quotes(clean.text, tokens)
    subject_ends = frozenset(
        [h.end for h in gaz.scan("titles")]
        + [clean.clean_span(o.start, o.end)[1] for o in doc.officials]
    )
    cues = _join_striving(list(find_cues(gaz, hits, quoted, subject_ends)))
    resolver = ActorResolver(doc)
    out: list[Commitment] = []
    cued_quotes = {quoted.span(c.first) for c in cues} - {None}
    for clause in clauses(analysis, cues, quoted):
        if _attributes(tokens, clause, quoted, cued_quotes):
            continue  # "X nói: “Chúng tôi sẽ …”": the quote's own cue commits
        actor = _actor(resolver, clause, quoted)
        if actor is None or actor.is_commentator:
            continue  # no one said to commit, or an outsider's forecast
        if clause.cue.kind == "pledge" and not actor.is_agent:
            continue  # "Hội nghị sẽ diễn ra": a prediction, no one commits
        if not _commits(clause, tokens, actor):
            continue
        first = actor.first if actor is not None and actor.in_clause else None
        start_tok = first if first is not None else clause.cue.first
        cue = clean.span_fields(tokens[clause.cue.first].start, tokens[clause.cue.last - 1].end)
        content = (
            clean.tidy(tokens[clause.cue.last].start, tokens[clause.end - 1].end)
            if clause.end > clause.cue.last
            else ""
        )
        aimed_at = resolver.addressees(clause) if clause.cue.kind in _ADDRESSED else []
        out.append(
            Commitment(
                **clean.span_fields(tokens[start_tok].start, tokens[clause.end - 1].end),
                kind=clause.cue.kind,  # type: ignore[arg-type]
                cue=cue["text"],
                cue_start=cue["start"],
                cue_end=cue["end"],
                actor=actor.text if actor else None,
                actor_person_ids=actor.person_ids if actor else (),
                actor_countries=actor.countries if actor else (),
                content=content.strip(' ,;:"“”'),
                quoted=quoted[clause.cue.first],
                amounts=find_amounts(content),
                deadline=_deadline(doc, tokens, clause),
                addressees=tuple(a.text for a in aimed_at),
                addressee_person_ids=_union(a.person_ids for a in aimed_at),
                addressee_countries=_union(a.countries for a in aimed_at),
                cameo=commitment_code(clause.cue.kind, cue["text"]),
            )
        )
    return out


def _union(groups: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    """The values of ``groups`` in order, each once."""
    return tuple(dict.fromkeys(v for group in groups for v in group))


def _actor(resolver: ActorResolver, clause: Clause, quoted: Quotes) -> Actor | None:
    """Who commits in ``clause``: its subject; in a quote with no subject of
    its own, the quote's speaker. A modal (``cần``, ``phải``) is a directive
    of the speaker it is reported from (a quote's, or ``Theo X,``), unless its
    subject takes in speaker and listener (``chúng ta cần``, ``hai bên cần``);
    ``chúng tôi phải`` says what the speaker had to do, and with no speaker a
    modal is the writer's own "need": neither commits anyone."""
    actor = resolver.actor(clause)
    if actor is None and resolver.thing_is_subject(clause):
        return None
    quote = quoted.span(clause.cue.first)
    modal = clause.cue.is_modal
    own = actor if actor is not None and actor.in_clause else None
    if quote is not None:
        speaker = resolver.speaker(clause, quote)
        if speaker is not None and speaker.is_commentator:
            return speaker  # an analyst's quote: no one commits
        if own is not None and (not modal or own.directs_itself):
            return own
        if own is not None and own.is_first_person:
            return None  # "chúng tôi phải …": what the speaker had to do
        # "Bộ GTVT phải …" in a quote: the speaker's directive, if the speaker is known
        return speaker if modal else speaker or actor
    if not modal:
        return actor
    speaker = resolver.directive_speaker(clause)
    return speaker or (own if own is not None and own.directs_itself else None)


_QUOTE_MARKS = DOUBLE_QUOTES
_BETWEEN_SPEAKER_AND_QUOTE = frozenset({":", ",", "-", "–", "—"})


def _attributes(
    tokens: Tokens, clause: Clause, quoted: Quotes, cued_quotes: set[tuple[int, int] | None]
) -> bool:
    """Whether the clause only says who spoke a quote that holds a cue of its
    own: ``X khẳng định: “Mỹ sẽ …”``, ``“…”, ông Biden nêu cam kết``."""
    cue = clause.cue
    if not (cue.light or cue.words.removesuffix(" sẽ") in SPEECH):
        return False
    n = len(tokens)
    k = cue.last
    while k < n and tokens.text(k) in _BETWEEN_SPEAKER_AND_QUOTE:
        k += 1
    if k + 1 < n and tokens.text(k) in _QUOTE_MARKS and quoted.span(k + 1) in cued_quotes:
        return True
    k = clause.segment_start - 1
    while k > 0 and tokens.text(k) in _BETWEEN_SPEAKER_AND_QUOTE:
        k -= 1
    return k > 0 and tokens.text(k) in _QUOTE_MARKS and quoted.span(k - 1) in cued_quotes


def _join_striving(cues: list[Cue]) -> list[Cue]:
    out: list[Cue] = []
    for cue in cues:
        joined = striving_joins(out[-1], cue) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(cue)
    return out


def _commits(clause: Clause, tokens: Tokens, actor: Actor | None) -> bool:
    """A reporting verb commits only when what it reports looks ahead or holds a
    position (``cho biết Việt Nam sẵn sàng …``), not when it reports a fact
    (``cho biết, hiện bệnh viện đang cách ly …``)."""
    words = clause.cue.words.removesuffix(" sẽ")
    if words not in REPORTING:
        return True
    if actor is None:
        return False
    said = _said(tokens, clause.cue.last)
    if not said or said[0] == "đã":
        return False  # nothing said here, or a past fact ("tuyên bố đã có …")
    return words in STANCE or clause.cue.words.endswith(" sẽ") or _looks_ahead(said)


def _looks_ahead(said: list[str]) -> bool:
    """Whether the reported words hold a forward word or phrase (``sẽ``,
    ``tiếp tục``, ``tầm quan trọng``)."""
    return FORWARD.anywhere(said)


_SAID_ENDS = SENTENCE_STOPS | CLAUSE_BREAKS - {":"}


def _said(tokens: Tokens, start: int) -> list[str]:
    """The first words reported after a reporting verb, across a comma or colon
    (``Ông khẳng định, Việt Nam sẽ …``) but not past the sentence."""
    out: list[str] = []
    k = start
    while k < len(tokens) and len(out) < 12:
        t = tokens[k]
        if t.text in _SAID_ENDS or (t.newline_before and k > start):
            break
        if t.text not in ',:"“”':
            out.append(t.low)
        k += 1
    return out


def find_commitments(text: str, published: date | datetime | str | None = None) -> list[Commitment]:
    """The commitments in ``text`` (runs the officials and dates parsers first)."""
    from vnpress.pipeline import find_items

    return list(find_items("commitments", text, published))


def _deadline(doc: Document, tokens: Tokens, clause: Clause) -> str | None:
    """A date in the content after ``vào``, ``đến``, ``trước`` …: its time limit."""
    if clause.end <= clause.cue.last:
        return None
    clean = doc.clean
    start, end = clean.original_span(tokens[clause.cue.last].start, tokens[clause.end - 1].end)
    dates: tuple[Date, ...] = doc.items_in("dates", start, end)
    for d in dates:
        if d.start < start:
            continue
        first = d.text.split()[0].lower() if d.text else ""
        before = doc.text[max(0, d.start - 12) : d.start].split()
        if first in _DEADLINE_WORDS or (before and before[-1].lower() in _DEADLINE_WORDS):
            return d.value
    return None
