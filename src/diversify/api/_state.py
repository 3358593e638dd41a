"""What one running service holds: a pool of warehouse connections and caches.

DuckDB connections are not safe to share between threads mid-query, so request
threads borrow one of a few :class:`~diversify.store.Warehouse` objects opened
on the same file (DuckDB shares one database instance between them).

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

from diversify.errors import DiversifyError

log = logging.getLogger("diversify.api")

if TYPE_CHECKING:
    from diversify.api._settings import Settings
    from diversify.store import Warehouse


class WarehousePool:
    """A fixed number of warehouse connections for request threads.

    Parameters
    ----------
    path
        The warehouse file; created from the embedded default when missing.
    size
        Number of connections.
    """

    def __init__(self, path: str | Path | None, size: int) -> None:
        from diversify.store import Warehouse

        first = Warehouse(path, progress=False)
        self.path = first.path
        self._all: list[Warehouse] = [first]
        for _ in range(size - 1):
            self._all.append(Warehouse(self.path, create=False))
        self._free: queue.Queue[Warehouse] = queue.Queue()
        for wh in self._all:
            self._free.put(wh)
        # Data generation each connection last saw: per-connection derived tables
        # (see Warehouse.drop_derived) are dropped by the thread that next borrows it.
        self.generation = 0
        self._seen = {id(wh): 0 for wh in self._all}

    @contextmanager
    def acquire(self, timeout: float = 30.0) -> Iterator[Warehouse]:
        try:
            wh = self._free.get(timeout=timeout)
        except queue.Empty as exc:
            raise DiversifyError("the server is busy: no warehouse connection free") from exc
        try:
            if self._seen[id(wh)] != self.generation:
                drop = getattr(wh, "drop_derived", None)
                if drop is not None:
                    drop()
                self._seen[id(wh)] = self.generation
            yield wh
        finally:
            self._free.put(wh)

    def close(self) -> None:
        for wh in self._all:
            try:
                wh.close()
            except duckdb.Error as exc:  # closing on shutdown must not mask the real error
                log.warning("closing a warehouse connection failed: %s", exc)


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
        self.settings = settings
        self.pool = WarehousePool(settings.warehouse, settings.pool_size)
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
        self.pool.close()
