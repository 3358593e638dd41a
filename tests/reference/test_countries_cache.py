"""The ISO3 -> name table is kept between runs, so a cold report does not load country_converter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diversify.reference import countries


def test_names_cache_is_written_read_and_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "names.json"
    monkeypatch.setattr(countries, "_cache_path", lambda table: cache)
    built = countries._coco_names()  # no cache yet: from country_converter, then written
    data = countries._coco().data
    assert built == dict(zip(data["ISO3"], data["name_short"], strict=True))
    assert json.loads(cache.read_text("utf-8")) == built
    cache.write_text(json.dumps({"DEU": "cached name"}), "utf-8")
    assert countries._coco_names() == {"DEU": "cached name"}  # read from the file
    cache.write_text("{not json", "utf-8")
    assert countries._coco_names() == built  # a broken cache is rebuilt
    assert json.loads(cache.read_text("utf-8")) == built


def test_subdivisions_belong_to_their_country_without_loading_pandas(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from diversify.reference.countries import home_country; "
            "print(home_country('CA-ON'), home_country('CAN'), 'pandas' in sys.modules)")
    countries.home_country("CA-ON")  # writes the cache if it is not there yet
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["CAN", "CAN", "False"]
