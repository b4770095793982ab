"""The window when input would destroy work: it says what goes, in numbers, before anything goes."""
from __future__ import annotations

import pytest

from .helpers import rows

pytestmark = pytest.mark.gui


def _import(window, prompts, qtbot, path) -> None:
    prompts.open_path = str(path)
    window.act_import_workbook.trigger()
    with qtbot.waitSignal(window.files.jobs[-1].done, timeout=20000):
        pass


def test_a_blank_workbook_asks_before_deleting_the_programme(window, prompts, qtbot, tmp_path):
    from app.excel.template import write_template

    path = tmp_path / "blank.xlsx"
    window.ctx.read(write_template, None, path)
    courses = rows(window.curriculum.model)
    prompts.answer = False
    _import(window, prompts, qtbot, path)
    question = prompts.questions[-1]
    assert "This DELETES 4 course(s), 12 module(s) and 29 mapping(s) that the workbook lacks." in question
    assert question.index("This DELETES") < question.index("remove course MKT101")
    assert rows(window.curriculum.model) == courses  # "No" keeps everything

    prompts.answer = True
    _import(window, prompts, qtbot, path)
    assert rows(window.curriculum.model) == []
    window.act_undo.trigger()
    assert rows(window.curriculum.model) == courses
