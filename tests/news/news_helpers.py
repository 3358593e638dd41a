"""Helpers shared by the news tests (small synthetic articles written for the tests)."""

from __future__ import annotations

import datetime as dt


def analysed(text: str, published: str | None = "2025-06-25"):  # type: ignore[no-untyped-def]
    from diversify.news.document import analyse

    return analyse(text, dt.date.fromisoformat(published) if published else None)


def events_of(text: str, published: str | None = "2025-06-25") -> set[tuple[str, str, str | None]]:
    from diversify.news.events import extract_events

    return {e.key() for e in extract_events(analysed(text, published))}


def claims_of(text: str, published: str | None = "2025-06-25") -> list[tuple[float, str]]:
    from diversify.news.claims import extract_claims

    return [(c.quantity, c.unit) for c in extract_claims(analysed(text, published))]
