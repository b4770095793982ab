"""Background work leaves the window its turn: the GIL changes hands often while a job runs."""
from __future__ import annotations

import sys

import pytest

from tests.gui.helpers import wait_jobs

pytestmark = pytest.mark.gui


def test_while_an_export_runs_the_window_gets_the_gil_back_within_a_millisecond(window, prompts, qtbot,
                                                                                 tmp_path, monkeypatch):
    import app.excel.export as export

    before = sys.getswitchinterval()
    seen = []
    real = export.export_workbook

    def export_workbook(*args, **kwargs):  # on the job's thread, as the export runs
        seen.append(sys.getswitchinterval())
        return real(*args, **kwargs)

    monkeypatch.setattr(export, "export_workbook", export_workbook)
    prompts.save_path = str(tmp_path / "out.xlsx")
    window.act_export.trigger()
    wait_jobs(window, qtbot)
    assert (tmp_path / "out.xlsx").exists()
    assert seen and seen[0] <= 0.001  # a busy worker made every return to Python wait up to 5 ms
    assert sys.getswitchinterval() == before  # and once the work is done, as it was
