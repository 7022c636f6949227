"""Opening the corpus database, with DuckDB's errors turned into coded, actionable ones.

A live store: DuckDB lets one process write a database file, and a writing process excludes readers
(and readers a writer) through a lock on the file. So nobody holds the file for long. The writer
opens it for one batch and closes it, readers (the server, `query`, `export`) open it for one request
or one command; whoever finds it locked waits and retries with backoff (``wait`` seconds, default
``READ_WAIT`` for readers and ``WRITE_WAIT`` for the writer, or ``NEWSGRAPH_LOCK_WAIT`` from the
environment). See docs/corpus.md, "A live store".
"""
from __future__ import annotations

import os
import random
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import NotADatabase, StoreError, StoreLocked
from .schema import SCHEMA_VERSION, migrate

READ_WAIT = 15.0    # a reader waits this long for a writer's batch to end
WRITE_WAIT = 120.0  # the writer waits this long for readers to let go
CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


def lock_wait(default: float) -> float:
    """``NEWSGRAPH_LOCK_WAIT`` (seconds) when set, else ``default``."""
    value = os.environ.get("NEWSGRAPH_LOCK_WAIT", "").strip()
    try:
        return max(0.0, float(value)) if value else default
    except ValueError:
        return default


def connect(path: str | Path, *, read_only: bool = False, wait: float | None = None, migrate_schema: bool = True):
    """A DuckDB connection to the corpus at ``path``, migrated to the current schema when writable, its
    schema version checked when read-only (unless ``migrate_schema`` is false: a writer or a reader that
    opens the file again and again does it on its first open only).

    While another process holds the file, retries for ``wait`` seconds (backoff from 10 ms to 0.5 s,
    with jitter) before raising StoreLocked. Raises NotADatabase for a file that is not DuckDB and
    StoreError for a read-only open of a missing file.
    """
    path = Path(path)
    return retry_open(lambda: _connect_once(path, read_only, migrate_schema), path, read_only=read_only, wait=wait)


def retry_open(opener, path: str | Path, *, read_only: bool, wait: float | None = None):
    """``opener()``, tried again with backoff while it raises StoreLocked, for ``wait`` seconds (default
    ``READ_WAIT`` or ``WRITE_WAIT``). Every newsgraph connection to a corpus is opened through here."""
    path = Path(path)
    wait = lock_wait(READ_WAIT if read_only else WRITE_WAIT) if wait is None else wait
    deadline = time.monotonic() + wait
    delay = 0.01
    marked = False
    try:
        while True:
            now = time.monotonic()
            if read_only and now < deadline and _writer_waiting(path):
                # a writer is queueing for the file: stay off it so that it gets in, then read
                time.sleep(min(random.uniform(0.02, 0.05), deadline - now))
                continue
            try:
                return opener()
            except StoreLocked as error:
                now = time.monotonic()
                if now >= deadline:
                    if wait > 0:
                        error.message += f" (waited {wait:g} s)"
                    raise
                if not read_only:
                    marked = _mark_writer_waiting(path) or marked
                time.sleep(min(delay * random.uniform(0.5, 1.5), max(0.0, deadline - now)))
                delay = min(delay * 2, 0.5)
    finally:
        if marked:
            _writer_waiting_marker(path).unlink(missing_ok=True)


# A writer that finds the file held by readers says so in a file beside it, touched at every retry;
# newsgraph's readers wait while it is fresh, so a stream of overlapping requests cannot starve the writer.
# A marker left by a killed writer goes stale (MARKER_FRESH seconds) and is ignored.
MARKER_FRESH = 2.0


def _writer_waiting_marker(path: Path) -> Path:
    return path.with_name(path.name + ".writer-waiting")


def _mark_writer_waiting(path: Path) -> bool:
    try:
        _writer_waiting_marker(path).write_text(str(os.getpid()))
        return True
    except OSError:
        return False


def _writer_waiting(path: Path) -> bool:
    try:
        return time.time() - _writer_waiting_marker(path).stat().st_mtime < MARKER_FRESH
    except OSError:
        return False


@contextmanager
def reading(path: str | Path, *, wait: float | None = None, check: bool = True) -> Iterator:
    """A short read-only connection: one consistent snapshot of the corpus, closed on exit (which lets a
    waiting writer in)."""
    con = connect(path, read_only=True, wait=wait, migrate_schema=check)
    try:
        yield con
    finally:
        con.close()


def file_state(path: str | Path) -> tuple:
    """What changes whenever a commit reaches the file: size and mtime of the database and its WAL.
    Equal states mean equal contents, so answers can be kept until the state moves."""
    path = Path(path)
    state = []
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            st = p.stat()
            state.append((st.st_size, st.st_mtime_ns))
        except OSError:
            state.append(None)
    return tuple(state)


def _connect_once(path: Path, read_only: bool, migrate_schema: bool = True):
    import duckdb

    if read_only and not path.exists():
        raise StoreError(f"no corpus database here; create it with `newsgraph ingest ARTICLES --db {path}`",
                         source=str(path))
    if path.exists() and path.is_dir():
        raise NotADatabase("is a folder, not a DuckDB database file; give a file name such as corpus.duckdb",
                           source=str(path))
    try:
        con = duckdb.connect(str(path), read_only=read_only, config=CONFIG)
    except duckdb.Error as error:
        raise translate(error, path) from error
    try:
        if read_only and migrate_schema:
            version = current_version_readonly(con)
            if version < SCHEMA_VERSION:
                raise StoreError(f"the database has schema version {version}, this newsgraph needs {SCHEMA_VERSION}; "
                                 f"run `newsgraph ingest --db {path}` once to migrate it", source=str(path))
        elif migrate_schema:
            migrate(con)
    except duckdb.Error as error:
        con.close()
        raise translate(error, path) from error
    except StoreError:
        con.close()
        raise
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
        return StoreLocked(f"the database is held by another process{who}; newsgraph's own readers and writer "
                           "hold it for one request or one batch at a time, so this is a process that keeps it "
                           "open (a DuckDB shell, a notebook) or a long export; close it, or set "
                           "NEWSGRAPH_LOCK_WAIT to wait longer", source=str(path))
    if "not a valid DuckDB database" in message or "invalid database" in message.lower() \
            or "database file with version number" in message:
        return NotADatabase("is not a DuckDB database file (or was written by an incompatible DuckDB); "
                            "give a new file name, e.g. --db corpus.duckdb", source=str(path))
    if "read-only" in message.lower() or "read only" in message.lower():
        return StoreError(f"the database is read-only here: {message.splitlines()[0]}", source=str(path))
    return StoreError(message.splitlines()[0], source=str(path))


class Reader:
    """Reads one database for a long-lived process (the web server): a short read-only connection per
    call, so the file is free for the writer between calls, and answers kept (``kept``, the last ``keep``
    questions) until a commit changes the file. Kept answers are shared: callers must not change them."""

    def __init__(self, path: str | Path, *, wait: float | None = None, keep: int = 256):
        import threading
        from collections import OrderedDict

        self.path = Path(path)
        self.wait = wait
        self.keep = keep
        self._kept: OrderedDict[tuple, tuple[tuple, object]] = OrderedDict()
        self._lock = threading.Lock()
        with reading(self.path, wait=self.wait):  # fail now on a missing, locked or foreign file
            pass

    def __call__(self, query, *args, **kwargs):
        """``query(con, *args, **kwargs)`` on a fresh read-only connection: one consistent snapshot."""
        with reading(self.path, wait=self.wait, check=False) as con:  # the schema was checked at start
            return query(con, *args, **kwargs)

    def kept(self, query, *args, **kwargs):
        """The same, answered from memory while the file is unchanged since the answer was computed."""
        key = (getattr(query, "__module__", ""), getattr(query, "__qualname__", repr(query)), args,
               tuple(sorted(kwargs.items())))
        state = file_state(self.path)  # taken before reading: a commit in between only costs a recompute
        with self._lock:
            hit = self._kept.get(key)
            if hit is not None and hit[0] == state:
                self._kept.move_to_end(key)
                return hit[1]
        answer = self(query, *args, **kwargs)
        with self._lock:
            self._kept[key] = (state, answer)
            self._kept.move_to_end(key)
            while len(self._kept) > self.keep:
                self._kept.popitem(last=False)
        return answer
