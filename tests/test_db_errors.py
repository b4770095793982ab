"""A database error that is a bug in curmap reaches the bug report, not a friendly warning."""
from __future__ import annotations

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError, OperationalError

from app.changes import Changes
from app.errors import CurmapError, programming_error, user_errors
from models.tables import course


def test_bad_sql_in_a_read_is_a_bug_not_a_message(ws):
    with pytest.raises(OperationalError) as caught:
        ws.read(lambda db: db.execute(text("SELECT no_such_column FROM item")).all())
    assert not isinstance(caught.value, user_errors())


def test_a_constraint_the_app_should_have_kept_is_a_bug(ws):
    def op(session):  # a course with no code: the operations refuse that before the database would
        session.execute(insert(course).values(programme_id=1, code=None, name="x", position=9))
        return None, Changes(curriculum=frozenset({1}))

    with pytest.raises(IntegrityError) as caught:
        ws.perform(op)
    assert not isinstance(caught.value, user_errors())


class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


@pytest.mark.parametrize("sqlstate, bug", [("23505", False), ("23503", False), ("23502", True), ("23514", True)])
def test_on_a_server_a_clash_with_another_writer_is_not_a_bug(sqlstate, bug):
    # unique and foreign key clashes can be another program's commit landing between check and write
    assert programming_error(IntegrityError("INSERT …", {}, _PgError(sqlstate))) is bug


@pytest.mark.parametrize("message, bug", [("database is locked", False), ("attempt to write a readonly database", False),
                                          ("database or disk is full", False), ("no such table: item", True),
                                          ('near "SELEC": syntax error', True)])
def test_what_the_machine_causes_stays_a_message(message, bug):
    assert programming_error(OperationalError("SELECT 1", {}, Exception(message))) is bug


def test_a_refused_change_is_still_a_message(ws):
    from app.curriculum.ops import add_course

    with pytest.raises(CurmapError):
        ws.perform(add_course, 1, "MKT101", "same code again")
