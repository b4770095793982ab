"""Errors and messages for the user: English text for the CLI and the log,
translatable for the window.

A message is an English template with %1, %2… and its arguments. Templates
are marked with ``QT_TR_NOOP`` (a plain identity function here, Qt-free), so
Qt's lupdate collects them into resources/curmap_zh_TW.ts; the window shows
``render(translate)`` and the CLI ``str()``.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_PLACE = re.compile(r"%(\d+)")


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def _same(text: str, n: int = -1, context: str = "") -> str:
    return text


class Msg:
    """A template and its arguments; an argument may itself be a Msg."""

    __slots__ = ("template", "args")

    def __init__(self, template: str, *args: object) -> None:
        self.template, self.args = template, args

    def render(self, translate: Callable[..., str] = _same) -> str:
        """The text in a language: ``translate(template, n=-1, context="")`` looks a template up."""
        return self.fill(translate(self.template), translate)

    def fill(self, text: str, translate: Callable[..., str] = _same) -> str:
        values = [a.render(translate) if isinstance(a, Msg) else str(a) for a in self.args]
        return _PLACE.sub(lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
                          else m.group(0), text)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Msg({self.template!r}, {', '.join(map(repr, self.args))})"


class Joined(Msg):
    """Parts (texts or Msgs) rendered and joined by ``sep``: a list of problems, lines."""

    __slots__ = ("sep",)

    def __init__(self, sep: str, *parts: object) -> None:
        super().__init__("", *parts)
        self.sep = sep

    def render(self, translate: Callable[..., str] = _same) -> str:
        return self.sep.join(p.render(translate) if isinstance(p, Msg) else str(p) for p in self.args)


class UserError(Exception):
    """An error whose message is for the user, not a traceback.

    ``UserError(QT_TR_NOOP("a course needs a %1"), "code")`` or ``UserError(msg)``.
    """

    def __init__(self, message: str | Msg, *args: object) -> None:
        self.message = message if isinstance(message, Msg) else Msg(message, *args)
        super().__init__(str(self.message))

    def render(self, translate: Callable[..., str] = _same) -> str:
        return self.message.render(translate)


class DatabaseOpenError(UserError):
    """The database cannot be opened as a curmap map; the file was not changed."""


class ReadOnlyError(UserError):
    """A change was attempted on a map opened read-only."""
