"""How vnpress does on your own gold annotations: ``vnpress evaluate``.

Examples:
    >>> from vnpress.evaluation import Evaluation
    >>> Evaluation(metrics={"dates.f1": 1.0}, errors=()).metrics["dates.f1"]
    1.0

`evaluate` parses each gold document with vnpress and scores what it finds
with the matching rules of `vnpress.evaluation.matching` (the evaluation
scorer's), giving the same metric names (``dates.f1``,
``commitments.strict_f1``, ``official_role.accuracy`` …). The gold format is
described in ``docs/evaluate.md``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import attrs

from vnpress.evaluation.gold import GoldError, read_gold
from vnpress.evaluation.matching import KINDS, Tally

__all__ = ["ErrorRow", "Evaluation", "GoldError", "evaluate"]

ErrorRow = tuple[str, str, str, str]  # (gold file, kind, what, detail)
# The figures listed under the names users quote.
_HEADLINES = {
    "dates.strict_f1": "dates_strict.f1",
    "commitments.strict_f1": "commitments_strict.f1",
}


@attrs.frozen
class Evaluation:
    """Figures (``metric -> value``, None where nothing was counted) and every
    miss, false alarm and wrong value, as ``(gold file, kind, what, detail)``."""

    metrics: dict[str, float | int | None]
    errors: tuple[ErrorRow, ...]

    def errors_of(self, kind: str) -> tuple[ErrorRow, ...]:
        return tuple(e for e in self.errors if e[1] == kind)


def evaluate(
    gold_dir: str | Path,
    docs: str | Path | None = None,
    *,
    only: Iterable[str] | None = None,
) -> Evaluation:
    """Score vnpress on the gold files of ``gold_dir`` (documents under
    ``docs``); ``only`` limits the parsers run (and so the kinds scored)."""
    from vnpress.pipeline import Pipeline

    pipeline = Pipeline(list(only) if only is not None else None)
    tally = Tally()
    n_docs = 0
    for doc in read_gold(gold_dir, docs):
        predicted = pipeline(doc.text, doc.published).to_dict()
        for match in KINDS.values():
            match(doc, predicted, tally)
        n_docs += 1
    metrics: dict[str, float | int | None] = {"docs": n_docs}
    for name, counts in tally.counts.items():
        if name.startswith("events") and not tally.has_events:
            continue
        for k, v in counts.scores().items():
            metrics[f"{name}.{k}"] = v
    for name, (right, total) in tally.checks.items():
        metrics[f"{name}.accuracy"] = round(right / total, 4) if total else None
    for name, source in _HEADLINES.items():
        if source in metrics:
            metrics[name] = metrics[source]
    if tally.has_events:
        metrics["events.strict_f1"] = metrics["events_strict.f1"]
    return Evaluation(metrics, tuple(tally.errors))
