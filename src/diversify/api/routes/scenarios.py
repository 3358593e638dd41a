"""Scenarios: the shipped examples, runs from a TOML body (token required), stored runs,
and the comparison of two runs."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query
from fastapi import Path as PathParam
from pydantic import BaseModel, ConfigDict, Field

from diversify.api._auth import AuthFirstRoute, require_write
from diversify.api._deps import Paging, get_state, paging
from diversify.api._json import clean
from diversify.api._models import Page, SourceRef
from diversify.api._state import ServiceState
from diversify.errors import InputError, NotFoundError

router = APIRouter(prefix="/scenarios", tags=["scenarios"], route_class=AuthFirstRoute)

_SOURCE_ID = re.compile(r"\b[a-z][a-z0-9_]*:[0-9a-f]{12}\b")
_PATHLIKE = re.compile(r"[/\\]|\.(csv|toml|parquet|gz|json|txt|tsv|xlsx?)$", re.IGNORECASE)
MAX_TOML = 200_000


class Example(BaseModel):
    name: str = Field(description="File stem, used in /api/scenarios/examples/{name}.")
    file_name: str
    title: str
    kind: str
    description: str


class ExampleText(Example):
    toml: str


class RunSummary(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: int
    name: str
    kind: str
    file_name: str | None
    inputs_hash: str
    created_at: str | None


class Run(BaseModel):
    """A scenario run: its results, before/after figures and the sources it read."""

    model_config = ConfigDict(extra="allow")

    id: int | None
    name: str
    kind: str
    description: str
    file_name: str | None
    inputs_hash: str = Field(description="SHA-256 of the scenario text, files and sources used.")
    created_at: str | None
    toml: str
    results: dict[str, Any]
    summary: dict[str, Any]
    figures: list[dict[str, Any]]
    sources: list[SourceRef]
    bands: list[dict[str, Any]] = Field(
        default_factory=list,
        description="Every band of the run's uncertainty object: item, quantity, mean, std, "
        "p5, p50, p95 (empty without an uncertainty table).",
    )


def _examples_dir() -> Path:
    return Path(str(resources.files("diversify.scenarios").joinpath("examples")))


@lru_cache(maxsize=1)
def _examples() -> dict[str, dict[str, Any]]:
    from diversify.scenarios.runner import parse_scenario

    out: dict[str, dict[str, Any]] = {}
    for path in sorted(_examples_dir().glob("*.toml")):
        text = path.read_text("utf-8")
        try:
            sc = parse_scenario(text, path=path.name, base_dir=path.parent, file_name=path.name)
        except InputError:
            continue  # an example that does not parse is not offered
        out[path.stem] = {"name": path.stem, "file_name": path.name, "title": sc.name,
                          "kind": sc.kind, "description": sc.description.strip(), "toml": text}
    return out


def _sources_in(wh: Any, results: Any) -> list[dict[str, Any]]:
    """Warehouse sources whose ids appear anywhere in the results."""
    found: set[str] = set()

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str):
            found.update(_SOURCE_ID.findall(v))

    walk(results)
    if not found:
        return []
    rows = wh.query("SELECT source_id, citation, publisher, dataset, version FROM sources "
                    "WHERE source_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY source_id",
                    [sorted(found)])
    return [{"id": r[0], "citation": r[1], "publisher": r[2], "dataset": r[3], "version": r[4]}
            for r in rows]


def _run_out(wh: Any, result: Any) -> dict[str, Any]:
    from diversify.scenarios.figures import scenario_figures

    try:
        figures = scenario_figures(result)
    except (KeyError, IndexError, TypeError):  # a result without the tables its charts need
        figures = []
    return clean({
        "id": result.id, "name": result.name, "kind": result.kind,
        "description": result.description, "file_name": result.file_name,
        "inputs_hash": result.inputs_hash, "created_at": result.created_at,
        "toml": result.toml_text, "results": result.results, "summary": result.summary(),
        "figures": figures, "sources": _sources_in(wh, result.results),
        "bands": result.bands(),
    })


def _check_paths(text: str) -> None:
    """Files a scenario sent over HTTP may name: only those beside the shipped examples."""
    try:
        doc = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return  # the scenario parser reports the error with its line
    root = _examples_dir().resolve()
    data = root.parent

    def walk(v: Any, where: str) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                walk(x, f"{where}.{k}" if where else str(k))
        elif isinstance(v, list):
            for i, x in enumerate(v):
                walk(x, f"{where}[{i}]")
        elif isinstance(v, str) and _PATHLIKE.search(v):
            p = (root / v).resolve()
            if not (p.is_relative_to(root) or p.is_relative_to(data)):
                raise InputError("a scenario sent to the server may only name files shipped with "
                                 "the examples", path="<request body>", field=where)

    walk(doc, "")


MAX_HTTP_DRAWS = 10_000
"""Trials one uncertainty table may ask of the server (the CLI has no such limit)."""


def _check_draws(sc: Any) -> None:
    """A run sent over HTTP draws at most :data:`MAX_HTTP_DRAWS` trials, in the server's process."""
    u = sc.table.data.get("uncertainty")
    if not isinstance(u, dict):
        return
    draws = u.get("draws")
    if isinstance(draws, int) and not isinstance(draws, bool) and draws > MAX_HTTP_DRAWS:
        raise sc.source.error(
            f"{sc.kind}.uncertainty.draws",
            f"a scenario sent to the server may draw at most {MAX_HTTP_DRAWS:,} trials, got "
            f"{draws:,}; run larger ones with `diversify scenario run`",
        )
    if sc.kind == "gravity":
        # Gravity trials run in the server's own process: forking worker processes from a
        # threaded server is not safe. The results do not depend on the number of workers.
        u["workers"] = 1


@router.get("/examples", response_model=list[Example])
def examples() -> list[dict[str, Any]]:
    """The scenarios shipped with diversify (tariffs, rerouting, procurement, spending, gravity)."""
    return [{k: v for k, v in e.items() if k != "toml"} for e in _examples().values()]


@router.get("/examples/{name}", response_model=ExampleText)
def example(name: Annotated[str, PathParam(max_length=100)]) -> dict[str, Any]:
    """One shipped scenario with its TOML text, to edit and run."""
    table = _examples()
    if name not in table:
        raise NotFoundError(f"no example scenario '{name}' (expected one of: {', '.join(table)})")
    return table[name]


@router.post("/run", response_model=Run, dependencies=[Depends(require_write)],
             tags=["write"])
def run(
    state: Annotated[ServiceState, Depends(get_state)],
    toml: Annotated[str, Body(media_type="application/toml", max_length=MAX_TOML,
                              description="The scenario file's text (TOML).")],
    store: Annotated[bool, Query(description="Keep the run in the warehouse.")] = True,
    file_name: Annotated[str | None, Query(max_length=100, pattern=r"^[A-Za-z0-9._-]+\.toml$",
                                           description="Name to keep the run under, e.g. "
                                           "the example's file name.")] = None,
) -> dict[str, Any]:
    """Run a scenario sent as TOML (bearer token required); relative file names are
    resolved beside the shipped examples."""
    from diversify.scenarios.runner import keep_run, parse_scenario, run_parsed

    if not toml.strip():
        raise InputError("the request body is empty: send the scenario's TOML text",
                         field="body")
    _check_paths(toml)
    sc = parse_scenario(toml, path=file_name or "<request body>", base_dir=_examples_dir(),
                        file_name=file_name)
    _check_draws(sc)
    # computed on a read-only connection; only storing it needs the warehouse for writing
    with state.pool.acquire() as wh:
        result = run_parsed(sc, wh, store=False)
    if store:
        with state.writing() as wh:
            result = keep_run(wh, result)
        state.data_changed()
    with state.pool.acquire() as wh:
        return _run_out(wh, result)


@router.get("/runs", response_model=Page[RunSummary])
def runs(
    state: Annotated[ServiceState, Depends(get_state)],
    page: Annotated[Paging, Depends(paging)],
    kind: Annotated[str | None, Query(max_length=20, description="Only runs of this kind.")] = None,
) -> dict[str, object]:
    """Stored runs, newest first."""
    from diversify.scenarios.store import list_runs

    with state.pool.acquire() as wh:
        rows = list_runs(wh)
    if kind:
        rows = [r for r in rows if r["kind"] == kind]
    return page.page(clean(rows))


@router.get("/runs/{run_id}", response_model=Run)
def stored_run(state: Annotated[ServiceState, Depends(get_state)],
               run_id: Annotated[int, PathParam(ge=1, le=2**62)]) -> dict[str, Any]:
    """One stored run with its results and figures."""
    from diversify.scenarios.store import get_run

    with state.pool.acquire() as wh:
        return _run_out(wh, get_run(wh, run_id))


@router.get("/compare", response_model=dict[str, Any])
def compare(state: Annotated[ServiceState, Depends(get_state)],
            a: Annotated[int, Query(ge=1, le=2**62, description="Stored run id.")],
            b: Annotated[int, Query(ge=1, le=2**62, description="Stored run id.")]) -> Any:
    """Two stored runs of the same kind side by side: summary values and result tables
    with their differences (``b - a``)."""
    from diversify.scenarios.compare import compare_results
    from diversify.scenarios.store import get_run

    with state.pool.acquire() as wh:
        ra, rb = get_run(wh, a), get_run(wh, b)
        out = compare_results(ra, rb).to_dict()
        out["sources"] = _sources_in(wh, [ra.results, rb.results])
    return clean(out)
