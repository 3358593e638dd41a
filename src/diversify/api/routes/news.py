"""News: articles, stories, events, claims with verdicts, the dyad index."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
