"""Undoable curriculum changes from the panes: each builds a command of
app/commands.py (what to do, and what the user saw) and runs it on the stack."""
from __future__ import annotations

from app import commands
from views.context import ViewContext


def create_programme(ctx: ViewContext, text: str, name: str, standard: str, description: str) -> int:
    return ctx.run(text, commands.CreateProgramme(name, [standard], description))


def delete(ctx: ViewContext, text: str, kind: str, ident: int, confirmed: str) -> None:
    """Delete a programme, course or module; ``confirmed``: the digest of what the confirmation named."""
    ctx.run(text, commands.Delete(kind, ident, confirmed, ctx.programme_id))


def update(ctx: ViewContext, text: str, kind: str, ident: int, values: dict, seen: dict) -> None:
    """Change fields of a programme, course or module; ``seen``: their values as shown."""
    ctx.run(text, commands.Update(kind, ident, values, seen, ctx.programme_id))


def add_course(ctx: ViewContext, text: str, programme_id: int, values: dict, position: int | None) -> int:
    return ctx.run(text, commands.AddCourse(programme_id, values, position))


def add_module(ctx: ViewContext, text: str, course_id: int, values: dict, position: int | None) -> int:
    return ctx.run(text, commands.AddModule(course_id, values, position, ctx.programme_id))


def move(ctx: ViewContext, text: str, kind: str, ident: int, position: int, course_id: int | None,
         seen: tuple[int, int]) -> None:
    """``seen``: (course id, position) where the user saw it; for a course, (0, position)."""
    if kind == "course":
        ctx.run(text, commands.MoveCourse(ident, position, seen[1], ctx.programme_id))
    else:
        ctx.run(text, commands.MoveModule(ident, position, course_id, seen, ctx.programme_id))
