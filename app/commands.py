"""Undoable changes, without Qt: each command knows ``do(ws)`` and ``undo(ws)``.

Every step is one ``Workspace.perform`` that states what it expects to find
(the cells or fields the user saw, the digest of what goes, a position), so
a step the map no longer allows, because someone changed it since, is
refused with a ConflictError that says what changed, and writes nothing.
The window wraps each command in a QUndoCommand (views/undo.py); a refused
undo or redo drops that one command and keeps the rest, each of which is
checked again when it runs.

An add is undone by deleting what it made (checked against what it made)
and redone by restoring the deletion's snapshot, so ids stay stable and
later commands on the stack still find their rows.
"""
from __future__ import annotations

from typing import Any

from app.curriculum.mappings import MappingState, set_mappings
from app.lazy import LazyModule

# Loaded on first use: they bring the ORM, which the window's start-up does without.
ops = LazyModule("app.curriculum.ops")
excel_apply = LazyModule("app.excel.apply")
migrate_apply = LazyModule("app.curriculum.migrate_apply")


class Command:
    """One undoable change. ``programme_id``/``module_id``: where it happened, for the
    window to show it again when it is undone or redone (0: nowhere in particular)."""

    programme_id: int = 0
    module_id: int = 0

    def do(self, ws) -> Any:  # noqa: ANN001 - a Workspace
        raise NotImplementedError

    def undo(self, ws) -> Any:  # noqa: ANN001
        raise NotImplementedError


# ---- mappings ---------------------------------------------------------------------

class SetCells(Command):
    """Write cells of the matrix or the mapping editor; ``seen`` is each cell as the user saw it."""

    def __init__(self, new: list[MappingState], seen: list[MappingState], programme_id: int = 0) -> None:
        final = {(s.module_id, s.item_id): s for s in new}  # later cells win
        saw = {(s.module_id, s.item_id): s for s in seen}
        missing = set(final) - set(saw)
        if missing:
            raise ValueError(f"no cell as seen for {sorted(missing)}")
        self.new = list(final.values())
        self.seen = [saw[k] for k in final]
        modules = {k[0] for k in final}
        self.programme_id = programme_id
        self.module_id = next(iter(modules)) if len(modules) == 1 else 0

    def do(self, ws):
        return ws.perform(set_mappings, self.new, expected=self.seen)

    def undo(self, ws):
        return ws.perform(set_mappings, self.seen, expected=self.new)


# ---- programmes, courses, modules -----------------------------------------------------

class _Creates(Command):
    """Do: make it (first time) or put back what undo removed; undo: remove exactly what was made."""

    kind = ""

    def __init__(self) -> None:
        self.ident = 0
        self._digest = ""
        self._snapshot: dict | None = None

    def _create(self, session):  # noqa: ANN001 - returns (id, Changes) like an op
        raise NotImplementedError

    def _create_and_digest(self, session):
        ident, changes = self._create(session)
        return (ident, ops.digest(ops.SNAPSHOTS[self.kind](session, ident))), changes

    def do(self, ws):
        if self._snapshot is None:
            self.ident, self._digest = ws.perform(self._create_and_digest)
        else:
            ws.perform(_op("restore", self.kind), self._snapshot)
        return self.ident

    def undo(self, ws):
        self._snapshot = ws.perform(_op("delete", self.kind), self.ident, expected=self._digest)


class CreateProgramme(_Creates):
    kind = "programme"

    def __init__(self, name: str, standards: list[str], description: str = "") -> None:
        super().__init__()
        self.name, self.standards, self.description = name, standards, description

    def _create(self, session):
        return ops.create_programme(session, self.name, self.standards, description=self.description)

    def do(self, ws):
        self.programme_id = super().do(ws)
        return self.programme_id


class AddCourse(_Creates):
    kind = "course"

    def __init__(self, programme_id: int, values: dict, position: int | None = None) -> None:
        super().__init__()
        self.programme_id, self.values, self.position = programme_id, dict(values), position

    def _create(self, session):
        v = dict(self.values)
        return ops.add_course(session, self.programme_id, v.pop("code"), v.pop("name"), position=self.position, **v)


class AddModule(_Creates):
    kind = "module"

    def __init__(self, course_id: int, values: dict, position: int | None = None, programme_id: int = 0) -> None:
        super().__init__()
        self.course_id, self.values, self.position = course_id, dict(values), position
        self.programme_id = programme_id

    def _create(self, session):
        v = dict(self.values)
        return ops.add_module(session, self.course_id, v.pop("title"), position=self.position, **v)


class Delete(Command):
    """Delete a programme, course or module: ``confirmed`` is the digest of what the user agreed to delete
    (app.curriculum.snapshots.delete_preview)."""

    def __init__(self, kind: str, ident: int, confirmed: str, programme_id: int = 0) -> None:
        self.kind, self.ident, self.confirmed = kind, ident, confirmed
        self.programme_id = programme_id
        self._snapshot: dict | None = None

    def do(self, ws):
        self._snapshot = ws.perform(_op("delete", self.kind), self.ident, expected=self.confirmed)

    def undo(self, ws):
        ws.perform(_op("restore", self.kind), self._snapshot)  # exactly as it was: ``confirmed`` holds again


class Update(Command):
    """Change fields of a programme, course or module; ``seen`` holds them as the user saw them."""

    def __init__(self, kind: str, ident: int, values: dict, seen: dict, programme_id: int = 0) -> None:
        from app.curriculum.conflicts import normalized

        missing = set(values) - set(seen)
        if missing:
            raise ValueError(f"no value as seen for {sorted(missing)}")
        self.kind, self.ident = kind, ident
        self.values = normalized(values)
        self.seen = {k: seen[k] for k in values}
        self.programme_id = programme_id

    def do(self, ws):
        return ws.perform(_op("update", self.kind), self.ident, expected=self.seen, **self.values)

    def undo(self, ws):
        return ws.perform(_op("update", self.kind), self.ident, expected=self.values, **self.seen)


class MoveCourse(Command):
    def __init__(self, course_id: int, position: int, seen_position: int, programme_id: int = 0) -> None:
        self.ident, self.position, self.seen = course_id, position, seen_position
        self.programme_id = programme_id
        self._now = seen_position

    def _move(self, session, position: int, expected: int):
        _old, changes = ops.move_course(session, self.ident, position, expected=expected)
        return ops.course_position(session, self.ident), changes

    def do(self, ws):
        self._now = ws.perform(self._move, self.position, self.seen)

    def undo(self, ws):
        ws.perform(self._move, self.seen, self._now)


class MoveModule(Command):
    """Move a module within its course or to another course of the programme;
    ``seen``: (course id, position) where the user saw it."""

    def __init__(self, module_id: int, position: int, course_id: int | None, seen: tuple[int, int],
                 programme_id: int = 0) -> None:
        self.ident, self.position, self.course_id, self.seen = module_id, position, course_id, tuple(seen)
        self.programme_id = programme_id
        self._now = self.seen

    def _move(self, session, position: int, course_id: int | None, expected: tuple[int, int]):
        _old, changes = ops.move_module(session, self.ident, position, course_id, expected=expected)
        return ops.module_place(session, self.ident), changes

    def do(self, ws):
        self._now = ws.perform(self._move, self.position, self.course_id, self.seen)

    def undo(self, ws):
        ws.perform(self._move, self.seen[1], self.seen[0], self._now)


class SetTargets(Command):
    """Point a programme at standards; ``seen``: the codes it targeted as the user saw them."""

    def __init__(self, programme_id: int, codes: list[str], seen: list[str]) -> None:
        self.programme_id, self.codes, self.seen = programme_id, list(codes), list(seen)

    def do(self, ws):
        return ws.perform(ops.set_targets, self.programme_id, self.codes, expected=self.seen)

    def undo(self, ws):
        return ws.perform(ops.set_targets, self.programme_id, self.seen, expected=self.codes)


class ImportWorkbook(Command):
    """Make a programme match a previewed workbook. Do re-plans under the writers' lock and refuses
    when the programme moved since the preview; undo refuses when it moved since the import."""

    def __init__(self, plan) -> None:  # noqa: ANN001 - an app.excel.plan.ImportPlan
        self.plan = plan
        self.programme_id = plan.programme_id or 0
        self.result = None

    def do(self, ws, progress=None):  # noqa: ANN001 - an app.progress.Progress, when run as a job
        args = (self.plan,) if progress is None else (self.plan, progress)
        self.result = ws.perform(excel_apply.apply_import, *args)
        self.programme_id = self.result.programme_id
        return self.result

    def undo(self, ws):
        ws.perform(excel_apply.undo_import, self.result.undo)


class MigrateProgramme(Command):
    """Carry a programme's mappings to a new version of its standard. Do refuses when the mappings
    are no longer as planned; undo puts every row back and refuses when they moved since."""

    def __init__(self, plan, drop_uncarried: bool = False, keep_old: bool = False) -> None:  # noqa: ANN001
        self.plan, self.drop, self.keep = plan, drop_uncarried, keep_old
        self.programme_id = plan.programme_id
        self.result = None

    def do(self, ws):
        self.result = ws.perform(migrate_apply.apply_migration, self.plan, drop_uncarried=self.drop,
                                 keep_old=self.keep)
        return self.result

    def undo(self, ws):
        ws.perform(migrate_apply.undo_migration, self.result.undo)


def _op(verb: str, kind: str):
    """``delete_course``, ``restore_module``…: the operation for ``verb`` on ``kind``."""
    return getattr(ops, f"{verb}_{kind}")
