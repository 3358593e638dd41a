"""HTML report: the same figures as the text report, with charts, methods and sources.

Charts are Plotly figures; plotly.js is inlined from the installed plotly
package, so the file opens offline. All text goes through Jinja2 autoescaping,
and chart JSON is made safe for a ``<script>`` element.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from diversify.jsontext import dumps
from diversify.report.charts import report_figures

_env = Environment(
    loader=PackageLoader("diversify.report", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def script_json(obj: Any) -> Markup:
    """JSON that cannot close the ``<script>`` element it sits in."""
    text = dumps(obj)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def plotly_js() -> Markup:
    from plotly.offline import get_plotlyjs

    return Markup(get_plotlyjs().replace("</script", "<\\/script"))


def _fmt_pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


_env.filters["pct"] = _fmt_pct
_env.filters["num"] = lambda x, d=2: "n/a" if x is None else f"{x:,.{d}f}"


def render_html(report: dict[str, Any], *, extra_sections: list[dict[str, Any]] | None = None,
                inline_js: bool = True) -> str:
    """A self-contained HTML page.

    ``extra_sections`` are ``{"title", "figures", "rows"?, "note"?}`` dicts
    (scenario results, news index) added after the domains.
    """
    figures = report_figures(report)
    template = _env.get_template("report.html.j2")
    return template.render(
        r=report,
        figures=figures,
        figures_json=script_json(figures),
        extra=extra_sections or [],
        extra_json=script_json([s.get("figures", []) for s in (extra_sections or [])]),
        plotly=plotly_js() if inline_js else None,
    )
