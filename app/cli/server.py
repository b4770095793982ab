"""``curmap init-server``: a department's map on an existing PostgreSQL database."""
from __future__ import annotations

from app.errors import QT_TR_NOOP, CurmapError


def register(sub) -> None:
    p = sub.add_parser(
        "init-server",
        help="set up a shared map on an existing PostgreSQL database: the schema, an editors role "
             "(read and write) and a reviewers role (read only)",
        description="Run as the database's owner. The password comes from PGPASSWORD, ~/.pgpass or a "
                    "service file (postgresql:///?service=NAME), never from the command line. Run it again "
                    "after updating curmap (it upgrades the schema) or to add people.")
    p.add_argument("url", metavar="URL", help="postgresql://OWNER@HOST/DATABASE[?sslmode=require]")
    p.add_argument("--editors", metavar="ROLE", help="the group that may change the map (default: DATABASE_editors)")
    p.add_argument("--reviewers", metavar="ROLE",
                   help="the group that may only read the map (default: DATABASE_reviewers)")
    p.add_argument("--editor", metavar="LOGIN", action="append", default=[],
                   help="make LOGIN an editor (a new login gets no password: set one with psql's \\password)")
    p.add_argument("--reviewer", metavar="LOGIN", action="append", default=[], help="make LOGIN a reviewer")
    p.add_argument("--sample", action="store_true",
                   help="a new map also gets the sample programme (it always gets the bundled standard)")
    p.set_defaults(handler=cmd_init_server)


def cmd_init_server(args, _open_workspace) -> int:
    from sqlalchemy.exc import DBAPIError

    from app.maps.seed import fill_new_map, fill_with_standard
    from app.version import __version__
    from db.database import open_database
    from db.engine import display_url, to_url
    from db.roles import set_up_roles
    from db.schema import SCHEMA_HEAD

    url = to_url(args.url)
    if not url.startswith("postgresql"):
        raise CurmapError(QT_TR_NOOP("init-server sets up a PostgreSQL database (postgresql://…); "
                                     "a map file needs no setting up"))
    db = open_database(url, app_version=__version__, readonly=False,
                       on_create=fill_new_map if args.sample else fill_with_standard)
    try:
        if db.readonly:
            raise CurmapError(QT_TR_NOOP("%1: your role may not change this database; "
                                         "run init-server as its owner"), display_url(url))
        try:
            with db.engine.begin() as conn:
                report = set_up_roles(conn, args.editors, args.reviewers, editor_logins=args.editor,
                                      reviewer_logins=args.reviewer)
        except DBAPIError as exc:  # e.g. not the owner: said without the password, as a user error
            raise CurmapError(QT_TR_NOOP("%1: cannot set up the roles (%2); run init-server as the "
                                         "database's owner"), display_url(url),
                              db.redact(str(exc.orig).strip())) from None
    finally:
        db.close()
    state = "created" if db.created else f"upgraded from schema {db.migrated_from}" if db.migrated_from \
        else "already set up"
    print(f"{display_url(url)}: map {state} (schema {SCHEMA_HEAD})")
    for group, what in ((report.editors, "may change the map"), (report.reviewers, "may only read it")):
        members = sorted(login for login, g in report.members.items() if g == group)
        print(f"  {group}: {what}" + (f"; now also {', '.join(members)}" if members else ""))
    new_logins = [r for r in report.created if r in report.members]
    if new_logins:
        print("  new logins have no password yet; set one in psql with: "
              + "; ".join(f"\\password {name}" for name in new_logins))
    print("  people open it with: curmap --db postgresql://LOGIN@HOST/DATABASE (password from PGPASSWORD, "
          "~/.pgpass or a service file)")
    return 0
