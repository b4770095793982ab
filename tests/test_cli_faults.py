"""The curmap command in bad weather: consent before loss, safe terminal output, closed pipes, one-line errors."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import update

from app.cli.main import main
from app.curriculum.sample import SAMPLE_NAME
from tests.conftest import SEED

ROOT = SEED.parents[1]


@pytest.fixture
def db(ws, db_path):
    ws.close()  # the CLI opens the map itself
    return str(db_path)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _without_last_attitudes(tmp_path):
    """The seed without A10-A12: the sample programme maps A10, so a replace would drop that mapping."""
    text = SEED.read_text(encoding="utf-8")
    cut = text.replace("、A10溝通協調、A11目標導向、A12樂於嘗試", "")
    assert cut != text
    path = tmp_path / "fewer.txt"
    path.write_text(cut, encoding="utf-8")
    return path


def test_a_replace_that_drops_mappings_needs_yes(db, tmp_path, capsys):
    fewer = _without_last_attitudes(tmp_path)
    code, out, err = run(capsys, "--db", db, "import-standard", fewer, "--replace")
    assert code == 1 and out == ""
    assert "would drop mapping 數位行銷學程（示例） / PRJ330 / 行銷企劃提案 -> A10" in err
    assert err.splitlines()[-1] == ("curmap: error: fewer.txt: replacing KRM2431-001v2 would drop the 1 mapping "
                                    "listed above; nothing was changed. To drop it, run again with --replace --yes")
    code, out, _ = run(capsys, "--db", db, "coverage", SAMPLE_NAME, "--json")
    assert json.loads(out)["attitudes"]["total"] == 12  # still the old text
    code, out, err = run(capsys, "--db", db, "import-standard", fewer, "--replace", "--yes")
    assert code == 0 and "kept 28 mappings, dropped 1" in out
    # A replace that drops nothing needs no --yes.
    code, out, err = run(capsys, "--db", db, "import-standard", SEED, "--replace")
    assert code == 0, err


def _store_raw(db, *statements):
    from app.changes import Changes
    from app.workspace import Workspace

    ws = Workspace.open(db)

    def op(session):
        for stmt in statements:
            session.execute(stmt)
        return None, Changes()

    ws.perform(op)
    ws.close()


def test_control_characters_already_stored_are_shown_escaped(db, capsys):
    from models.tables import item, programme

    _store_raw(db, update(item).where(item.c.code == "K01").values(title="市場\x1b]0;pwned\x07研究\x9b2J"),
               update(programme).values(name="學程\x1b[31m紅"))
    code, out, err = run(capsys, "--db", db, "show-standard", "KRM2431-001v2")
    assert code == 0 and err == ""
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "K01 市場\\u001b]0;pwned\\u0007研究\\u009b2J" in out
    code, out, _ = run(capsys, "--db", db, "programmes")
    assert "學程\\u001b[31m紅" in out and "\x1b" not in out
    # JSON stays JSON, and means the same text.
    code, out, _ = run(capsys, "--db", db, "show-standard", "KRM2431-001v2", "--json")
    assert "\x9b" not in out
    assert json.loads(out)["knowledge"][0]["title"] == "市場\x1b]0;pwned\x07研究\x9b2J"
    # Messages that quote a stored name are escaped too.
    code, out, err = run(capsys, "--db", db, "coverage", "No such")
    assert code == 1 and "\x1b" not in err and "\\u001b[31m" in err


def _closed_pipe(db, *argv):
    """Run curmap with its output going to a pipe whose reader has already gone (| head -0)."""
    proc = subprocess.Popen([sys.executable, "-m", "app.cli.main", "--db", db, *map(str, argv)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    return proc.wait(timeout=120), err


def test_a_closed_pipe_is_no_traceback_and_does_not_stop_an_import(db, tmp_path, capsys):
    code, err = _closed_pipe(db, "coverage", SAMPLE_NAME)
    assert (code, err) == (0, "")
    book = tmp_path / "map.xlsx"
    assert run(capsys, "--db", db, "export", SAMPLE_NAME, book)[0] == 0
    code, err = _closed_pipe(db, "import-workbook", book, "Copy", "--create")
    assert code == 0 and "Traceback" not in err
    assert err == ("curmap: the output was cut short (its reader closed), but the command finished "
                   "and its changes were saved\n")
    _, out, _ = run(capsys, "--db", db, "programmes")
    assert "Copy" in out  # the import happened


@pytest.fixture
def odd_files(tmp_path):
    import os

    (tmp_path / "folder").mkdir()
    (tmp_path / "folder.xlsx").mkdir()
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "fifo")
    return tmp_path


BAD_COMMANDS = [
    (["export", SAMPLE_NAME, "{t}/folder"], "the file name must end in .xlsx"),
    (["export", SAMPLE_NAME, "{t}/folder.xlsx"], "folder.xlsx: is a folder; give a file name ending in .xlsx"),
    (["export", SAMPLE_NAME, "{t}/nope/x.xlsx"], "the folder {t}/nope does not exist"),
    (["export", SAMPLE_NAME, "{t}/notes.txt/x.xlsx"], "does not exist"),
    (["export", "No such", "{t}/x.xlsx"], "no programme named 'No such'"),
    (["workbook-template", "{t}/folder"], "the file name must end in .xlsx"),
    (["import-workbook", "{t}/folder", SAMPLE_NAME], "folder: is a folder, not a workbook; nothing was imported"),
    (["import-workbook", "{t}/fifo", SAMPLE_NAME], "fifo: is not a regular file (a device or a pipe)"),
    (["import-workbook", "/dev/zero", SAMPLE_NAME], "zero: is not a regular file (a device or a pipe)"),
    (["import-workbook", "{t}/missing.xlsx", SAMPLE_NAME], "missing.xlsx: no such file"),
    (["import-workbook", "{t}/notes.txt", SAMPLE_NAME], "notes.txt: is not an Excel workbook (.xlsx)"),
    (["import-workbook", "{t}/notes.txt", "  "], "is not an Excel workbook"),
    (["--db", "{t}/folder", "programmes"], "is a folder, not a curmap map"),
    (["--db", "{t}/fifo", "programmes"], "fifo: is not a regular file (a device or a pipe), not a curmap map"),
    (["--db", "/dev/null", "programmes"], "/dev/null: is not a regular file"),
    (["--db", "{t}/notes.txt", "programmes"], "not a curmap map (the file is not an SQLite database)"),
    (["--db", "{t}/nope/map.db", "programmes"], "nope/map.db: no such map"),
    (["coverage", SAMPLE_NAME, "--standard", "NOPE"], "NOPE"),
    (["delete-standard", "NOPE"], "no standard NOPE"),
]


@pytest.mark.parametrize("argv, message", BAD_COMMANDS, ids=[" ".join(a) for a, _ in BAD_COMMANDS])
def test_bad_arguments_and_paths_are_one_line(db, odd_files, capsys, argv, message):
    import os

    if "{t}/fifo" in argv and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    args = [a.format(t=odd_files) for a in argv]
    if args[0] != "--db":
        args = ["--db", db, *args]
    def files():  # but the map's own
        return sorted(p.name for p in odd_files.iterdir() if not p.name.startswith("map.db"))

    before = files()
    code, out, err = run(capsys, *args)
    assert code == 1 and out == ""
    assert err.startswith("curmap: error: ") and err.count("\n") == 1, err
    assert message.format(t=odd_files) in err
    assert files() == before  # nothing written beside them


def test_an_empty_db_argument_is_refused_not_the_default_map(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--db", "", "programmes"])
    assert info.value.code == 2
    assert "argument --db: an empty value: give a map file or a database URL" in capsys.readouterr().err


def test_arguments_that_are_not_utf8_are_refused(capsys):
    # On POSIX, bytes that are not UTF-8 arrive as lone surrogates; SQLite could not even bind them.
    name = b"\xff\xfe".decode("utf-8", "surrogateescape")
    with pytest.raises(SystemExit) as info:
        main(["show-standard", name])
    assert info.value.code == 2
    assert "\\udcff\\udcfe: not valid UTF-8 text" in capsys.readouterr().err
