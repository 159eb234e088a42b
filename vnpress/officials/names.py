"""What a personal name looks like, and where it ends.

Vietnamese names (and Sino-Vietnamese renderings such as ``Tập Cận Bình``) are
two to four capitalised syllables led by a family name from the surname list.
Foreign names are one to five capitalised Latin tokens, with initials
(``V. Putin``), hyphens (``Jean-Yves``) and lower-case particles
(``von der Leyen``).
"""

from __future__ import annotations

import regex

from vnpress import lexicons
from vnpress.words import word_set

# Letters only Vietnamese spelling uses: a token with one is not a Latin name.
# Plain acute and grave vowels are left out: European names have them too
# ("Novák", "José", "Sebastián"), and Vietnamese names are told apart by their
# family name first.
_VIETNAMESE_ONLY = regex.compile(
    r"[ăâđêôơưảạằẳẵặầẩẫậẻẽẹềểễệỉĩịỏọồổỗộờởỡợủũụừửữựỳỷỹỵấắếốớứ]",
    regex.IGNORECASE,
)
_SYLLABLE = regex.compile(r"\p{Lu}\p{Ll}*")
_LATIN_TOKEN = regex.compile(r"(?:\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*|\p{Lu}\.)")
PARTICLES = word_set("name_particles")
# Function words that open a sentence capitalised ("Theo Dmitry Trenin, …"):
# they are no part of a name.
_FUNCTION_WORDS = word_set("office_description_ends") | word_set("adverbial_openers")


_VIETNAMESE_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_BASE_LETTERS = str.maketrans("đăâêôơư", "daaeoou")


def looks_vietnamese(token: str) -> bool:
    """Whether ``token`` is spelt like a Vietnamese syllable (``Giao``, ``An``, ``Y``),
    which a capitalised word without diacritics may be (``Giao thông``, ``An ninh``)."""
    import unicodedata

    bare = "".join(
        c for c in unicodedata.normalize("NFD", token.lower()) if not unicodedata.combining(c)
    )
    bare = unicodedata.normalize("NFC", bare).translate(_BASE_LETTERS)
    return bool(_VIETNAMESE_SYLLABLE.fullmatch(bare))


def function_words_before_name(words: list[str]) -> int:
    """How many words open ``words`` that are function words, not a name's."""
    n = 0
    while (
        n < len(words) and words[n].lower() in _FUNCTION_WORDS and words[n] not in lexicons.SURNAMES
    ):
        n += 1
    return n


def is_capitalised(token: str) -> bool:
    return bool(token) and token[0].isupper()


def is_vietnamese_syllable(token: str) -> bool:
    """``Nguyễn``, ``Minh``: capital then lower-case letters (not ``UBND``)."""
    return bool(_SYLLABLE.fullmatch(token))


def is_latin_token(token: str) -> bool:
    """``Putin``, ``Jean-Yves``, ``V.``; not ``BRICS`` (an acronym) nor ``Nguyễn``."""
    if len(token) > 2 and token.isupper():
        return False
    return bool(_LATIN_TOKEN.fullmatch(token)) and not _VIETNAMESE_ONLY.search(token)


def vietnamese_name_start(tokens: list[str]) -> int | None:
    """Index where the longest Vietnamese name ending the run starts (2-4 syllables)."""
    n = len(tokens)
    for size in (4, 3, 2):
        i = n - size
        if i < 0:
            continue
        if tokens[i] in lexicons.SURNAMES and all(
            is_vietnamese_syllable(t) and looks_vietnamese(t) for t in tokens[i:]
        ):
            return i
    return None


def latin_name_start(tokens: list[str]) -> int | None:
    """Index where a Latin-script name ending the run starts (1-5 tokens)."""
    i = len(tokens)
    while i > 0 and len(tokens) - i < 6:
        t = tokens[i - 1]
        if is_latin_token(t) or (t.lower() in PARTICLES and i < len(tokens)):
            i -= 1
        else:
            break
    while i < len(tokens) and tokens[i].lower() in PARTICLES:
        i += 1  # a name does not start with a particle
    return i if i < len(tokens) else None


_PERSONAL_WORD = regex.compile(r"\p{Lu}\p{Ll}*(?:-\p{Ll}+)*")


def is_personal_name(tokens: list[str]) -> bool:
    """Capitalised words (``Khăm``, ``Xỏn-xay``) that a form of address says are a
    name, though no family name or Latin spelling tells it (Lao, Khmer and Thai
    names written in Vietnamese syllables)."""
    return (
        0 < len(tokens) <= 6
        and all(_PERSONAL_WORD.fullmatch(t) for t in tokens)
        and not (" ".join(tokens) in lexicons.COUNTRIES or " ".join(tokens) in lexicons.PLACES)
    )


def same_person(short: str, full: str) -> bool:
    """Whether ``short`` can be another writing of ``full`` (``V. Putin``, ``Putin``)."""
    a, b = short.split(), full.split()
    if not a or len(a) > len(b) or a[-1].lower() != b[-1].lower():
        return False
    for x, y in zip(a[:-1], b[-len(a) : -1], strict=True):
        if x.endswith(".") and len(x) == 2:
            if not y.startswith(x[0]):
                return False
        elif x.lower() != y.lower():
            return False
    return True


def one_typo_apart(a: str, b: str) -> bool:
    """Latin-script names equal but for one slip in one word (``Erdogan``/``Erdorgan``,
    ``Chan Chun Sing``/``Chan Chung Sing``). Vietnamese names are never matched this
    way: ``Nguyễn Văn An`` and ``Nguyễn Văn Anh`` are different people."""
    x, y = a.split(), b.split()
    if len(x) != len(y) or not all(is_latin_token(t) for t in x + y):
        return False
    different = [(p, q) for p, q in zip(x, y, strict=True) if p.lower() != q.lower()]
    if len(different) != 1:
        return False
    p, q = (w.lower() for w in different[0])
    return min(len(p), len(q)) >= 4 and _one_edit(p, q)


def _one_edit(p: str, q: str) -> bool:
    if abs(len(p) - len(q)) > 1:
        return False
    if len(p) == len(q):
        return sum(c != d for c, d in zip(p, q, strict=True)) == 1
    short, long = sorted((p, q), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
