"""What one running service holds: a pool of warehouse connections and caches.

DuckDB lets any number of processes open a database file read-only, or one process
open it read-write. The server reads through a few read-only connections, so
command-line reads (``diversify report``, ``table``, ``sources`` ...) run beside it; a
write (an ingest, a news upload, a stored scenario run) takes every connection back,
writes through one short-lived read-write connection in a transaction, and opens the
read-only ones again (:meth:`WarehousePool.writing`). A command holding the file when
the server wants to write is waited for a few seconds; then the write answers 503.

DuckDB connections are not safe to share between threads mid-query, so request
threads borrow one of the pool's :class:`~diversify.store.Warehouse` objects (DuckDB
shares one database instance between them).

Reports are cached as ready-made JSON bytes. A cache entry belongs to a data
*generation*: a write through the API bumps it at once, and a cheap look at the
``sources`` table (at most once a second) bumps it when the file changed some
other way.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from diversify.errors import BusyError

log = logging.getLogger("diversify.api")

if TYPE_CHECKING:
    from diversify.api._settings import Settings
    from diversify.store import Warehouse


class WarehousePool:
    """A fixed number of read-only warehouse connections for request threads.

    Parameters
    ----------
    path
        The warehouse file; created from the embedded default when missing.
    size
        Number of connections.
    """

    def __init__(self, path: str | Path | None, size: int) -> None:
        from diversify.store import Warehouse

        # Data generation each connection last saw: per-connection derived tables
        # (see Warehouse.drop_derived) are dropped by the thread that next borrows it.
        self.generation = 0
        self._seen: dict[int, int] = {}
        self._writer = threading.Lock()
        first = Warehouse(path, progress=False, read_only=True)
        self.path = first.path
        self.size = size
        # A slot holds a connection, or None when it could not be opened again after a
        # write (another process was writing): the next borrower tries again.
        self._free: queue.Queue[Warehouse | None] = queue.Queue()
        self._free.put(first)
        try:
            for _ in range(size - 1):
                self._free.put(self._open())
        except BaseException:
            self.close()
            raise

    def _open(self) -> Warehouse:
        from diversify.store import Warehouse

        wh = Warehouse(self.path, create=False, read_only=True)
        self._seen[id(wh)] = self.generation
        return wh

    def _take(self, timeout: float) -> Warehouse | None:
        try:
            return self._free.get(timeout=timeout)
        except queue.Empty:
            raise BusyError("the server is busy: no warehouse connection free") from None

    @contextmanager
    def acquire(self, timeout: float = 30.0) -> Iterator[Warehouse]:
        wh = self._take(timeout)
        try:
            if wh is None:
                wh = self._open()
            if self._seen.get(id(wh), 0) != self.generation:
                drop = getattr(wh, "drop_derived", None)
                if drop is not None:
                    drop()
                self._seen[id(wh)] = self.generation
            yield wh
        finally:
            self._free.put(wh)

    @contextmanager
    def writing(self, timeout: float = 30.0, wait: float = 10.0) -> Iterator[Warehouse]:
        """A read-write connection for the length of the block, with no read-only one open.

        Waits up to ``timeout`` seconds for the reads in flight to give their connections
        back (new reads wait meanwhile), and up to ``wait`` seconds for other processes to
        close the file; either failing is :class:`BusyError`, and nothing was written. The
        block should write in one transaction (the loaders and stores do).
        """
        from diversify.store import Warehouse

        with self._writer:
            taken: list[Warehouse | None] = []
            try:
                for _ in range(self.size):
                    taken.append(self._take(timeout))
            except BusyError:
                for wh in taken:
                    self._free.put(wh)
                raise
            for wh in taken:
                if wh is not None:
                    self._close(wh)
            try:
                with Warehouse(self.path, create=False, wait=wait) as writer:
                    yield writer
            finally:
                for _ in range(self.size):
                    try:
                        self._free.put(self._open())
                    except BusyError:  # another process took the file: opened again on use
                        self._free.put(None)

    def _close(self, wh: Warehouse) -> None:
        self._seen.pop(id(wh), None)
        try:
            wh.close()
        except duckdb.Error as exc:  # closing on shutdown must not mask the real error
            log.warning("closing a warehouse connection failed: %s", exc)

    def close(self) -> None:
        while True:
            try:
                wh = self._free.get_nowait()
            except queue.Empty:
                return
            if wh is not None:
                self._close(wh)


class ResponseCache:
    """A small LRU of serialised responses, emptied when the data change."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> Any:
        with self._lock:
            value = self._items.get(key)
            if value is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class ServiceState:
    """The pool, the caches and the data generation of one app instance."""

    CHECK_EVERY = 1.0  # seconds between looks at the sources table

    def __init__(self, settings: Settings) -> None:
        from diversify.config import default_warehouse_path
        from diversify.store.staged import hold_for_serving, release_serving

        self.settings = settings
        self._served = Path(settings.warehouse or default_warehouse_path())
        hold_for_serving(self._served)  # an ingest beside the server is refused at once
        try:
            self.pool = WarehousePool(self._served, settings.pool_size)
        except BaseException:
            release_serving(self._served)
            raise
        self.reports = ResponseCache(settings.cache_size)
        self.series = ResponseCache(settings.cache_size)
        self.news = ResponseCache(settings.cache_size)
        self.memo: dict[Hashable, Any] = {}
        self._memo_lock = threading.Lock()
        self._fingerprint: tuple[Any, ...] | None = None
        self._checked = 0.0
        self._check_lock = threading.Lock()
        self.generation = 0
        with self.pool.acquire() as wh:
            self._fingerprint = self._look(wh)

    @staticmethod
    def _look(wh: Warehouse) -> tuple[Any, ...]:
        row = wh.query("SELECT count(*), max(ingested_at), string_agg(source_id, ',') FROM sources")
        return tuple(row[0])

    @contextmanager
    def writing(self) -> Iterator[Warehouse]:
        """The warehouse opened for writing (see :meth:`WarehousePool.writing`); call
        :meth:`data_changed` after a write that changed something."""
        with self.pool.writing(wait=self.settings.lock_wait) as wh:
            yield wh

    def data_changed(self) -> None:
        """Forget everything derived from the data (after a write)."""
        with self._check_lock:
            self.generation += 1
            self.pool.generation = self.generation
            self.reports.clear()
            self.series.clear()
            self.news.clear()
            with self._memo_lock:
                self.memo.clear()
            self._checked = 0.0

    def refresh_due(self) -> bool:
        """Whether :meth:`refresh` would look at the warehouse (so async code can
        run it in a thread)."""
        return time.monotonic() - self._checked >= self.CHECK_EVERY

    def refresh(self) -> int:
        """The current data generation, looking at the warehouse at most once a second."""
        now = time.monotonic()
        if now - self._checked < self.CHECK_EVERY:
            return self.generation
        with self._check_lock:
            if now - self._checked < self.CHECK_EVERY:
                return self.generation
            with self.pool.acquire() as wh:
                fingerprint = self._look(wh)
            self._checked = time.monotonic()
            if fingerprint != self._fingerprint:
                self._fingerprint = fingerprint
                self.generation += 1
                self.pool.generation = self.generation
                self.reports.clear()
                self.series.clear()
                self.news.clear()
                with self._memo_lock:
                    self.memo.clear()
            return self.generation

    def memoised(self, key: Hashable, compute: Callable[[Warehouse], Any]) -> Any:
        """``compute(warehouse)`` once per data generation."""
        full = (self.refresh(), key)
        with self._memo_lock:
            if full in self.memo:
                return self.memo[full]
        with self.pool.acquire() as wh:
            value = compute(wh)
        with self._memo_lock:
            self.memo[full] = value
        return value

    def close(self) -> None:
        from diversify.store.staged import release_serving

        try:
            self.pool.close()
        finally:
            release_serving(self._served)
