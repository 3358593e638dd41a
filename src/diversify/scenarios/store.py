"""Scenario runs kept in the warehouse, so they can be listed, shown, re-run and compared.

Table ``scenario_runs`` (created on first use):

=========== =============================================================
id          run number (1, 2, ...)
name        the scenario's name
kind        tariff, rerouting, procurement, spending or gravity
file_name   the TOML file's name (``NULL`` for text passed directly)
base_dir    the directory relative paths in the TOML are resolved against
toml_text   the scenario exactly as run
inputs_hash SHA-256 of the scenario text, the files it read and the
            warehouse sources it used
results     the results as JSON
created_at  UTC time of the run
=========== =============================================================
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from diversify.errors import NotFoundError
from diversify.scenarios.result import ScenarioResult, jsonable

if TYPE_CHECKING:
    from diversify.store import Warehouse

DDL = """
CREATE SEQUENCE IF NOT EXISTS scenario_run_ids START 1;
CREATE TABLE IF NOT EXISTS scenario_runs (
    id          BIGINT PRIMARY KEY DEFAULT nextval('scenario_run_ids'),
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    file_name   VARCHAR,
    base_dir    VARCHAR,
    toml_text   VARCHAR NOT NULL,
    inputs_hash VARCHAR NOT NULL,
    results     JSON NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
"""

_COLUMNS = "id, name, kind, file_name, base_dir, toml_text, inputs_hash, results, created_at"


def _exists(wh: Warehouse) -> bool:
    rows = wh.query(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'scenario_runs'"
    )
    return bool(rows and rows[0][0])


def save_run(wh: Warehouse, result: ScenarioResult) -> ScenarioResult:
    """Store a run, in one transaction; returns it with its ``id`` and ``created_at``."""
    results = json.dumps(_results_json(result), allow_nan=False)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    with wh.transaction() as con:
        con.execute(DDL)
        row = con.execute(
            "INSERT INTO scenario_runs (name, kind, file_name, base_dir, toml_text, inputs_hash, results, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [
                result.name,
                result.kind,
                result.file_name,
                result.base_dir,
                result.toml_text,
                result.inputs_hash,
                results,
                now,
            ],
        ).fetchone()
    return dataclasses.replace(result, id=int(row[0]) if row else None, created_at=now)


def _results_json(result: ScenarioResult) -> dict[str, Any]:
    return {"description": result.description, "results": jsonable(result.results)}


def _from_row(row: tuple[Any, ...]) -> ScenarioResult:
    rid, name, kind, file_name, base_dir, text, h, results, created = row
    payload = json.loads(results)
    return ScenarioResult(
        name=name,
        kind=kind,
        results=payload["results"],
        toml_text=text,
        inputs_hash=h,
        file_name=file_name,
        description=payload.get("description", ""),
        id=int(rid),
        created_at=created,
        base_dir=base_dir,
    )


def get_run(wh: Warehouse, run_id: int) -> ScenarioResult:
    """A stored run by id; :class:`NotFoundError` if there is none."""
    if _exists(wh):
        row = wh.con.execute(
            f"SELECT {_COLUMNS} FROM scenario_runs WHERE id = ?", [run_id]
        ).fetchone()
        if row:
            return _from_row(row)
    raise NotFoundError(f"no stored scenario run with id {run_id} (see `diversify scenario list`)")


def run_subjects(wh: Warehouse) -> list[tuple[int, str, list[str]]]:
    """Stored runs, newest first, as (id, TOML text, the reporter and country their results name),
    without reading the results themselves (a gravity run's pairs are thousands of rows)."""
    if not _exists(wh):
        return []
    rows = wh.con.execute(
        "SELECT id, toml_text, results->>'$.results.reporter', results->>'$.results.country' "
        "FROM scenario_runs ORDER BY id DESC"
    ).fetchall()
    return [(int(rid), text, [n for n in (reporter, country) if n]) for rid, text, reporter, country in rows]


def list_runs(wh: Warehouse) -> list[dict[str, Any]]:
    """Stored runs, newest first: id, name, kind, file_name, inputs_hash, created_at."""
    if not _exists(wh):
        return []
    cur = wh.con.execute(
        "SELECT id, name, kind, file_name, inputs_hash, created_at FROM scenario_runs ORDER BY id DESC"
    )
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
