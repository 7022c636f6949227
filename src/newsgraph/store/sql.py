"""`query sql`: one SELECT over the corpus, on a connection that can read nothing but the store.

Three locks, each enough on its own for most attacks, together for all we know of:

1. the statement: DuckDB's own parser splits the string (comments, whitespace, several statements
   and all); exactly one statement, of type SELECT, is accepted (WITH, FROM-first, VALUES, DESCRIBE,
   SHOW and SUMMARIZE parse as SELECT), and the parsed statement is what runs, not the string again;
2. the connection: opened read-only with ``enable_external_access = false`` (no ATTACH, COPY,
   EXPORT, INSTALL/LOAD, no file or URL in a table function, no secrets directory, no extension
   autoloading), then the local and HTTP file systems are disabled (so even ``read_text`` of the
   store's own file fails), spilling to a temporary folder is off, and ``lock_configuration = true``
   so no later SET or PRAGMA can undo any of it;
3. the answer: at most ``limit`` rows are fetched, and ``timeout`` seconds interrupt a runaway query.
"""
from __future__ import annotations

import threading
from pathlib import Path

from ..errors import SqlRefused, StoreError

# Set at open: these cannot be changed once the database has started.
OPEN_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_unsigned_extensions": False,
    "allow_persistent_secrets": False,
    "temp_directory": "",  # no spilling: a query too big for memory fails instead of writing files
}
# Set right after opening, before any user SQL; the last one freezes every setting.
LOCKS = (
    "SET disabled_filesystems = 'LocalFileSystem,HTTPFileSystem'",
    "SET lock_configuration = true",
)

SELECT_ONLY = ("query sql runs one SELECT (WITH ... SELECT, FROM ..., VALUES, DESCRIBE, SHOW and SUMMARIZE "
               "count as SELECT); to change the corpus use `newsgraph ingest`, to copy it out `newsgraph export`")


def connect(path: str | Path):
    """A read-only connection to the corpus at ``path`` that can read only the store.

    Raises StoreError (E010-E012) as ``store.connect`` does for a missing, locked or foreign file.
    """
    import duckdb

    from .db import connect as connect_store
    from .db import current_version_readonly, retry_open, translate
    from .schema import SCHEMA_VERSION

    path = Path(path)
    if not path.exists() or path.is_dir():
        connect_store(path, read_only=True)  # raises the same coded errors as every other query
    def open_locked():
        try:
            return duckdb.connect(str(path), read_only=True, config=dict(OPEN_CONFIG))
        except duckdb.Error as error:
            raise translate(error, path) from error

    con = retry_open(open_locked, path, read_only=True)  # an ingest holds the file for one batch at a time
    try:
        for statement in LOCKS:
            con.execute(statement)
        version = current_version_readonly(con)
    except duckdb.Error as error:
        con.close()
        raise translate(error, path) from error
    if version < SCHEMA_VERSION:
        con.close()
        raise StoreError(f"the database has schema version {version}, this newsgraph needs {SCHEMA_VERSION}; "
                         f"run `newsgraph ingest --db {path}` once to migrate it", source=str(path))
    return con


def is_locked(con) -> bool:
    """Whether ``con`` was opened by :func:`connect` (external access off, configuration locked)."""
    rows = dict(con.execute("SELECT name, value FROM duckdb_settings() WHERE name IN "
                            "('enable_external_access', 'lock_configuration')").fetchall())
    return (rows.get("enable_external_access", "").lower() == "false"
            and rows.get("lock_configuration", "").lower() == "true")


def parse_select(con, statement: str):
    """The one SELECT statement in ``statement``, parsed by DuckDB. Raises SqlRefused otherwise."""
    import duckdb

    try:
        parsed = con.extract_statements(statement)
    except duckdb.Error as error:
        raise SqlRefused(f"SQL error: {str(error).splitlines()[0]}") from error
    if not parsed:
        raise SqlRefused(f"the statement is empty; {SELECT_ONLY}")
    if len(parsed) > 1:
        kinds = ", ".join(s.type.name for s in parsed)
        raise SqlRefused(f"one statement at a time: this holds {len(parsed)} ({kinds}); {SELECT_ONLY}")
    (one,) = parsed
    if one.type != duckdb.StatementType.SELECT:
        raise SqlRefused(f"a {one.type.name} statement is refused; {SELECT_ONLY}")
    return one


def select(con, statement: str, *, limit: int | None = None, timeout: float | None = None):
    """Run one SELECT on ``con`` (from :func:`connect`) and return a queries.Table of at most ``limit`` rows.

    A connection not opened by :func:`connect` is refused: locking it here would change the settings
    of its caller's whole database.
    """
    import duckdb

    from .queries import Table

    if not is_locked(con):
        raise SqlRefused("this connection can read files outside the store; open it with "
                         "newsgraph.store.sql.connect(path)")
    parsed = parse_select(con, statement)
    timer = threading.Timer(timeout, con.interrupt) if timeout else None
    try:
        if timer:
            timer.start()
        cursor = con.execute(parsed)
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall() if limit is None else cursor.fetchmany(limit)
    except duckdb.InterruptException as error:
        raise SqlRefused(f"the query ran longer than {timeout:g} s and was stopped; narrow it down") from error
    except duckdb.PermissionException as error:
        raise SqlRefused("query sql reads the corpus tables only; files, URLs and settings are out of its reach "
                         f"({str(error).splitlines()[0]})") from error
    except duckdb.Error as error:
        raise SqlRefused(f"SQL error: {str(error).splitlines()[0]}") from error
    finally:
        if timer:
            timer.cancel()
    return Table(columns, rows)


def run(path: str | Path, statement: str, *, limit: int | None = None, timeout: float | None = None):
    """Open the store at ``path`` locked, run one SELECT, close it."""
    con = connect(path)
    try:
        return select(con, statement, limit=limit, timeout=timeout)
    finally:
        con.close()
