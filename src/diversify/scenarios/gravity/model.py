"""Results of a gravity scenario and their JSON form."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from diversify.scenarios.gravity.counterfactual import Counterfactual, Formulation
from diversify.scenarios.gravity.estimate import PpmlResult

if TYPE_CHECKING:
    from diversify.scenarios.gravity.montecarlo import MonteCarloResult

COUNTRY_KEYS = (
    "country",
    "gdp_change_pct",
    "welfare",
    "factory_gate_price_change_pct",
    "imr_change_pct",
    "omr_change_pct",
    "foreign_exports_change_pct",
    "foreign_imports_change_pct",
)
PAIR_KEYS = ("exporter", "importer", "baseline_trade", "counterfactual_trade", "trade_change_pct")
RESULT_KEYS = (
    "formulation",
    "converged",
    "iterations",
    "seconds",
    "market_clearing_residual",
    "countries",
    "pairs",
)


@dataclass(frozen=True)
class CountryOutcome:
    """One country's changes (percent unless said otherwise).

    ``welfare`` is ``(E/P) / (E'/P')`` as in gegravity: below 1 is a gain.
    ``terms_of_trade_change_pct`` is the change in ``p_i / P_i``.
    """

    country: str
    gdp_change_pct: float
    welfare: float
    factory_gate_price_change_pct: float
    imr_change_pct: float
    omr_change_pct: float
    foreign_exports_change_pct: float
    foreign_imports_change_pct: float
    terms_of_trade_change_pct: float
    output_change_pct: float
    expenditure_change_pct: float
    baseline_imr: float
    counterfactual_imr: float
    baseline_omr: float
    counterfactual_omr: float

    def to_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in COUNTRY_KEYS}


@dataclass(frozen=True)
class PairOutcome:
    """Modelled trade of one directed pair before and after the change."""

    exporter: str
    importer: str
    baseline_trade: float
    counterfactual_trade: float
    trade_change_pct: float

    def to_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in PAIR_KEYS}


@dataclass(frozen=True)
class GravityResult:
    """A solved gravity scenario.

    A result exists only for a converged solve (failures raise
    :class:`~diversify.errors.SolverError`), so ``converged`` is always true; it
    is kept in the JSON so consumers need not know that.

    Attributes
    ----------
    formulation
        ``"full"`` or ``"gegravity"``.
    converged
        Always ``True``.
    iterations
        Newton iterations of the baseline and counterfactual solves.
    seconds
        Wall time of the solves.
    market_clearing_residual
        Largest relative gap between a country's counterfactual sales and its
        counterfactual output (below 1e-10 for ``full``; about 1e-3 for
        ``gegravity`` on real data, by construction of that formulation).
    countries
        Outcomes, sorted by country code.
    baseline_trade, counterfactual_trade
        Modelled trade, ``n x n`` in the order of ``countries`` (exporters in
        rows); :attr:`pairs` lists the same flows pair by pair.
    year, sigma, reference_importer
        The inputs that define the model.
    coefficients
        The betas used (given or estimated).
    ppml
        The estimation, when the coefficients were estimated.
    uncertainty
        Bands over the draws of ``[gravity.uncertainty]``, when asked; then
        ``to_dict()`` has an ``uncertainty`` object.
    tolerance
        The solver tolerance: a relative change within it (``100 * tolerance`` in
        percent, ``|welfare - 1|`` within it) is reported as exactly 0 (1 for the
        welfare statistic), not as the rounding it is.
    note
        Why the result may surprise (a change the data already have); then
        ``to_dict()`` has a ``note`` string.
    """

    formulation: Formulation
    converged: bool
    iterations: int
    seconds: float
    market_clearing_residual: float
    countries: tuple[CountryOutcome, ...]
    baseline_trade: np.ndarray
    counterfactual_trade: np.ndarray
    year: int
    sigma: float
    reference_importer: str
    coefficients: Mapping[str, float] = field(default_factory=dict)
    ppml: PpmlResult | None = None
    uncertainty: MonteCarloResult | None = None
    tolerance: float = 0.0
    note: str = ""

    def _pair_rows(self) -> Iterator[tuple[str, str, float, float, float]]:
        codes = [c.country for c in self.countries]
        n = len(codes)
        change = snap_change(
            100.0 * (self.counterfactual_trade / self.baseline_trade - 1.0), self.tolerance
        )
        return zip(
            [a for a in codes for _ in range(n)],
            codes * n,
            self.baseline_trade.ravel().tolist(),
            self.counterfactual_trade.ravel().tolist(),
            change.ravel().tolist(),
            strict=True,
        )

    @property
    def pairs(self) -> tuple[PairOutcome, ...]:
        """Every directed pair, domestic flows included, sorted by exporter then importer."""
        return tuple(PairOutcome(*row) for row in self._pair_rows())

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``diversify scenario run FILE --format json``."""
        out: dict[str, Any] = {
            "formulation": self.formulation,
            "converged": self.converged,
            "iterations": self.iterations,
            "seconds": self.seconds,
            "market_clearing_residual": self.market_clearing_residual,
            "countries": [c.to_dict() for c in self.countries],
            "pairs": [dict(zip(PAIR_KEYS, row, strict=True)) for row in self._pair_rows()],
        }
        if self.uncertainty is not None:
            out["uncertainty"] = self.uncertainty.to_dict()
        if self.note:
            out["note"] = self.note
        return out

    def country(self, code: str) -> CountryOutcome:
        """The outcome of one country; ``KeyError`` if it is not in the model."""
        for outcome in self.countries:
            if outcome.country == code:
                return outcome
        raise KeyError(code)


def build_result(
    solution: Counterfactual,
    countries: tuple[str, ...],
    *,
    seconds: float,
    year: int,
    reference_importer: str,
    coefficients: Mapping[str, float],
    ppml: PpmlResult | None = None,
    tolerance: float = 0.0,
    note: str = "",
) -> GravityResult:
    """Turn solver arrays into a :class:`GravityResult`; changes within ``tolerance`` are 0."""
    s = solution
    columns = {
        "gdp_change_pct": s.gdp_change_pct,
        "welfare": s.welfare,
        "factory_gate_price_change_pct": s.output_change_pct,
        "imr_change_pct": s.imr_change_pct,
        "omr_change_pct": s.omr_change_pct,
        "foreign_exports_change_pct": s.foreign_exports_change_pct,
        "foreign_imports_change_pct": s.foreign_imports_change_pct,
        "terms_of_trade_change_pct": s.terms_of_trade_change_pct,
        "output_change_pct": s.output_change_pct,
        "expenditure_change_pct": s.expenditure_change_pct,
        "baseline_imr": s.baseline_imr,
        "counterfactual_imr": s.counterfactual_imr,
        "baseline_omr": s.baseline_omr,
        "counterfactual_omr": s.counterfactual_omr,
    }
    for key, values in columns.items():
        if key.endswith("_change_pct"):
            columns[key] = snap_change(values, tolerance)
    columns["welfare"] = 1.0 + snap_change(columns["welfare"] - 1.0, tolerance / 100.0)
    lists = {k: v.tolist() for k, v in columns.items()}
    outcomes = tuple(
        CountryOutcome(country=code, **{k: v[i] for k, v in lists.items()})
        for i, code in enumerate(countries)
    )
    return GravityResult(
        formulation=s.formulation,
        converged=True,
        iterations=s.iterations,
        seconds=seconds,
        market_clearing_residual=s.market_clearing_residual,
        countries=outcomes,
        baseline_trade=s.baseline_trade,
        counterfactual_trade=s.counterfactual_trade,
        year=year,
        sigma=s.sigma,
        reference_importer=reference_importer,
        coefficients=dict(coefficients),
        ppml=ppml,
        tolerance=tolerance,
        note=note,
    )


def snap_change(percent: np.ndarray, tolerance: float) -> np.ndarray:
    """Percent changes with those within the solver tolerance (``100 * tolerance``) set to 0."""
    return np.where(np.abs(percent) <= 100.0 * tolerance, 0.0, percent)
