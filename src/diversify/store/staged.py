"""Write beside the warehouse, then swap the new file in: readers keep the last committed state.

Loading a large file takes minutes. Written in place, it would hold DuckDB's write
lock on the warehouse all that time, and every other command (``report``,
``sources``, a starting ``serve``) would be refused. So a command-line ingest (and
``diversify vacuum``) works on a copy:

1. One such writer at a time: an exclusive lock on ``<warehouse>.lock``. A running
   ``diversify serve`` holds that file shared while it serves (it keeps the warehouse
   open read-only, and the swap below would wait for it forever), so an ingest beside a
   server is refused at once with one line: send the file to the server instead.
2. If another process holds the warehouse for writing, the command is refused at once
   with one line.
3. The warehouse is copied to ``<warehouse>.staged``; the work runs there, in its
   own transaction as always, and the copy is checkpointed and closed.
4. The swap: an exclusive lock on the warehouse file (readers hold a shared lock
   for the length of one command, so this waits for them, never for an ingest),
   a check that nothing else wrote to the warehouse since the copy, then
   ``os.replace`` of the copy onto it, which is atomic.

A reader opens either the old file or the new one, never a mix; a crash (even
``kill -9``) at any point leaves the warehouse exactly old or exactly new, and
a leftover ``.staged`` file is removed by the next ingest or ``diversify vacuum``.

``<warehouse>.lock`` is locked with ``flock`` (held per open file, so a server and a
command in one process see each other), the warehouse itself with ``lockf``, the
POSIX locks DuckDB takes.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from diversify.errors import BusyError, DiversifyError

try:
    import fcntl
except ImportError:  # not POSIX: writers work in place
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")
SWAP_WAIT = 120.0
"""Seconds the swap waits for readers of the old file to finish."""

BUSY_WRITER = (
    "the warehouse is open for writing by another process (a command writing to it, or a write "
    "sent to `diversify serve`); try again when it has finished"
)
BUSY_STAGED = "another ingest or vacuum into this warehouse is running; try again when it has finished"
BUSY_SERVING = (
    "an ingest or vacuum into this warehouse is running; start the server when it has finished"
)
BUSY_SERVED = (
    "a running `diversify serve` has the warehouse open; send the file to it (POST /api/ingest) "
    "or stop it first"
)


def staging_supported(path: Path | str | None) -> bool:
    return fcntl is not None and path not in (None, ":memory:")


def staged_path(path: Path) -> Path:
    return path.with_name(path.name + ".staged")


def _stamp(path: Path) -> tuple[object, ...]:
    """What changes when anyone writes to the warehouse: its file and its write-ahead log."""
    st = path.stat()
    wal = Path(str(path) + ".wal")
    return (st.st_ino, st.st_size, st.st_mtime_ns, wal.exists() and wal.stat().st_size)


def lock_path(path: Path) -> Path:
    """The file writers and servers of the warehouse at ``path`` lock."""
    return path.with_name(path.name + ".lock")


def _held_shared(fd: int) -> bool:
    """Whether the lock on ``fd``'s file, which we could not take exclusively, is held shared
    (by servers) rather than exclusively (by an ingest or vacuum)."""
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return False
    fcntl.flock(fd, fcntl.LOCK_UN)
    return True


@contextmanager
def _writer_lock(path: Path) -> Iterator[None]:
    fd = os.open(lock_path(path), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            busy = BUSY_SERVED if _held_shared(fd) else BUSY_STAGED
            raise BusyError(f"{path}: {busy}") from None
        yield
    finally:
        os.close(fd)


_SERVED: dict[str, list[int]] = {}
"""Warehouses this process serves: absolute path -> descriptors of the servers' shared locks."""


def _key(path: Path | str) -> str:
    return str(Path(path).absolute())


def hold_for_serving(path: Path) -> None:
    """Mark the warehouse at ``path`` as served by this process until :func:`release_serving`.

    A shared lock on ``<warehouse>.lock``: any number of servers, but no ingest or vacuum
    (which would wait for the server's read-only connections to let go of the file) beside
    them. Refused with :class:`BusyError` while an ingest or vacuum runs.
    """
    if not staging_supported(path):
        return
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(path), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise BusyError(f"{path}: {BUSY_SERVING}") from None
    _SERVED.setdefault(_key(path), []).append(fd)


def release_serving(path: Path) -> None:
    """Undo one :func:`hold_for_serving` of ``path``."""
    held = _SERVED.get(_key(path))
    if held:
        os.close(held.pop())
    if not held:
        _SERVED.pop(_key(path), None)


def served_elsewhere(path: Path) -> bool:
    """Whether a ``diversify serve`` in another process serves the warehouse at ``path``."""
    lock = lock_path(Path(path))
    if not staging_supported(path) or _key(path) in _SERVED or not lock.exists():
        return False
    fd = os.open(lock, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return _held_shared(fd)
        return False
    finally:
        os.close(fd)


def _refuse_if_written(path: Path) -> None:
    """One plain line if another process holds DuckDB's write lock on ``path``."""
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        raise BusyError(f"{path}: {BUSY_WRITER}") from None
    finally:
        os.close(fd)


def _checkpoint(path: Path) -> None:
    """Fold a write-ahead log left by a crash into the file, so a copy of the file is complete."""
    from diversify.store.warehouse import _connect

    if not Path(str(path) + ".wal").exists():
        return
    con = _connect(path, read_only=False)
    try:
        con.execute("CHECKPOINT")
    finally:
        con.close()


def remove_staged(path: Path) -> int:
    """Delete leftovers of an interrupted ingest; returns the bytes freed."""
    freed = 0
    for p in (staged_path(path), Path(str(staged_path(path)) + ".wal")):
        if p.exists():
            freed += p.stat().st_size
            p.unlink()
    return freed


def _swap(staged: Path, path: Path, stamp: tuple[object, ...]) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        deadline = time.monotonic() + SWAP_WAIT
        while True:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                try:  # readers hold shared locks and finish soon; a writer may not
                    fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                except OSError:
                    raise BusyError(
                        f"{path}: another process opened the warehouse for writing during the "
                        "ingest; nothing changed, run the command again") from None
                fcntl.lockf(fd, fcntl.LOCK_UN)
                if time.monotonic() > deadline:
                    raise BusyError(
                        f"{path}: other programs kept the warehouse open for {SWAP_WAIT:.0f} s; "
                        "nothing changed, run the command again") from None
                time.sleep(0.05)
        if _stamp(path) != stamp:
            raise BusyError(
                f"{path}: another program wrote to the warehouse meanwhile; nothing changed, "
                "run the command again")
        os.replace(staged, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    finally:
        os.close(fd)


def run_staged(path: Path, work: Callable[[Path], tuple[T, bool]]) -> T:
    """Run ``work(copy)`` on a copy of the warehouse at ``path`` and swap the copy in.

    ``work`` returns its result and whether the copy changed (an ingest of a file
    already loaded changes nothing: then the copy is dropped, not swapped in).
    """
    from diversify.store.warehouse import check_warehouse_file

    path = Path(path)
    check_warehouse_file(path)  # before the lock file is made beside it
    with _writer_lock(path):
        _refuse_if_written(path)
        _checkpoint(path)
        stamp = _stamp(path)
        staged = staged_path(path)
        remove_staged(path)
        try:
            shutil.copyfile(path, staged)
            result, changed = work(staged)
            wal = Path(str(staged) + ".wal")
            if wal.exists():  # the work closes the copy, which checkpoints it
                raise DiversifyError(f"{staged}: the staged copy was not checkpointed")
            if changed:
                _swap(staged, path, stamp)
        finally:
            remove_staged(path)
    return result


def compact_copy(staged: Path, shown: Path | None = None) -> None:
    """Rewrite ``staged`` as a new file holding only live data (space left by
    rolled-back or crashed loads is not copied); ``shown`` is the warehouse it stands for,
    named in messages. A file without diversify's tables is refused, and a failure leaves
    no compact file behind."""
    import duckdb

    compact = staged.with_name(staged.name + ".compact")
    leftovers = (compact, Path(str(compact) + ".wal"))
    for p in leftovers:
        p.unlink(missing_ok=True)
    con = duckdb.connect(str(compact))
    try:
        con.execute("SET enable_progress_bar = false")
        target = con.execute("SELECT current_database()").fetchone()[0]  # type: ignore[index]
        con.execute("ATTACH ? AS vacuum_source (READ_ONLY)", [str(staged)])
        meta = con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = 'vacuum_source' "
                           "AND schema_name = 'main' AND table_name = 'meta'").fetchone()
        if not meta or not meta[0]:
            raise DiversifyError(f"{shown or staged}: not a diversify warehouse (no meta table)")
        con.execute(f'COPY FROM DATABASE vacuum_source TO "{target}"')
        con.execute("DETACH vacuum_source")
        con.execute("CHECKPOINT")
    except BaseException:
        con.close()
        for p in leftovers:
            p.unlink(missing_ok=True)
        raise
    con.close()
    os.replace(compact, staged)


def vacuum(path: Path) -> tuple[int, int, int]:
    """Give back the space of failed or crashed loads: (bytes before, after, leftovers removed)."""
    from diversify.store.warehouse import check_warehouse_file

    path = Path(path)
    if not path.is_file() and not path.is_dir():
        raise DiversifyError(f"{path}: warehouse does not exist")
    check_warehouse_file(path)  # before the lock file is made beside it
    if not staging_supported(path):
        raise DiversifyError("vacuum needs a POSIX system (file locks)")
    with _writer_lock(path):
        freed = remove_staged(path)
    before = path.stat().st_size

    def work(staged: Path) -> tuple[None, bool]:
        compact_copy(staged, path)
        return None, staged.stat().st_size < before

    run_staged(path, work)
    return before, path.stat().st_size, freed
