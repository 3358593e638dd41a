"""Load a scenario TOML, validate it, run its model, store and compare runs.

A scenario file has an optional ``[scenario]`` table (``name``, ``kind``,
``description``) and exactly one model table: ``[tariff]``, ``[rerouting]``,
``[procurement]``, ``[spending]`` or ``[gravity]``. Relative paths inside it are
resolved against the file's directory.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diversify.errors import DiversifyError, InputError
from diversify.scenarios.result import KINDS, Kind, Outcome, ScenarioResult
from diversify.scenarios.spec import Source, Table, find_line, parse_toml
from diversify.scenarios.store import get_run, save_run

if TYPE_CHECKING:
    from diversify.store import Warehouse

TRIALS = "trials"
"""Name of the per-trial table a run returns on request (never stored)."""

# Kinds whose uncertainty table is run by a module of its own around the one-shot model.
BAND_MODULES = {
    "tariff": "diversify.scenarios.tariff_bands",
    "rerouting": "diversify.scenarios.rerouting_bands",
    "procurement": "diversify.scenarios.procurement_bands",
    "spending": "diversify.scenarios.spending_bands",
}


MODULES = {
    "tariff": "diversify.scenarios.tariff",
    "rerouting": "diversify.scenarios.rerouting",
    "procurement": "diversify.scenarios.procurement",
    "spending": "diversify.scenarios.spending",
}


@dataclass(frozen=True)
class Scenario:
    """A parsed scenario file: its header and its model's table."""

    name: str
    kind: Kind
    description: str
    table: Table
    source: Source
    file_name: str | None

    @property
    def text(self) -> str:
        return self.source.text


def parse_scenario(
    text: str,
    *,
    path: str = "<scenario>",
    base_dir: Path | None = None,
    file_name: str | None = None,
) -> Scenario:
    """Parse scenario text; errors name ``path`` and the field."""
    root, src = parse_toml(text, path, base_dir or Path.cwd())
    root.check_keys({"scenario", *KINDS})
    header = root.table("scenario", None)
    present = [k for k in KINDS if k in root]
    if not present:
        raise InputError(
            f"no model table: expected one of {', '.join('[' + k + ']' for k in KINDS)}", path=path
        )
    if len(present) > 1:
        raise root.error(
            present[1], f"one scenario file runs one model; found [{present[0]}] and [{present[1]}]"
        )
    kind = present[0]
    name = file_name.rsplit(".", 1)[0] if file_name else kind
    description = ""
    if header is not None:
        header.check_keys({"name", "kind", "description"})
        declared = header.string("kind", kind, choices=KINDS)
        if declared != kind:
            raise header.error("kind", f"says '{declared}' but the file has a [{kind}] table")
        name = header.string("name", name)
        description = header.string("description", "")
    table = root.table(kind)
    return Scenario(name, kind, description, table, src, file_name)  # type: ignore[arg-type]


def load_scenario(source: str | Path) -> Scenario:
    """Parse a scenario file (a path) or scenario text (a string holding TOML)."""
    if isinstance(source, str) and ("\n" in source or source.lstrip().startswith("[")):
        return parse_scenario(source)
    path = Path(source).expanduser()
    if not path.is_file():
        raise InputError("scenario file not found", path=path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read scenario file ({exc})", path=path) from exc
    return parse_scenario(text, path=str(path), base_dir=path.resolve().parent, file_name=path.name)


def _run_gravity(sc: Scenario, trials: bool = False) -> Outcome:
    try:
        gravity = importlib.import_module("diversify.scenarios.gravity")
    except ImportError as exc:
        if exc.name and exc.name.startswith("diversify.scenarios.gravity"):
            raise DiversifyError(
                "gravity scenarios need the structural-gravity model (diversify.scenarios.gravity), "
                "which is not part of this installation"
            ) from exc
        raise
    try:
        res = gravity.run_gravity(sc.table.data, sc.source.base_dir)
    except InputError as exc:
        if exc.path is None or exc.path == sc.source.path:
            field = exc.field or ""
            if field and not field.startswith("gravity"):
                field = f"gravity.{field}"
            line = (
                exc.line if exc.line is not None else (find_line(sc.text, field) if field else None)
            )
            raise InputError(
                exc.message, path=sc.source.path, line=line, field=field or None
            ) from exc
        raise
    files = []
    data = sc.table.data.get("data")
    if isinstance(data, str):
        p = Path(data).expanduser()
        p = p if p.is_absolute() else sc.source.base_dir / p
        if p.is_file():
            files.append(p)
    results = res.to_dict()
    if trials and res.uncertainty is not None:
        results[TRIALS] = res.uncertainty.trial_rows()
    return Outcome(results=results, files=tuple(files))


def run_model(sc: Scenario, wh: Warehouse | None, *, trials: bool = False) -> Outcome:
    """Dispatch a parsed scenario to its model.

    With ``trials`` a result with an ``uncertainty`` object also carries a
    ``trials`` table: one row per trial (and country, for gravity).
    """
    if trials and not has_uncertainty(sc):
        raise InputError(
            f"--trials needs an uncertainty table in the scenario ([{sc.kind}.uncertainty])",
            path=sc.source.path,
            field="--trials",
        )
    if sc.kind == "gravity":
        return _run_gravity(sc, trials)
    if sc.kind in BAND_MODULES and has_uncertainty(sc):
        bands = importlib.import_module(BAND_MODULES[sc.kind])
        if getattr(bands, "NEEDS_WAREHOUSE", False) and wh is None:
            raise DiversifyError(f"a {sc.kind} scenario reads the warehouse; pass one")
        return bands.run(sc.table, wh, trials=trials)  # type: ignore[no-any-return]
    module = importlib.import_module(MODULES[sc.kind])
    if getattr(module, "NEEDS_WAREHOUSE", False) and wh is None:
        raise DiversifyError(f"a {sc.kind} scenario reads the warehouse; pass one")
    return module.run(sc.table, wh)  # type: ignore[no-any-return]


def has_uncertainty(sc: Scenario) -> bool:
    """Whether the scenario asks for bands (an ``uncertainty`` table in its model table)."""
    return "uncertainty" in sc.table.data


def inputs_hash(sc: Scenario, outcome: Outcome) -> str:
    """SHA-256 over the scenario text, the bytes of the files it read and the warehouse sources it used."""
    from diversify.store.ingest import sha256_file

    doc = {
        "kind": sc.kind,
        "text": sc.text,
        "files": sorted((p.name, sha256_file(p)) for p in outcome.files),
        "sources": sorted(outcome.source_ids),
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()


def needs_warehouse(sc: Scenario) -> bool:
    """Whether the scenario's model reads the warehouse."""
    return sc.kind != "gravity" and bool(
        getattr(importlib.import_module(MODULES[sc.kind]), "NEEDS_WAREHOUSE", False)
    )


def run_parsed(
    sc: Scenario, warehouse: Warehouse | None = None, *, store: bool = True, trials: bool = False
) -> ScenarioResult:
    """Run a parsed scenario; see :func:`run_scenario`.

    The ``trials`` table (``trials=True``) is returned but not stored: a stored run
    keeps its bands, and running it again gives the same trials.
    """
    own = None
    if warehouse is None and (store or needs_warehouse(sc)):
        from diversify.store import Warehouse

        warehouse = own = Warehouse()
    try:
        outcome = run_model(sc, warehouse, trials=trials)
        results = dict(outcome.results)
        if outcome.source_ids:
            # every figure traces to its warehouse sources, also once stored
            results.setdefault("source_ids", sorted(outcome.source_ids))
        result = ScenarioResult(
            name=sc.name,
            kind=sc.kind,
            results=results,
            toml_text=sc.text,
            inputs_hash=inputs_hash(sc, outcome),
            file_name=sc.file_name,
            description=sc.description,
            base_dir=str(sc.source.base_dir),
        )
        if store and warehouse is not None:
            result = keep_run(warehouse, result)
        return result
    finally:
        if own is not None:
            own.close()


def keep_run(warehouse: Warehouse, result: ScenarioResult) -> ScenarioResult:
    """Store a run computed with ``store=False`` (its ``trials`` table left out); returns it
    with its ``id`` and ``created_at``.

    The run can be computed on a read-only connection and stored afterwards with a
    short-lived writable one, which keeps the warehouse free for other readers meanwhile.
    """
    kept = {k: v for k, v in result.results.items() if k != TRIALS}
    saved = save_run(warehouse, replace(result, results=kept))
    return replace(saved, results=result.results)


def run_scenario(
    source: str | Path,
    warehouse: Warehouse | None = None,
    *,
    store: bool = True,
    trials: bool = False,
) -> ScenarioResult:
    """Run a scenario file (or TOML text), as ``diversify scenario run FILE`` does.

    Parameters
    ----------
    source
        A path to a scenario TOML, or the TOML text itself.
    warehouse
        The warehouse to read data from and store the run in; ``None`` opens the
        default warehouse when the model needs data or ``store`` is true.
    store
        Keep the run (scenario text, inputs hash, results) in the warehouse.
    trials
        Also return a ``trials`` table (one row per trial) for a scenario with an
        uncertainty table.

    Examples
    --------
    >>> from diversify.scenarios import run_scenario
    >>> r = run_scenario("us_tariff_25_10.toml", wh)          # doctest: +SKIP
    >>> r.results["dependency"]["hhi_after"]                   # doctest: +SKIP
    """
    return run_parsed(load_scenario(source), warehouse, store=store, trials=trials)


def rerun(
    run_id: int, warehouse: Warehouse, *, store: bool = True, trials: bool = False
) -> ScenarioResult:
    """Run a stored scenario again, from its stored text (relative paths from its original directory)."""
    old = get_run(warehouse, run_id)
    sc = parse_scenario(
        old.toml_text,
        path=old.file_name or f"run {run_id}",
        base_dir=Path(old.base_dir) if old.base_dir else None,
        file_name=old.file_name,
    )
    return run_parsed(sc, warehouse, store=store, trials=trials)


def resolve(ref: ScenarioResult | int | str | Path, warehouse: Warehouse | None) -> ScenarioResult:
    """A result from itself, a stored id (``12`` or ``"12"``) or a scenario file (run, not stored)."""
    if isinstance(ref, ScenarioResult):
        return ref
    if isinstance(ref, int) or (
        isinstance(ref, str) and ref.strip().isdigit() and not Path(ref).is_file()
    ):
        if warehouse is None:
            raise DiversifyError("comparing stored runs needs the warehouse they are stored in")
        return get_run(warehouse, int(ref))
    return run_scenario(ref, warehouse, store=False)


def describe(result: ScenarioResult) -> dict[str, Any]:
    """Header fields of a run."""
    return {
        "id": result.id,
        "name": result.name,
        "kind": result.kind,
        "file_name": result.file_name,
        "inputs_hash": result.inputs_hash,
        "created_at": result.created_at,
    }
