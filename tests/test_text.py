"""Text entering a map loses what terminals and Excel cannot take, and keeps the rest."""
from __future__ import annotations

import pytest

from app.text import clean_text, has_unwanted


@pytest.mark.parametrize("raw, single, clean", [
    ("市場\x07研究\x1b[31m", True, "市場研究[31m"),  # BEL, ESC: no terminal escapes stored
    ("x\ufffey\uffff\U0010ffff", True, "xy"),  # XML forbids them: the export could not be read back
    ("\ud800title", True, "title"),  # a lone surrogate cannot be encoded at all
    (" 職能\r\n基準\t ", True, "職能 基準"),  # names and titles are one line
    ("line 1\r\nline 2\tend", False, "line 1\nline 2 end"),  # descriptions keep their lines
    ("3D列印 efe Ω", True, "3D列印 efe Ω"),  # ordinary text is untouched
])
def test_clean_text(raw, single, clean):
    assert clean_text(raw, single_line=single) == clean
    assert not has_unwanted(clean)
