"""A document's status, from the verbs around its name.

The nearest cue before the name, in the same clause, decides (``sớm ký`` before
``ký``, so that a plan to sign is not read as a signature); failing that, a
cue right after it (``… đã có hiệu lực``). Items of a signing list take the
list's verb.
"""

from __future__ import annotations

from bisect import bisect_left

from vnpress.agreements.extent import Found
from vnpress.text.tokens import Tokens

# Multi-word cues first within each status; statuses are tried longest cue first.
CUES: list[tuple[tuple[str, ...], str]] = sorted(
    [
        *((tuple(c.split()), "planned") for c in (
            "sớm ký", "sớm ký kết", "sẽ ký", "sẽ ký kết", "thúc đẩy ký kết", "thúc đẩy ký",
            "tiến tới ký", "hướng tới ký", "chuẩn bị ký", "dự kiến ký", "sớm hoàn tất",
            "sẽ được ký", "sớm đạt được")),
        *((tuple(c.split()), "negotiating") for c in (
            "đàm phán", "xây dựng", "thương lượng", "thảo luận", "soạn thảo")),
        *((tuple(c.split()), "exchanged") for c in ("trao", "trao đổi", "trao đổi văn kiện")),
        *((tuple(c.split()), "signed") for c in (
            "ký", "ký kết", "đã ký", "được ký", "ký thỏa thuận", "chứng kiến lễ ký", "thông qua")),
        *((tuple(c.split()), "in_force") for c in (
            "có hiệu lực", "triển khai", "thực hiện", "thực thi", "tôn trọng", "tuân thủ",
            "trên cơ sở", "theo", "căn cứ", "áp dụng", "vi phạm", "khuôn khổ", "rút khỏi",
            "gia hạn", "được mở rộng", "được gia hạn", "đã có hiệu lực")),
    ],
    key=lambda cue: -len(cue[0]),
)  # fmt: skip
_CLAUSE_ENDS = frozenset(";.:!?\n")
_WINDOW = 10


def status_of(tokens: Tokens, starts: list[int], f: Found) -> str:
    """The status of the document found at ``f``; ``starts`` are the token starts."""
    if f.listed:
        verb = (f.list_verb or "ký").lower()
        return "exchanged" if verb.startswith("trao") else "signed"
    i = bisect_left(starts, f.start)
    lows = [t.low for t in tokens[max(0, i - _WINDOW - 4) : i + 1]]
    offset = max(0, i - _WINDOW - 4)
    # Before the name, nearest first.
    for back in range(1, _WINDOW + 1):
        j = i - back
        if j < 0 or tokens[j].text in _CLAUSE_ENDS:
            break
        found = _cue_ending_at(lows, j - offset)
        if found:
            return found
    # After it: "Hiệp định … đã có hiệu lực", "… cũng được mở rộng".
    k = bisect_left(starts, f.end)
    after = [t.low for t in tokens[k : k + 8]]
    for ahead in range(len(after)):
        if tokens[k + ahead].text in _CLAUSE_ENDS:
            break
        found = _cue_starting_at(after, ahead)
        if found:
            return found
    return "mentioned"


def _cue_ending_at(lows: list[str], j: int) -> str | None:
    for words, status in CUES:
        n = len(words)
        if j - n + 1 >= 0 and tuple(lows[j - n + 1 : j + 1]) == words:
            return status
    return None


def _cue_starting_at(lows: list[str], j: int) -> str | None:
    for words, status in CUES:
        if tuple(lows[j : j + len(words)]) == words:
            return status
    return None
