"""Scenarios: list, run from a TOML body, fetch a stored run, compare two."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
