"""Gravity data: the long CSV read, checked and turned into square arrays.

The layout is that of gegravity's sample data: one row per exporter, importer
and year, including domestic flows (exporter = importer), with columns

``exporter, importer, year``
    ISO3 codes (any consistent codes work) and the year.
``trade``
    Bilateral flow (needed to estimate coefficients or derive ``Y``/``E``).
``Y``, ``E``
    Exporter output and importer expenditure, repeated on each row. Either may
    be absent: output is then the row sum of trade including domestic flows,
    expenditure the column sum.
cost variables
    One numeric column per variable in ``[gravity.coefficients]``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from diversify.errors import InputError, SourceFormatError, UnknownCountryError
from diversify.scenarios.gravity.config import CONSTANT, CostChange

EXPORTER, IMPORTER, YEAR, TRADE, OUTPUT, EXPENDITURE = (
    "exporter",
    "importer",
    "year",
    "trade",
    "Y",
    "E",
)
_LINE = "_line"


@dataclass(frozen=True)
class GravityData:
    """One year of gravity data as square arrays (exporters in rows).

    Attributes
    ----------
    path
        The CSV the data came from.
    year
        The year.
    countries
        Sorted country codes; the order of every array.
    output, expenditure
        ``Y_i`` and ``E_j``.
    costs
        Cost variable -> ``n x n`` matrix of its values.
    trade
        Observed flows, or ``None`` when the file has no trade column.
    derived
        Which of ``Y`` and ``E`` were derived from trade.
    """

    path: Path
    year: int
    countries: tuple[str, ...]
    output: np.ndarray
    expenditure: np.ndarray
    costs: Mapping[str, np.ndarray]
    trade: np.ndarray | None
    derived: tuple[str, ...] = ()

    def index(self, code: str) -> int:
        return self.countries.index(code)


def _first_bad(frame: pd.DataFrame, mask: pd.Series) -> int:
    return int(frame.loc[mask, _LINE].iloc[0])


def read_gravity_csv(
    path: Path, cost_variables: Sequence[str], *, need_trade: bool = False
) -> pd.DataFrame:
    """Read and check the long gravity CSV (all years).

    Parameters
    ----------
    path
        The CSV file.
    cost_variables
        Columns that must be present and numeric; ``constant`` may be absent
        (a column of ones is added).
    need_trade
        Require a ``trade`` column even when ``Y`` and ``E`` are given.

    Returns
    -------
    pandas.DataFrame
        ``exporter, importer, year``, ``trade``/``Y``/``E`` where present, the
        cost variables, and ``_line``, the 1-based line of each row in the file.

    Raises
    ------
    InputError
        Naming the file, line and column of the first problem.
    """
    try:
        frame = pd.read_csv(path, dtype={EXPORTER: str, IMPORTER: str}, skipinitialspace=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise SourceFormatError(f"not a readable CSV file ({exc})", path=path) from exc
    frame.columns = [str(c).strip() for c in frame.columns]
    frame[_LINE] = np.arange(len(frame)) + 2
    if frame.empty:
        raise SourceFormatError("the file has no rows", path=path)

    required = [EXPORTER, IMPORTER, YEAR]
    if need_trade or OUTPUT not in frame.columns or EXPENDITURE not in frame.columns:
        required.append(TRADE)
    required += [v for v in cost_variables if not (v == CONSTANT and v not in frame.columns)]
    for column in required:
        if column not in frame.columns:
            why = ""
            if column == TRADE and not need_trade:
                why = " (needed to derive Y and E when they are absent)"
            raise SourceFormatError(
                f"missing column '{column}'{why}; columns are {', '.join(frame.columns[:-1])}",
                path=path,
                field=column,
            )
    if CONSTANT in cost_variables and CONSTANT not in frame.columns:
        frame[CONSTANT] = 1.0

    for column in (EXPORTER, IMPORTER):
        # Strip the few distinct codes rather than every row.
        index, uniques = pd.factorize(frame[column], use_na_sentinel=True)
        stripped = np.array([str(u).strip() for u in uniques] + [""], dtype=object)
        frame[column] = stripped[index]
        bad = frame[column] == ""
        if bad.any():
            raise InputError(
                "empty country code", path=path, line=_first_bad(frame, bad), field=column
            )
    current_codes(frame)

    numeric = [YEAR] + [c for c in (TRADE, OUTPUT, EXPENDITURE) if c in frame.columns]
    numeric += [v for v in cost_variables if v not in numeric]
    for column in numeric:
        values = pd.to_numeric(frame[column], errors="coerce")
        bad = values.isna() | ~np.isfinite(values.astype(float))
        if bad.any():
            line = _first_bad(frame, bad)
            raw = frame.loc[frame[_LINE] == line, column].iloc[0]
            raise InputError(f"expected a number, got {raw!r}", path=path, line=line, field=column)
        frame[column] = values.astype(float)
    years = frame[YEAR]
    bad = years != years.round()
    if bad.any():
        raise InputError(
            "expected a whole year", path=path, line=_first_bad(frame, bad), field=YEAR
        )
    frame[YEAR] = years.astype(int)
    if TRADE in frame.columns:
        bad = frame[TRADE] < 0
        if bad.any():
            raise InputError(
                "trade must not be negative", path=path, line=_first_bad(frame, bad), field=TRADE
            )
    for column, what in ((OUTPUT, "output"), (EXPENDITURE, "expenditure")):
        if column in frame.columns:
            bad = frame[column] <= 0
            if bad.any():
                raise InputError(
                    f"{what} must be positive", path=path, line=_first_bad(frame, bad), field=column
                )
    keep = [EXPORTER, IMPORTER, YEAR] + [
        c for c in (TRADE, OUTPUT, EXPENDITURE) if c in frame.columns
    ]
    keep += [v for v in cost_variables if v not in keep] + [_LINE]
    return frame[keep]


def current_codes(frame: pd.DataFrame) -> None:
    """Superseded codes (Romania's ROM in the Yotov et al. data) read as their ISO3 code, in
    place, unless the file also has that code: results and changes then speak ISO3 only."""
    from diversify.reference.countries import legacy_codes

    codes = set(frame[EXPORTER].unique()) | set(frame[IMPORTER].unique())
    rename = {old: new for old, new in legacy_codes().items() if old in codes and new not in codes}
    if rename:
        for column in (EXPORTER, IMPORTER):
            frame[column] = frame[column].replace(rename)


def _country_totals(
    year_frame: pd.DataFrame, column: str, by: str, countries: list[str], path: Path
) -> np.ndarray:
    grouped = year_frame.groupby(by)[column]
    low, high = grouped.min(), grouped.max()
    varies = (high / low - 1.0).abs() > 1e-9
    if varies.any():
        code = varies[varies].index[0]
        rows = year_frame[year_frame[by] == code]
        usual = rows[column].mode().iloc[0]
        bad = (year_frame[by] == code) & ((year_frame[column] / usual - 1.0).abs() > 1e-9)
        raise InputError(
            f"{column} of {code} differs between its rows (mostly {usual:g}); "
            f"expected one value per {by}",
            path=path,
            line=_first_bad(year_frame, bad),
            field=column,
        )
    return low.reindex(countries).to_numpy(dtype=float)


def gravity_arrays(
    frame: pd.DataFrame, year: int | None, cost_variables: Sequence[str], path: Path
) -> GravityData:
    """Square arrays for one year of a checked gravity frame.

    Parameters
    ----------
    frame
        Output of :func:`read_gravity_csv`.
    year
        The year to use; ``None`` for the only year in the file.
    cost_variables
        Cost variables to keep.
    path
        The file, for error messages.

    Raises
    ------
    InputError
        If the year is absent, a pair is missing or repeated, or derived output
        or expenditure is not positive.
    """
    years = sorted(frame[YEAR].unique())
    if year is None:
        if len(years) > 1:
            raise InputError(
                f"the data cover {len(years)} years ({years[0]}-{years[-1]}); "
                "set which one to simulate",
                field="gravity.year",
            )
        year = int(years[0])
    if year not in years:
        raise InputError(
            f"no rows for {year} in {path} (years {years[0]}-{years[-1]})", field="gravity.year"
        )
    sub = frame[frame[YEAR] == year]
    dup = sub.duplicated([EXPORTER, IMPORTER])
    if dup.any():
        row = sub[dup].iloc[0]
        raise InputError(
            f"pair {row[EXPORTER]} -> {row[IMPORTER]} appears twice in {year}",
            path=path,
            line=int(row[_LINE]),
            field=IMPORTER,
        )
    countries = sorted(set(sub[EXPORTER].unique()) | set(sub[IMPORTER].unique()))
    n = len(countries)
    if n < 2:
        raise InputError(f"{year} has fewer than two countries", path=path, field=EXPORTER)
    pos = {c: i for i, c in enumerate(countries)}
    rows = sub[EXPORTER].map(pos).to_numpy()
    cols = sub[IMPORTER].map(pos).to_numpy()
    if len(sub) != n * n:
        have = set(zip(rows.tolist(), cols.tolist(), strict=True))
        i, j = next((i, j) for i in range(n) for j in range(n) if (i, j) not in have)
        raise InputError(
            f"no row for {countries[i]} -> {countries[j]} in {year}: the model needs every "
            f"exporter-importer pair of its {n} countries, domestic flows included",
            path=path,
            field=IMPORTER,
        )

    def square(column: str) -> np.ndarray:
        out = np.empty((n, n))
        out[rows, cols] = sub[column].to_numpy(dtype=float)
        return out

    trade = square(TRADE) if TRADE in sub.columns else None
    derived: list[str] = []
    if OUTPUT in sub.columns:
        output = _country_totals(sub, OUTPUT, EXPORTER, countries, path)
    else:
        output = trade.sum(axis=1)  # type: ignore[union-attr]
        derived.append(OUTPUT)
    if EXPENDITURE in sub.columns:
        expenditure = _country_totals(sub, EXPENDITURE, IMPORTER, countries, path)
    else:
        expenditure = trade.sum(axis=0)  # type: ignore[union-attr]
        derived.append(EXPENDITURE)
    for values, column in ((output, OUTPUT), (expenditure, EXPENDITURE)):
        if column in derived and np.any(values <= 0):
            code = countries[int(np.argmax(values <= 0))]
            raise InputError(
                f"{code} has no trade in {year}, so its {column} (derived from trade) "
                "is zero; the model needs positive output and expenditure",
                path=path,
                field=TRADE,
            )
    costs = {v: square(v) for v in cost_variables}
    return GravityData(
        path, int(year), tuple(countries), output, expenditure, costs, trade, tuple(derived)
    )


def resolve_country(data: GravityData, name: str, field: str) -> str:
    """The code in ``data`` that ``name`` refers to (a code of the file or a country name).

    Raises
    ------
    UnknownCountryError
        If it is not one of the countries of the data.
    """
    if name in data.countries:
        return name
    if name.upper() in data.countries:
        return name.upper()
    from diversify.reference.countries import legacy_codes, to_iso3

    code = legacy_codes().get(name.upper()) or to_iso3(name)
    if code is not None and code in data.countries:
        return code
    sample = ", ".join(data.countries[:5])
    raise UnknownCountryError(
        f"'{name}' is not a country of the {data.year} data in {data.path.name} "
        f"({len(data.countries)} countries: {sample}, ...)",
        field=field,
    )


@dataclass(frozen=True)
class ResolvedChange:
    """A cost change with its exporter and importer resolved to positions in the data."""

    change: CostChange
    exporter: int
    """Row of the exporter in the data's arrays."""
    importer: int
    """Column of the importer."""

    @property
    def cells(self) -> list[tuple[int, int]]:
        """The cells the change sets: (exporter, importer), and the reverse when symmetric."""
        i, j = self.exporter, self.importer
        return [(i, j), (j, i)] if self.change.symmetric else [(i, j)]


def resolve_changes(data: GravityData, changes: Sequence[CostChange]) -> tuple[ResolvedChange, ...]:
    """Each change's exporter and importer as positions in ``data``, checked in order.

    Raises
    ------
    UnknownCountryError
        If a country is not one of the data's.
    InputError
        If a change names the same country as exporter and importer.
    """
    resolved = []
    for change in changes:
        i = data.index(resolve_country(data, change.exporter, f"{change.field}.exporter"))
        j = data.index(resolve_country(data, change.importer, f"{change.field}.importer"))
        if i == j:
            raise InputError(
                f"exporter and importer are both {data.countries[i]}: a domestic pair is not a "
                "trade agreement or a trade cost between countries; name two countries",
                field=f"{change.field}.importer",
            )
        resolved.append(ResolvedChange(change, i, j))
    return tuple(resolved)


def counterfactual_costs(
    data: GravityData, changes: Sequence[ResolvedChange]
) -> dict[str, np.ndarray]:
    """The cost matrices after applying ``changes`` (later entries win)."""
    costs = {k: v.copy() for k, v in data.costs.items()}
    for resolved in changes:
        for name, value in resolved.change.values.items():
            for a, b in resolved.cells:
                costs[name][a, b] = value
    return costs


def no_op_note(data: GravityData, changes: Sequence[ResolvedChange]) -> str:
    """A note naming each change that sets only values the data already have ("" if none);
    when every change is such, the counterfactual is the baseline.

    Each change is compared with the baseline on its own, not with the counterfactual (in
    which a later change to the same pair wins).
    """
    same = []
    for resolved in changes:
        change = resolved.change
        if all(
            data.costs[k][a, b] == v for k, v in change.values.items() for a, b in resolved.cells
        ):
            i, j = resolved.exporter, resolved.importer
            pair = f"{data.countries[i]} {'<->' if change.symmetric else '->'} {data.countries[j]}"
            values = ", ".join(f"{k} = {v:g}" for k, v in change.values.items())
            same.append(f"{change.field} ({pair}: {values})")
    if not same:
        return ""
    whole = (
        "; every change is such, so the counterfactual is the baseline"
        if len(same) == len(changes)
        else ""
    )
    return (
        f"{', '.join(same)} sets what the {data.year} data already have: "
        f"the change leaves the baseline unchanged{whole}"
    )


def cost_index(costs: Mapping[str, np.ndarray], coefficients: Mapping[str, float]) -> np.ndarray:
    """``log t_ij^(1-sigma) = sum_k beta_k x_ij^k``."""
    first = next(iter(costs.values()))
    out = np.zeros_like(first)
    for name, beta in coefficients.items():
        out = out + beta * costs[name]
    return out
