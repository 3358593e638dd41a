"""Published reference cases the gravity oracle tests and benchmarks share.

* gegravity's own example on its sample data: Canada-Japan agreement, sigma 5,
  reference importer DEU, the coefficients its documentation estimates by PPML;
* Yotov et al. (2016), 69 countries, 2006: coefficients close to the PPML
  estimates on that year (exporter and importer effects; RTA from the panel with
  pair effects), and the EU members of 2006 in that data (Romania is ROM there).
"""

from __future__ import annotations

SAMPLE_COEFFICIENTS: dict[str, float] = {
    "lndist": -0.3898623,
    "contiguity": 0.891577,
    "common_language": 0.0326249,
    "pta": 0.4711383,
    "international": -3.412584,
    "constant": 16.32434,
}
YOTOV_COEFFICIENTS: dict[str, float] = {
    "ln_DIST": -0.79,
    "CNTG": 0.53,
    "LANG": 0.35,
    "CLNY": -0.02,
    "RTA": 0.56,
    "INTL": -2.51,
}
EU_2006: list[str] = [
    "AUT", "BEL", "BGR", "CYP", "DEU", "DNK", "ESP", "FIN", "FRA", "GBR",
    "GRC", "HUN", "IRL", "ITA", "MLT", "NLD", "POL", "PRT", "ROM", "SWE",
]
