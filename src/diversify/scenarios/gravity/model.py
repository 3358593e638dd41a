"""Results of a gravity scenario and their JSON form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from diversify.scenarios.gravity.counterfactual import Counterfactual, Formulation
from diversify.scenarios.gravity.estimate import PpmlResult

COUNTRY_KEYS = (
    "country", "gdp_change_pct", "welfare", "factory_gate_price_change_pct", "imr_change_pct",
    "omr_change_pct", "foreign_exports_change_pct", "foreign_imports_change_pct",
)
PAIR_KEYS = ("exporter", "importer", "baseline_trade", "counterfactual_trade", "trade_change_pct")
RESULT_KEYS = (
    "formulation", "converged", "iterations", "seconds", "market_clearing_residual",
    "countries", "pairs",
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
    countries, pairs
        Outcomes, sorted by country code.
    year, sigma, reference_importer
        The inputs that define the model.
    coefficients
        The betas used (given or estimated).
    ppml
        The estimation, when the coefficients were estimated.
    """

    formulation: Formulation
    converged: bool
    iterations: int
    seconds: float
    market_clearing_residual: float
    countries: tuple[CountryOutcome, ...]
    pairs: tuple[PairOutcome, ...]
    year: int
    sigma: float
    reference_importer: str
    coefficients: Mapping[str, float] = field(default_factory=dict)
    ppml: PpmlResult | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``diversify scenario run FILE --format json``."""
        return {
            "formulation": self.formulation,
            "converged": self.converged,
            "iterations": self.iterations,
            "seconds": self.seconds,
            "market_clearing_residual": self.market_clearing_residual,
            "countries": [c.to_dict() for c in self.countries],
            "pairs": [p.to_dict() for p in self.pairs],
        }

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
) -> GravityResult:
    """Turn solver arrays into a :class:`GravityResult`."""
    s = solution
    fx, fm = s.foreign_exports_change_pct, s.foreign_imports_change_pct
    imr, omr = s.imr_change_pct, s.omr_change_pct
    outcomes = tuple(
        CountryOutcome(
            country=code,
            gdp_change_pct=float(s.gdp_change_pct[k]),
            welfare=float(s.welfare[k]),
            factory_gate_price_change_pct=float(s.output_change_pct[k]),
            imr_change_pct=float(imr[k]),
            omr_change_pct=float(omr[k]),
            foreign_exports_change_pct=float(fx[k]),
            foreign_imports_change_pct=float(fm[k]),
            terms_of_trade_change_pct=float(s.terms_of_trade_change_pct[k]),
            output_change_pct=float(s.output_change_pct[k]),
            expenditure_change_pct=float(s.expenditure_change_pct[k]),
            baseline_imr=float(s.baseline_imr[k]),
            counterfactual_imr=float(s.counterfactual_imr[k]),
            baseline_omr=float(s.baseline_omr[k]),
            counterfactual_omr=float(s.counterfactual_omr[k]),
        )
        for k, code in enumerate(countries)
    )
    change = s.trade_change_pct
    pairs = tuple(
        PairOutcome(
            exporter=a,
            importer=b,
            baseline_trade=float(s.baseline_trade[i, j]),
            counterfactual_trade=float(s.counterfactual_trade[i, j]),
            trade_change_pct=float(change[i, j]),
        )
        for i, a in enumerate(countries)
        for j, b in enumerate(countries)
    )
    return GravityResult(
        formulation=s.formulation,
        converged=True,
        iterations=s.iterations,
        seconds=seconds,
        market_clearing_residual=s.market_clearing_residual,
        countries=outcomes,
        pairs=pairs,
        year=year,
        sigma=s.sigma,
        reference_importer=reference_importer,
        coefficients=dict(coefficients),
        ppml=ppml,
    )
