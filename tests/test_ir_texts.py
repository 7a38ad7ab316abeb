"""The Persian statute texts keep Persian orthography: the half-space (ZWNJ) where it belongs.

The seed texts lost the half-space (U+200C) between a word and its suffix (داده‌ها, رایانه‌ای) and
after the verbal prefix (می‌شود); the catalogued texts have it back, and nothing else differs.
Words that merely begin with «می» (میلیون, میزان, میزبانی) are not verbs and are left alone.
"""

from __future__ import annotations

import re

import pytest

from penalties import catalog

ZWNJ = "\u200c"
LETTER = "[\u0621-\u064a\u0640\u067e\u0686\u0698\u06a9\u06af\u06cc]"
#: Forms the seeds write without the half-space (the statute's own words, each seen in a text).
UNJOINED = (
    "دادهها", "دادههای", "دادهای", "رایانهای", "سامانههای", "آنها", "حاملهای", "مجازاتهای",
    "تراشهها", "کارتهای", "صحنهها", "نرمافزارها", "سیستمهای", "شبکههای", "وبسایتهای",
    "میشود", "میشوند", "میگردد", "میرود", "میروند", "میکند", "میزند", "مییابد", "میتواند",
)  # fmt: skip
NOT_VERBS = {"میلیون", "میلیارد", "میزان", "میزبانی"}
IRANIAN = [a for a in catalog("ir.ipc")]


@pytest.mark.parametrize("entry", IRANIAN, ids=lambda a: a.id)
def test_persian_texts_have_their_half_spaces(entry) -> None:
    for text in (entry.text, entry.title_original):
        words = set(re.findall(f"{LETTER}+", text))
        assert not words & set(UNJOINED), (entry.id, sorted(words & set(UNJOINED)))
        # A verb's «می» is followed by a half-space; a word starting «می» otherwise is not a verb.
        prefixed = {w for w in words if w.startswith("می") and len(w) > 3} - NOT_VERBS
        assert all(w not in UNJOINED for w in prefixed), (entry.id, prefixed)


def test_the_half_spaces_are_where_the_texts_need_them() -> None:
    texts = " ".join(a.text for a in IRANIAN)
    assert "داده" + ZWNJ + "ها" in texts and "می" + ZWNJ + "شود" in texts and "رایانه" + ZWNJ + "ای" in texts
    assert "میلیون" in texts and "می" + ZWNJ + "لیون" not in texts  # a number word is not a verb
