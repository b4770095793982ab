"""Two levels, named apart in both languages.

A task's competency level (1-6) is "competency level" / 職能級別 (the standard's own is its
基準級別; a unit's, in the iCAP 表3, its 單元級別). A mapping's level on the programme's scale
(I introduced, R reinforced, M mastered) is "mapping level" / 教學程度: it says how deeply a
module teaches an item, and shares no character with 級別. 層級 and 等級 are not used.
"""
from __future__ import annotations

import re

from tests.gui.test_translations import TS, _messages, _text

# English labels still saying just "level" (none: keep it so).
TODO_BARE_LEVEL: set[tuple[str, str]] = set()


def _bad_chinese(text: str) -> list[str]:
    bad = [text[max(0, m.start() - 2):m.end()] for m in re.finditer("程度", text)
           if text[max(0, m.start() - 2):m.start()] != "教學"]
    bad += [text[max(0, m.start() - 2):m.end()] for m in re.finditer("級別", text)
            if text[max(0, m.start() - 2):m.start()] not in ("職能", "基準", "單元")]
    return bad + [w for w in ("層級", "等級") if w in text]


def test_the_chinese_window_names_the_two_levels_apart():
    bad = {(ctx, src): _bad_chinese(_text(m)) for (ctx, src), m in _messages(TS).items() if _bad_chinese(_text(m))}
    assert not bad, bad


def test_no_english_label_says_just_level():
    """A label or heading ("Level", "Level scale:") must say which level it means."""
    bad = []
    for (ctx, src), _m in _messages(TS).items():
        plain = src.replace("&", "")
        label = len(plain.split()) <= 4 or plain.rstrip().endswith(":")
        if label and re.search(r"\blevels?\b", plain, re.I) and not re.search(r"(competency|mapping) levels?", plain,
                                                                              re.I):
            bad.append((ctx, src))
    assert sorted(set(bad) - TODO_BARE_LEVEL) == []
    assert set(bad) >= TODO_BARE_LEVEL, "a TODO was done: take it off the list"


def test_the_workbook_labels_name_the_two_levels_apart():
    from app.excel.common import LABELS

    for key, (english, chinese) in LABELS.items():
        if re.search(r"\blevels?\b", english, re.I) and not english.startswith(("Use one of",)):
            assert re.search(r"(competency|mapping) levels?", english, re.I), (key, english)
        assert not _bad_chinese(chinese), (key, chinese)
    assert LABELS["scale"] == ("Mapping levels", "教學程度")
    assert LABELS["level"] == ("Competency level", "職能級別")
