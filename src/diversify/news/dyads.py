"""The pivot index: cooperation and conflict per country pair and month.

Built from the stored events, deduplicated first:

* an event counts **once per story** (near-duplicate articles are one story):
  the same (source, type, target) reported by three wire copies is one event;
* a reciprocal event (AGREE, CONSULT, COOPERATE) is one event for the pair,
  not two, although it is stored in both directions;
* its day is the event's date, else the publication date of the story's
  first article reporting it; events with neither are left out (and counted);
* in the index, a real-world event reported by **independent stories** (one
  summit covered by ten outlets, each its own story) counts once: events of
  different stories with the same actors, direction and type whose days lie
  within :data:`SAME_EVENT_DAYS` of the first of them are one event, on that
  first day. Undated reports fall back to their publication day, so reports
  of one publication window group the same way. The timeline keeps one row
  per story (its evidence and articles).

For the pair (country, partner) and month: ``events``, ``cooperative``
(weight > 0) and ``conflictual`` (weight < 0) counts, ``score`` (sum of the
weights of :mod:`diversify.news.triggers`) and ``index`` = score / events, on
the same -10..+10 scale as the weights. A rising CAN-EU index beside a
falling CAN-USA index is the pivot the news reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from diversify.errors import InputError
from diversify.news.model import RECIPROCAL_TYPES

if TYPE_CHECKING:
    from diversify.store.warehouse import Warehouse


@dataclass(frozen=True)
class DyadMonth:
    """Index of one country pair in one month."""

    dyad: str
    partner: str
    month: str
    events: int
    cooperative: int
    conflictual: int
    score: float
    index: float

    def to_json(self) -> dict[str, Any]:
        return {"dyad": self.dyad, "partner": self.partner, "month": self.month,
                "events": self.events, "cooperative": self.cooperative,
                "conflictual": self.conflictual, "score": round(self.score, 2),
                "index": round(self.index, 3)}


@dataclass(frozen=True)
class TimelineEvent:
    """An event involving the country, once per story."""

    day: dt.date | None
    source: str
    type: str
    target: str | None
    weight: float
    evidence: str
    story: str
    articles: int

    def to_json(self) -> dict[str, Any]:
        return {"date": self.day.isoformat() if self.day else None, "source": self.source,
                "type": self.type, "target": self.target, "weight": self.weight,
                "evidence": self.evidence, "story": self.story, "articles": self.articles}


SAME_EVENT_DAYS = 3
"""Reports of the same (actors, direction, type) within this many days of the first are one event."""

_RECIPROCAL_SQL = ", ".join(f"'{t}'" for t in sorted(RECIPROCAL_TYPES))

_STORY_EVENTS = f"""
WITH e AS (
    SELECT a.story_id, ev.source, ev.type, ev.target, ev.weight, ev.evidence, a.article_id,
           coalesce(ev.date, a.published) AS day,
           CASE WHEN ev.source = $c THEN ev.target ELSE ev.source END AS partner,
           CASE WHEN ev.type IN ({_RECIPROCAL_SQL}) THEN '<>'
                WHEN ev.source = $c THEN '>' ELSE '<' END AS direction
    FROM events ev JOIN articles a USING (article_id)
    WHERE (ev.source = $c OR ev.target = $c) AND ev.target IS NOT NULL AND ev.source <> ev.target
)
SELECT story_id, partner, direction, type, any_value(weight) AS weight, min(day) AS day,
       arg_min(evidence, coalesce(day, DATE '9999-12-31')) AS evidence,
       arg_min(source, coalesce(day, DATE '9999-12-31')) AS source,
       arg_min(target, coalesce(day, DATE '9999-12-31')) AS target,
       count(DISTINCT article_id) AS articles
FROM e
GROUP BY story_id, partner, direction, type
"""


def _ready(wh: Warehouse) -> bool:
    from diversify.news.store import has_news

    return has_news(wh)


MAX_LIMIT = 1_000_000
"""Most events a timeline lists."""


def timeline(wh: Warehouse, country: str, *, limit: int | None = None) -> list[TimelineEvent]:
    """Events with ``country`` as source or target, once per story, oldest first."""
    if limit is not None and not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"expected 1 to {MAX_LIMIT:,} events, got {limit:,}", field="limit")
    if not _ready(wh):
        return []
    sql = (f"SELECT day, source, type, target, weight, evidence, story_id, articles FROM "
           f"({_STORY_EVENTS}) ORDER BY day NULLS LAST, story_id, type, partner")
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = wh.con.execute(sql, {"c": country}).fetchall()
    return [TimelineEvent(*r) for r in rows]


def dyad_index(wh: Warehouse, country: str, *, partners: list[str] | None = None
               ) -> tuple[list[DyadMonth], int]:
    """Monthly index per pair with ``country``, and the number of undated events left out."""
    if not _ready(wh):
        return [], 0
    sql = (f"SELECT partner, direction, type, day, weight FROM ({_STORY_EVENTS}) WHERE day IS NOT NULL "
           "ORDER BY partner, direction, type, day")
    rows = wh.con.execute(sql, {"c": country}).fetchall()
    undated = wh.con.execute(f"SELECT count(*) FROM ({_STORY_EVENTS}) WHERE day IS NULL",
                             {"c": country}).fetchone()
    acc: dict[tuple[str, str], list[float]] = {}
    for partner, day, weight in same_events(rows):
        if partners is None or partner in partners:
            acc.setdefault((partner, day.strftime("%Y-%m")), []).append(weight)
    out = [DyadMonth(f"{country}-{p}", p, m, len(ws), sum(w > 0 for w in ws), sum(w < 0 for w in ws),
                     float(sum(ws)), float(sum(ws)) / len(ws))
           for (p, m), ws in sorted(acc.items())]
    return out, int(undated[0]) if undated else 0


def same_events(rows: list[tuple[str, str, str, dt.date, float]], days: int = SAME_EVENT_DAYS
                ) -> list[tuple[str, dt.date, float]]:
    """Real-world events from story events: (partner, first day, weight) each.

    ``rows`` are (partner, direction, type, day, weight) sorted by the first
    four; a row starts a new event unless it has the key of the current one
    and its day is at most ``days`` after that event's first day (anchored at
    the first report, so a run of daily meetings is not chained into one).
    """
    out: list[tuple[str, dt.date, float]] = []
    key: tuple[str, str, str] | None = None
    first = dt.date.min
    for partner, direction, type_, day, weight in rows:
        if (partner, direction, type_) == key and (day - first).days <= days:
            continue
        key, first = (partner, direction, type_), day
        out.append((partner, day, float(weight)))
    return out


def dyad_totals(rows: list[DyadMonth]) -> list[DyadMonth]:
    """One row per pair over all months, most events first."""
    acc: dict[str, list[DyadMonth]] = {}
    for r in rows:
        acc.setdefault(r.dyad, []).append(r)
    out = []
    for dyad, rs in acc.items():
        n = sum(r.events for r in rs)
        score = sum(r.score for r in rs)
        out.append(DyadMonth(dyad, rs[0].partner, f"{rs[0].month}..{rs[-1].month}", n,
                             sum(r.cooperative for r in rs), sum(r.conflictual for r in rs),
                             score, score / n if n else 0.0))
    return sorted(out, key=lambda r: (-r.events, r.dyad))
