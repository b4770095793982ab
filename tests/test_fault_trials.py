"""Faults while curmap writes (bench/fault_trials.py): none may lose, corrupt or half-write anything.

A full disk injected at many points of an export, a really full disk where
a small tmpfs can be mounted, a locked and a read-only map, and writers
killed with SIGKILL (and SIGTERM) at random moments, after which the map
passes integrity_check and holds exactly what it held before or after.
"""
from __future__ import annotations

import os

import pytest

from bench import fault_trials, input_trials
from bench.workbook_trials import pristine_map


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faults")
    work = folder / "work"
    work.mkdir()
    return pristine_map(folder), work


def _judged(trials) -> list:
    outcomes = list(trials)
    bad = [f"{cls} / {name}: {o.kind}: {o.detail}" for cls, name, o in outcomes if o.kind not in ("refused", "accepted")]
    assert not bad, "\n".join(bad)
    return outcomes


def test_a_disk_that_fills_at_any_point_of_an_export(setting):
    outcomes = _judged(fault_trials.enospc_trials(*setting))
    assert sum(o.kind == "refused" for _, _, o in outcomes) >= 15  # most points really fail the export


def test_a_really_full_disk(setting):
    outcomes = _judged(fault_trials.tmpfs_trials(*setting))
    if not outcomes:
        pytest.skip("cannot mount a small tmpfs here; the injected full-disk test covers the logic")
    assert any(o.kind == "refused" for _, _, o in outcomes)


def test_a_locked_and_a_read_only_map(setting):
    outcomes = _judged(fault_trials.lock_trials(*setting, writes=1))  # the bench tries three kinds of write
    assert [o.kind for _, _, o in outcomes] == ["refused", "accepted", "refused"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_writers_killed_at_random_moments(setting):
    outcomes = _judged(fault_trials.kill_trials(*setting, kills=6, rows=3000))
    assert len(outcomes) == 7


def test_typed_text_numbers_command_lines_and_map_files(setting):
    for trials in (input_trials.text_trials, input_trials.number_trials, input_trials.cli_trials,
                   input_trials.map_file_trials):
        _judged(trials(*setting))
