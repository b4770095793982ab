"""Undoable curriculum changes: each pairs an app operation with its inverse.

An add undoes by deleting and redoes by restoring the deletion's snapshot,
so ids stay stable and later commands on the stack still find their rows.
"""
from __future__ import annotations

from app.lazy import LazyModule
from views.context import ViewContext

ops = LazyModule("app.curriculum.ops")


def create_programme(ctx: ViewContext, text: str, name: str, standard: str, description: str) -> int:
    return ctx.run(
        text,
        lambda ws, snap: ws.perform(ops.create_programme, name, [standard], description=description)
        if snap is None else ws.perform(ops.restore_programme, snap),
        lambda ws, pid: ws.perform(ops.delete_programme, pid))


def delete_programme(ctx: ViewContext, text: str, programme_id: int) -> None:
    ctx.run(text, lambda ws, _: ws.perform(ops.delete_programme, programme_id),
            lambda ws, snap: ws.perform(ops.restore_programme, snap), where=(programme_id, 0))


def update_programme(ctx: ViewContext, text: str, programme_id: int, values: dict) -> None:
    ctx.run(text, lambda ws, _: ws.perform(ops.update_programme, programme_id, **values),
            lambda ws, old: ws.perform(ops.update_programme, programme_id, **old))


def add_course(ctx: ViewContext, text: str, programme_id: int, values: dict, position: int | None) -> int:
    return ctx.run(
        text,
        lambda ws, snap: ws.perform(ops.add_course, programme_id, values["code"], values["name"],
                                    **_without(values, "code", "name"), position=position)
        if snap is None else ws.perform(ops.restore_course, snap),
        lambda ws, cid: ws.perform(ops.delete_course, cid))


def add_module(ctx: ViewContext, text: str, course_id: int, values: dict, position: int | None) -> int:
    return ctx.run(
        text,
        lambda ws, snap: ws.perform(ops.add_module, course_id, values["title"], **_without(values, "title"),
                                    position=position)
        if snap is None else ws.perform(ops.restore_module, snap),
        lambda ws, mid: ws.perform(ops.delete_module, mid))


def update(ctx: ViewContext, text: str, kind: str, ident: int, values: dict) -> None:
    op = ops.update_course if kind == "course" else ops.update_module
    ctx.run(text, lambda ws, _: ws.perform(op, ident, **values),
            lambda ws, old: ws.perform(op, ident, **old))


def delete(ctx: ViewContext, text: str, kind: str, ident: int) -> None:
    op, restore = ((ops.delete_course, ops.restore_course) if kind == "course"
                   else (ops.delete_module, ops.restore_module))
    ctx.run(text, lambda ws, _: ws.perform(op, ident), lambda ws, snap: ws.perform(restore, snap))


def move(ctx: ViewContext, text: str, kind: str, ident: int, position: int, course_id: int | None) -> None:
    if kind == "course":
        ctx.run(text, lambda ws, _: ws.perform(ops.move_course, ident, position),
                lambda ws, old: ws.perform(ops.move_course, ident, old))
    else:
        ctx.run(text, lambda ws, _: ws.perform(ops.move_module, ident, position, course_id),
                lambda ws, old: ws.perform(ops.move_module, ident, old[1], old[0]))


def _without(values: dict, *keys: str) -> dict:
    return {k: v for k, v in values.items() if k not in keys}
