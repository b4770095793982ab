"""Errors a user sees: each says which file, where, and what was expected.

Messages are translatable templates (see db/errors.py): raise
``CurmapError(QT_TR_NOOP("a programme named '%1' already exists"), name)``.
"""
from __future__ import annotations

import functools

from sqlalchemy.exc import IntegrityError, InterfaceError, NotSupportedError, OperationalError
from sqlalchemy.exc import ProgrammingError as SQLProgrammingError

from db.errors import QT_TR_NOOP, Joined, Msg, UserError

__all__ = ["QT_TR_NOOP", "Joined", "Msg", "Plural", "CurmapError", "StandardFormatError", "ConflictError",
           "NotFoundError", "user_errors", "UserError", "programming_error"]


class Plural(Msg):
    """A message with a count: "%n modules", in Qt's plural forms ("1 module" in English).

    Made with ``Plural.tr("add course %1 (%n modules)", "", n).of(code)``: lupdate
    reads ``X.tr(text, comment, n)`` as a plural (numerus) message of context X,
    so these templates live in the context "Plural"; the count must be a plain
    name and the other values come through ``of``. Rendered by a
    ``translate(text, n, context)`` callback (the window's translators, English
    included); without one (the CLI), in the English forms of resources/curmap_en.ts.
    """

    __slots__ = ("n",)
    CONTEXT = "Plural"

    def __init__(self, template: str, n: int, *args: object) -> None:
        super().__init__(template, *args)
        self.n = n

    @classmethod
    def tr(cls, template: str, disambiguation: str, n: int) -> Plural:  # the name lupdate looks for
        return cls(template, n)

    def of(self, *args: object) -> Plural:
        """The same message with values for %1, %2…"""
        return Plural(self.template, self.n, *args)

    def render(self, translate=None) -> str:
        text = translate(self.template, self.n, self.CONTEXT) if translate is not None else self.template
        if text in (self.template, self.template.replace("%n", str(self.n))):  # not translated: English
            text = english_plural(self.template, self.n)
        text = text.replace("%n", str(self.n))
        return self.fill(text, translate) if translate is not None else self.fill(text)


def english_plural(template: str, n: int, context: str = Plural.CONTEXT) -> str:
    """The English form of a plural message for ``n`` (the template itself if it has none)."""
    forms = _english_forms().get((context, template))
    return template if forms is None else forms[0] if n == 1 else forms[1]


@functools.cache
def _english_forms() -> dict[tuple[str, str], tuple[str, str]]:
    """(context, template) -> (singular, plural), from the file the window's English translator is built from."""
    import xml.etree.ElementTree as ET
    from importlib import resources

    root = ET.fromstring(resources.files("resources").joinpath("curmap_en.ts").read_bytes())
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            forms = [f.text or "" for f in m.iter("numerusform")]
            if len(forms) == 2 and all(forms):
                out[(name, m.findtext("source"))] = (forms[0], forms[1])
    return out


class CurmapError(UserError):
    """An error with a message meant for the user, not a traceback."""


class StandardFormatError(CurmapError):
    """A standard file that does not follow the iCAP layout."""

    def __init__(self, source: str, line, message: str | Msg, *args: object) -> None:
        # ``line``: a line number, a place with ``where(source)`` (a PDF page, an
        # ODT table row: app.standards.places.Place) or None for the whole file.
        self.source = source
        self.place = line
        self.line = line if isinstance(line, int) else getattr(line, "line", None)
        detail = message if isinstance(message, Msg) else Msg(message, *args)
        self.detail = str(detail)  # the English text, without the place
        if hasattr(line, "where"):
            where = line.where(source)
        else:
            where = Msg(QT_TR_NOOP("%1, line %2"), source, line) if line else source
        super().__init__(Msg(QT_TR_NOOP("%1: %2"), where, detail))


class ConflictError(CurmapError):
    """The change would collide with data already stored (asks the user first)."""


class NotFoundError(CurmapError):
    """A programme, standard, course… named by the user does not exist."""


def user_errors() -> tuple[type[Exception], ...]:
    """Every error whose message is for the user (the rest are bugs)."""
    return (UserError,)


# What SQLite says when the SQL itself is wrong: the program's fault, never the map's.
_BAD_SQL = ("no such table", "no such column", "has no column", "syntax error", "no such function",
            "ambiguous column", "misuse", "wrong number of", "unrecognized token", "incomplete input")
# PostgreSQL: a unique or foreign key clash can be another program's write landing between our
# check and our write (READ COMMITTED); a value the app validates (not null, check) cannot.
_RACES = ("23505", "23503")


def programming_error(exc: BaseException) -> bool:
    """Whether a database error is a bug in curmap (to the bug report and the log), not the
    map's or the machine's state (a locked or read-only file, a full disk: a plain message).

    Bad SQL is a bug; so is a failed constraint the application should have
    prevented: on SQLite every check and write happen under one lock, so any
    constraint failure is; on a server, unique and foreign key clashes may be
    a concurrent writer's and are reported as conflicts.
    """
    if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":
        return False  # insufficient privilege: a reviewer's role, said as such (Workspace.perform)
    if isinstance(exc, (SQLProgrammingError, InterfaceError, NotSupportedError)):
        return True
    if isinstance(exc, IntegrityError):
        orig = exc.orig
        if type(orig).__module__.startswith("sqlite3"):
            return True
        return getattr(orig, "sqlstate", None) not in _RACES
    if isinstance(exc, OperationalError):
        text = str(exc.orig).lower()
        return any(words in text for words in _BAD_SQL)
    return False
