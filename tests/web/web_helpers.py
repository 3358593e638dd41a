"""Small readers of rendered pages shared by the browser tests."""

from __future__ import annotations

import re
from typing import Any


def texts(page: Any, selector: str) -> list[str]:
    """The text of every node matching ``selector``."""
    return list(page.eval_on_selector_all(selector, "ns => ns.map(n => n.textContent)"))


def percent(text: str) -> float:
    """The first percentage written in ``text``."""
    m = re.search(r"(-?\d+(?:\.\d+)?)%", text)
    if not m:
        raise AssertionError(f"no percentage in {text!r}")
    return float(m.group(1))
