"""Opening the corpus database, with DuckDB's errors turned into coded, actionable ones."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import NotADatabase, StoreError, StoreLocked
from .schema import SCHEMA_VERSION, migrate


def connect(path: str | Path, *, read_only: bool = False):
    """A DuckDB connection to the corpus at ``path``, migrated to the current schema when writable.

    Raises NotADatabase for a file that is not DuckDB, StoreLocked when another process is writing
    it, and StoreError for a read-only open of a missing file.
    """
    import duckdb

    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no corpus database here; create it with `newsgraph ingest ARTICLES --db {path}`",
                         source=str(path))
    if path.exists() and path.is_dir():
        raise NotADatabase("is a folder, not a DuckDB database file; give a file name such as corpus.duckdb",
                           source=str(path))
    try:
        con = duckdb.connect(str(path), read_only=read_only,
                             config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    except duckdb.Error as error:
        raise translate(error, path) from error
    try:
        if read_only:
            version = current_version_readonly(con)
            if version < SCHEMA_VERSION:
                raise StoreError(f"the database has schema version {version}, this newsgraph needs {SCHEMA_VERSION}; "
                                 f"run `newsgraph ingest --db {path}` once to migrate it", source=str(path))
        else:
            migrate(con)
    except duckdb.Error as error:
        con.close()
        raise translate(error, path) from error
    return con


def current_version_readonly(con) -> int:
    found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
                        ).fetchall()[0][0]
    if not found:
        return 0
    return int(con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()[0][0])


def translate(error: Exception, path: Path) -> StoreError:
    message = str(error)
    if "Could not set lock" in message or "Conflicting lock" in message:
        holder = re.search(r"PID (\d+)", message)
        who = f" (process {holder.group(1)})" if holder else ""
        return StoreLocked(f"the database is open for writing by another process{who}, probably a running "
                           "`newsgraph ingest`; wait for it to finish, or query a copy of the file",
                           source=str(path))
    if "not a valid DuckDB database" in message or "invalid database" in message.lower() \
            or "database file with version number" in message:
        return NotADatabase("is not a DuckDB database file (or was written by an incompatible DuckDB); "
                            "give a new file name, e.g. --db corpus.duckdb", source=str(path))
    if "read-only" in message.lower() or "read only" in message.lower():
        return StoreError(f"the database is read-only here: {message.splitlines()[0]}", source=str(path))
    return StoreError(message.splitlines()[0], source=str(path))
