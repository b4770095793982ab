"""A department's map on PostgreSQL: two group roles and what each may do.

Editors read and write every table (the schema stamp aside); reviewers only
read. People log in as their own roles, members of one group or the other.
Run as the database's owner (or a superuser): the grants also cover tables
later migrations create (default privileges of the role that runs them).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, text

# Readers of the schema's version need it; only the owner changes it (migrations).
STAMP = "alembic_version"


@dataclass
class RolesReport:
    editors: str
    reviewers: str
    created: list[str] = field(default_factory=list)  # roles made now
    members: dict[str, str] = field(default_factory=dict)  # login -> group


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _role_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def set_up_roles(conn: Connection, editors: str | None = None, reviewers: str | None = None, *,
                 editor_logins: list[str] = (), reviewer_logins: list[str] = ()) -> RolesReport:
    """Create the groups (if missing; named after the database by default), grant them, and make the logins
    named members (creating them without a password if missing). Idempotent: run it again after an upgrade
    or to add people."""
    database = conn.execute(text("SELECT current_database()")).scalar()
    editors, reviewers = editors or f"{database}_editors", reviewers or f"{database}_reviewers"
    report = RolesReport(editors, reviewers)
    owner = conn.execute(text("SELECT current_user")).scalar()
    e, r, db = _q(conn, editors), _q(conn, reviewers), _q(conn, database)
    for name in (editors, reviewers):
        if not _role_exists(conn, name):
            conn.execute(text(f"CREATE ROLE {_q(conn, name)} NOLOGIN"))
            report.created.append(name)
    statements = [
        f"REVOKE ALL ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {e}, {r}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {e}, {r}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {r}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {e}",
        f"REVOKE INSERT, UPDATE, DELETE ON {STAMP} FROM {e}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {e}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {_q(conn, owner)} IN SCHEMA public GRANT SELECT ON TABLES TO {r}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {_q(conn, owner)} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {e}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {_q(conn, owner)} IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {e}",
    ]
    for sql in statements:
        conn.execute(text(sql))
    for group, logins, other in ((editors, editor_logins, reviewers), (reviewers, reviewer_logins, editors)):
        for login in logins:
            if not _role_exists(conn, login):
                conn.execute(text(f"CREATE ROLE {_q(conn, login)} LOGIN"))
                report.created.append(login)
            conn.execute(text(f"REVOKE {_q(conn, other)} FROM {_q(conn, login)}"))
            conn.execute(text(f"GRANT {_q(conn, group)} TO {_q(conn, login)}"))
            report.members[login] = group
    return report
