"""The ``commitments`` parser: who agreed, pledged, proposed, requested,
supported or affirmed what.

>>> [(c.kind, c.cue, c.actor) for c in find_commitments("Hai bên nhất trí tăng cường hợp tác.")]
[('agree', 'nhất trí', 'Hai bên')]
"""

from __future__ import annotations

from datetime import date, datetime

from vnpress.commitments.actors import Actor, ActorResolver
from vnpress.commitments.amounts import find_amounts
from vnpress.commitments.clauses import Clause, clauses
from vnpress.commitments.cues import FORWARD, REPORTING, STANCE, find_cues
from vnpress.commitments.quotes import Quotes
from vnpress.model import Commitment, Date, Document
from vnpress.registry import declare
from vnpress.text.marks import CLAUSE_BREAKS, SENTENCE_STOPS
from vnpress.text.tokens import Tokens
from vnpress.words import word_set

__all__ = ["find_commitments", "parse_commitments"]

# Words that announce a time limit before a date: "vào năm 2020", "trước tháng 6".
_DEADLINE_WORDS = word_set("deadline_words")


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
    cues = list(find_cues(gaz, hits, quoted))
    resolver = ActorResolver(doc)
    out: list[Commitment] = []
    for clause in clauses(analysis, cues, quoted):
        actor = resolver.actor(clause)
        if actor is None:
            continue  # no one said to commit: a general statement, not a commitment
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
            )
        )
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
    return words in STANCE or clause.cue.words.endswith(" sẽ") or any(w in FORWARD for w in said)


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
