"""Bytes to text, and text that was decoded the wrong way.

`decode_bytes` picks UTF-8, UTF-16 or CP1258 (Windows Vietnamese) and says
which. `encoding_problems` spots text that is readable but wrong: UTF-8 read as
Windows-1252 (``Viá»‡t Nam``), and the legacy Vietnamese encodings VNI and
TCVN3 (``Vieät Nam``, ``ViÖt Nam``). Such text is reported, never silently
"repaired", because a repair that guesses wrong corrupts names and numbers.
"""

from __future__ import annotations

import codecs
import re
from itertools import islice

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode_bytes(
    data: bytes | bytearray | memoryview, encoding: str | None = None
) -> tuple[str, str]:
    """``(text, encoding)``: ``data`` decoded with ``encoding``, or with the one
    detected (a byte-order mark, UTF-8, UTF-16 without a mark, else CP1258)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    raw = bytes(data)
    if encoding is not None:
        return raw.decode(encoding), encoding
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError:
                # a mark with a body that is not in its encoding: keep every
                # byte, visibly, and say so
                return raw.decode(name, errors="replace"), f"{name} (invalid bytes replaced)"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return raw.decode(utf16), utf16
    try:
        return raw.decode("cp1258"), "cp1258"
    except UnicodeDecodeError:
        # Not Vietnamese in any encoding we know: keep every byte, visibly.
        return raw.decode("utf-8", errors="replace"), "utf-8 (invalid bytes replaced)"


def _utf16_without_bom(raw: bytes) -> str | None:
    """Mostly-ASCII UTF-16 has a zero in every other byte."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    half = len(raw) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


# UTF-8 bytes of Vietnamese letters read as Windows-1252 or Latin-1.
_MOJIBAKE = re.compile(
    r"[ÃÄÆá][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
# VNI-Windows writes a base letter then a mark byte ("Vieät", "ñöôøng").
_VNI = re.compile(r"(?<=[a-zA-Z])[øùûõïöôëäâãáàåèéêì](?=[a-zA-Z ])")
# TCVN3 (ABC) puts Vietnamese letters on Latin-1 codes ("ViÖt", "®­êng").
_TCVN3 = re.compile(r"[µ¸¶·¹¨©®ª«¬ÇÊËÌÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß¤¥¦§]")
_VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def encoding_problems(text: str) -> list[str]:
    """Warnings for text that looks wrongly decoded; empty when it looks right."""
    sample = text[:20000]
    out = []
    mojibake = _MOJIBAKE.findall(sample)
    # Counting every Vietnamese letter is needed only against mojibake; else
    # whether there are three is enough, and that is known within a few words.
    letters = _VIETNAMESE.finditer(sample)
    vietnamese = sum(1 for _ in (letters if len(mojibake) >= 3 else islice(letters, 3)))
    if len(mojibake) >= 3 and len(mojibake) > vietnamese / 4:
        out.append(
            "the text looks like UTF-8 read as Windows-1252 (mojibake such as "
            f"{mojibake[0]!r}); decode the original bytes as UTF-8"
        )
    if vietnamese < 3:
        if len(_VNI.findall(sample)) >= 5:
            out.append(
                "the text looks like VNI-encoded Vietnamese; convert it to Unicode before parsing"
            )
        elif len(_TCVN3.findall(sample)) >= 5:
            out.append(
                "the text looks like TCVN3 (ABC) Vietnamese; convert it to Unicode before parsing"
            )
    return out
