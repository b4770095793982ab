"""A programme's threshold and level scale: set from the command line, with what it does to the figures."""
from __future__ import annotations

import pytest

from app.cli.main import main
from app.coverage.engine import coverage_by_name
from app.curriculum.queries import find_programme
from app.curriculum.sample import SAMPLE_NAME
from app.curriculum.fields import scale as check_scale
from app.curriculum.settings import settings_effect
from app.errors import CurmapError


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(ws, db_path):
    ws.close()
    return str(db_path)


def test_raising_the_threshold_says_what_stops_counting_then_counts_so(db, capsys):
    code, out, err = run(capsys, "--db", db, "set-programme", SAMPLE_NAME, "--threshold", "R")
    assert code == 0, err
    assert out.splitlines() == [
        "With threshold R, 4 items counted as covered at I no longer count (K08 K09 K10 K15).",
        "Items covered: 21 → 17 of 35; tasks fully covered: 6 → 0 of 13.",
        f"updated programme '{SAMPLE_NAME}': scale I/R/M, covered at R or above",
    ]
    code, out, _ = run(capsys, "--db", db, "coverage", SAMPLE_NAME)
    assert "(covered at R or above)" in out and "items: 17/35 covered" in out
    code, out, _ = run(capsys, "--db", db, "set-programme", "1", "--threshold", "i")  # back, by id
    assert "With threshold I, 4 more items count as covered, mapped at I (K08 K09 K10 K15)." in out


def test_a_dry_run_writes_nothing(db, capsys):
    code, out, _ = run(capsys, "--db", db, "set-programme", SAMPLE_NAME, "--threshold", "M", "--dry-run")
    assert code == 0 and out.splitlines()[-1] == "dry run: nothing was written"
    assert "18 items counted as covered at I/R no longer count" in out and "and 6 more" in out
    code, out, _ = run(capsys, "--db", db, "coverage", SAMPLE_NAME)
    assert "(covered at I or above)" in out


def test_a_new_scale_relabels_and_keeps_every_mapping(db, capsys, ws):
    code, out, err = run(capsys, "--db", db, "set-programme", SAMPLE_NAME, "--scale", "1, 2, 3, 4")
    assert code == 0, err
    assert out.splitlines()[0] == "Mapping levels I/R/M become 1/2/3/4; every mapping keeps its place on the scale."
    code, out, _ = run(capsys, "--db", db, "coverage", SAMPLE_NAME, "--json")
    assert '"threshold": "1"' in out and '"covered": 21' in out


@pytest.mark.parametrize("args, message", [
    (["--scale", "I,R"], "3 mappings use a mapping level above R; change them before shortening the scale to I/R"),
    (["--scale", "I,R,r"], "the level scale I/R/r names a level twice"),
    (["--scale", "I,R*,M"], "'R*' cannot be a level label"),
    (["--threshold", "X"], "'X' is not a level on the scale I/R/M"),
    ([], "say what to set: --threshold LEVEL and/or --scale I,R,M"),
])
def test_a_bad_setting_is_refused_and_nothing_changes(db, capsys, args, message):
    code, out, err = run(capsys, "--db", db, "set-programme", SAMPLE_NAME, *args)
    assert code == 1 and out == "" and message in err and err.count("\n") == 1
    code, out, _ = run(capsys, "--db", db, "coverage", SAMPLE_NAME)
    assert "(covered at I or above)" in out and "items: 21/35" in out


def test_the_effect_is_computed_without_changing_anything(ws):
    pid = ws.read(find_programme, SAMPLE_NAME).id
    effect = ws.read(settings_effect, pid, None, 3)
    assert (effect.items_before, effect.items_after, effect.items_total) == (21, 3, 35)
    assert ws.read(coverage_by_name, SAMPLE_NAME).items_covered == 21
    assert not ws.read(settings_effect, pid).changed
    assert [str(line) for line in ws.read(settings_effect, pid).lines()] == ["Nothing changes."]


def test_check_scale():
    assert check_scale([" I", "R ", "M"]) == ("I", "R", "M")
    for bad in ([], ["I", ""], ["A B"], ["I"] * 10, ["x" * 11]):
        with pytest.raises(CurmapError):
            check_scale(bad)
