"""The PDF report served at /api/report/{iso3}/pdf: charts drawn as SVG, text escaped."""

from __future__ import annotations

import re
from typing import Any

import pytest

from diversify.report.pdf import figure_svg, render_pdf


def fig(**layout: Any) -> dict[str, Any]:
    return {"id": "f", "layout": {"title": {"text": "A <script>alert(1)</script> & B"}, **layout},
            "data": []}


def test_lines_areas_and_bars() -> None:
    lines = fig(yaxis={"tickformat": ".0%"})
    lines["data"] = [
        {"type": "scatter", "mode": "lines", "name": "USA", "stackgroup": "one",
         "x": [2000, 2001, 2002], "y": [0.7, 0.75, 0.8]},
        {"type": "scatter", "mode": "lines", "name": "EU27", "stackgroup": "one",
         "x": [2000, 2001, 2002], "y": [0.1, 0.1, 0.05]},
        {"type": "scatter", "mode": "lines", "name": "HHI <b>", "x": [2000, 2002], "y": [0.5, 0.6],
         "line": {"dash": "dot"}},
    ]
    svg = figure_svg(lines)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert svg.count("<polygon") == 2 and svg.count("<polyline") == 3
    # Plotly-style markup in titles is dropped, the rest escaped
    assert ">A alert(1) &amp; B</text>" in svg and "<script" not in svg
    assert "HHI &lt;b&gt;" in svg and 'stroke-dasharray="4 3"' in svg
    assert ">100%<" in svg or ">90%<" in svg  # stacked to 0.85, axis in percent
    bars = fig()
    bars["data"] = [{"type": "bar", "name": "before", "x": ["HHI", "USA share"], "y": [0.59, 0.76]},
                    {"type": "bar", "name": "after", "x": ["HHI", "USA share"], "y": [0.45, 0.67]}]
    svg = figure_svg(bars)
    assert svg.count("<rect") >= 4 + 2  # four bars and two legend keys
    assert "USA share" in svg
    assert "no data" in figure_svg(fig())


@pytest.mark.parametrize("value", [None, float("nan"), "x"])
def test_missing_values_are_skipped(value: Any) -> None:
    f = fig()
    f["data"] = [{"type": "scatter", "name": "s", "x": [1, 2, 3], "y": [1.0, value, 3.0]}]
    assert re.search(r'<polyline points="[\d.]+,[\d.]+ [\d.]+,[\d.]+"', figure_svg(f))


def test_render_pdf_from_a_report(client: Any) -> None:
    report = client.get("/api/report/CAN", params={"domain": ["goods_exports", "arms_imports"]}).json()
    pdf = render_pdf(report, extra_sections=[{"title": "Extra", "figures": [], "note": "n"}])
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(pdf) > 20_000  # text, tables and six vector charts
