"""What a query reads through: a connection from ``Workspace.read``, or the
session of the operation that calls it. Its own module so that queries need
not import the workspace that runs them."""
from __future__ import annotations

from typing import TYPE_CHECKING, Union

from sqlalchemy import Connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Reader = Union[Connection, "Session"]
