"""``diversify fetch comtrade``: one reporter's annual HS trade from the UN Comtrade API, loaded.

The API (v1) answers ``GET <base>/C/A/HS?reporterCode=&period=&flowCode=&cmdCode=...`` with
``{"elapsedTime", "count", "data": [...], "error"}``; each record carries the 47 Comtrade+ fields
(``refYear, reporterCode, reporterISO, flowCode, partnerCode, partnerISO, cmdCode, primaryValue``
...) that :mod:`diversify.sources.comtrade` reads. The subscription key goes in the
``Ocp-Apim-Subscription-Key`` header (``--key`` or ``$DIVERSIFY_COMTRADE_KEY``), never in a URL,
a file or a message; without a key, ``preview=True`` uses the keyless ``/public/v1/preview``
endpoint (at most 500 records a call).

The API caps the records of one call (``maxRecords``), so the slice is asked for one year and
one flow at a time; a call that comes back full is reported as cut (narrow ``--cmd`` or
``--partner``), never silently kept. Only totals over second partner, customs procedure and
transport mode are asked for (``partner2Code=0, customsCode=C00, motCode=0``), with
descriptions (``includeDesc=true``: the loader names areas by ISO3 code and name). Each answer
is kept in the download folder (``<slice>.<year>.<flow>.json``): a broken run resumes at the first
call not yet answered, and a second run calls nothing. The answers are written as one Comtrade+
CSV per reporter, with ``.provenance.json`` beside it (no warehouse is touched until then), and
loaded with the ordinary loader in one transaction (the same answers give the same bytes:
nothing new is loaded).

Reporter codes are UN M49 numbers except where Comtrade keeps its own (:data:`COMTRADE_CODES`,
from Comtrade's reference list ``Reporters.json``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from diversify.errors import InputError
from diversify.sources.comtrade import PLUS_COLUMNS
from diversify.sources.download import DownloadError, provenance_path, sha256_of, write_provenance
from diversify.sources.http_api import call_json

if TYPE_CHECKING:
    from diversify.store import Warehouse
    from diversify.store.ingest import IngestResult

API_URL = "https://comtradeapi.un.org/data/v1/get/C/A/HS"
PREVIEW_URL = "https://comtradeapi.un.org/public/v1/preview/C/A/HS"
KEY_HEADER = "Ocp-Apim-Subscription-Key"
MAX_RECORDS = 100_000
PREVIEW_MAX_RECORDS = 500
FLOWS = ("X", "M")
COMTRADE_CODES = {"FRA": 251, "IND": 699, "NOR": 579, "CHE": 757, "USA": 842}
"""Reporters whose Comtrade code is not their M49 number (current entries of Reporters.json)."""
_NEEDED = ("refYear", "reporterCode", "flowCode", "partnerCode", "cmdCode", "primaryValue")


@dataclass(frozen=True)
class ComtradeCall:
    year: int
    flow: str
    url: str
    records: int
    reused: bool


@dataclass(frozen=True)
class FetchedSlice:
    reporter: int
    file: Path
    sha256: str
    calls: list[ComtradeCall]
    result: IngestResult


def reporter_code(text: str) -> int:
    """Comtrade's reporter code for an ISO3 code (``DEU`` -> 276, ``USA`` -> 842) or a number."""
    text = text.strip().upper()
    if text.isdigit():
        return int(text)
    from diversify.reference.countries import un_m49_code

    code = COMTRADE_CODES.get(text) or (un_m49_code(text) if re.fullmatch(r"[A-Z]{3}", text) else None)
    if code is None:
        raise InputError(f"unknown reporter {text!r} (expected an ISO3 code such as DEU or a Comtrade "
                         "reporter number such as 276)", field="--reporter")
    return code


def parse_list(text: str, field: str, pattern: str) -> list[str]:
    items = [t.strip().upper() for t in text.split(",") if t.strip()]
    bad = [t for t in items if not re.fullmatch(pattern, t)]
    if not items or bad:
        raise InputError(f"not a valid value: {(bad or [text])[0]!r}", field=field)
    return list(dict.fromkeys(items))


def _records(data: object, url: str) -> list[dict[str, object]]:
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise DownloadError(f"{url}: expected a JSON object with a 'data' list (Comtrade API v1)")
    if data.get("error"):
        raise DownloadError(f"{url}: the API reported an error: {str(data['error'])[:200]}")
    rows = data["data"]
    for i, row in enumerate(rows):
        missing = [f for f in _NEEDED if not isinstance(row, dict) or f not in row]
        if missing:
            raise DownloadError(f"{url}: record {i + 1} has no field {missing[0]!r}")
    return rows


def _cached(page: Path) -> dict[str, object] | None:
    """A stored answer, or ``None`` when there is none (an unreadable one is removed and asked again)."""
    if not page.is_file():
        return None
    try:
        data = json.loads(page.read_bytes())
    except ValueError:
        data = None
    if not isinstance(data, dict):
        page.unlink()
        return None
    return data


def _name_part(codes: str) -> str:
    """Codes for a file name: ``27+84``, or for a long list its length and a hash."""
    if len(codes) <= 40:
        return codes.replace(",", "+")
    return f"{codes.count(',') + 1}codes-{hashlib.sha1(codes.encode()).hexdigest()[:8]}"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _answer(page: Path, base: str, params: dict[str, str], *, key: str | None, refresh: bool,
            sleep: Callable[[float], None]) -> tuple[str, dict[str, object], bool]:
    """The API's answer to one call: the stored one, or a new call stored as ``page``."""
    data = None if refresh else _cached(page)
    if data is not None:
        return str(data.pop("_url", base)), data, True
    answer = call_json(base, params=params, headers={KEY_HEADER: key} if key else None, sleep=sleep,
                       refused_hint="; check --key or $DIVERSIFY_COMTRADE_KEY")
    _records(answer.data, answer.url)
    tmp = page.with_name(page.name + ".part")
    tmp.write_text(json.dumps({"_url": answer.url, **answer.data}), "utf-8")
    tmp.replace(page)
    return answer.url, answer.data, False


def _write_csv(target: Path, rows: list[dict[str, object]]) -> None:
    """The records as a Comtrade+ CSV (the 47 columns in their order), written whole or not at all."""
    tmp = target.with_name(target.name + ".part")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(PLUS_COLUMNS)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in PLUS_COLUMNS])
    tmp.replace(target)


@dataclass(frozen=True)
class ComtradeDownload:
    """One reporter's slice, written as a Comtrade+ CSV from the API's answers, waiting to be loaded."""

    reporter: int
    file: Path
    sha256: str
    calls: list[ComtradeCall]
    note: str


def download_comtrade(
    reporter: str, years: list[int], folder: Path, *, key: str | None,
    flows: list[str] | None = None, cmd: str = "TOTAL", partner: str | None = None,
    base_url: str | None = None, preview: bool = False, refresh: bool = False,
    sleep: Callable[[float], None] = time.sleep, progress: Callable[[int, int, str], None] | None = None,
) -> ComtradeDownload:
    """Call the API (or reuse stored answers) for one reporter's ``years`` × ``flows`` and write
    them as one Comtrade+ CSV; touches no warehouse.

    ``progress`` is called with (calls done, calls in all, what comes next) before each call.
    """
    code = reporter_code(reporter)
    flows = flows or list(FLOWS)
    if not key and not preview:
        raise InputError("the Comtrade API needs a subscription key: --key or $DIVERSIFY_COMTRADE_KEY "
                         "(free at comtradedeveloper.un.org), or --preview for the keyless 500-record preview",
                         field="--key")
    base = base_url or (PREVIEW_URL if preview else API_URL)
    cap = PREVIEW_MAX_RECORDS if preview else MAX_RECORDS
    slug = f"comtrade-{code}-{_name_part(cmd)}" + (f"-p{_name_part(partner)}" if partner else "")
    folder.mkdir(parents=True, exist_ok=True)
    calls: list[ComtradeCall] = []
    rows: list[dict[str, object]] = []
    for year in years:
        for flow in flows:
            page = folder / f"{slug}.{year}.{flow}.json"
            params = {"reporterCode": str(code), "period": str(year), "flowCode": flow, "cmdCode": cmd,
                      "partner2Code": "0", "customsCode": "C00", "motCode": "0", "includeDesc": "true",
                      "maxRecords": str(cap)}
            if partner:
                params["partnerCode"] = partner
            if progress:
                progress(len(calls), len(years) * len(flows), f"Comtrade {code} {year} {flow}")
            url, data, reused = _answer(page, base, params, key=key, refresh=refresh, sleep=sleep)
            got = _records(data, url)
            if len(got) >= cap:
                page.unlink(missing_ok=True)
                raise DownloadError(f"{url}: {len(got):,} records, the most one call returns: the answer is cut; "
                                    "ask for less (--cmd with fewer codes, or --partner)")
            rows.extend(got)
            calls.append(ComtradeCall(year, flow, url, len(got), reused))
    if not rows:
        raise InputError(f"Comtrade has no {'+'.join(flows)} records for reporter {code} in "
                         f"{years[0]}-{years[-1]} (cmdCode {cmd})", field="--years")
    span = f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])
    target = folder / f"{slug}.{span}.{'+'.join(flows)}.csv"
    _write_csv(target, rows)
    sha = sha256_of(target)
    record = {"publisher": "United Nations Statistics Division", "dataset": "UN Comtrade, final annual HS data",
              "endpoint": base, "key": "subscription key (not recorded)" if key else "none (preview)",
              "calls": [{"url": c.url, "year": c.year, "flow": c.flow, "records": c.records} for c in calls],
              "file": target.name, "size": target.stat().st_size, "sha256": sha}
    write_provenance(provenance_path(target), record)
    return ComtradeDownload(code, target, sha, calls,
                            f"fetched from {base} ({len(calls)} calls, {len(rows):,} records)")


def load_comtrade(wh: Warehouse, got: ComtradeDownload, *, replace_smaller: bool = False) -> FetchedSlice:
    """Load the slice's CSV with the ``comtrade`` loader, in one transaction."""
    with wh.transaction():
        result = wh.ingest(got.file, "comtrade", replace_smaller=replace_smaller)
        if not result.skipped:
            wh.con.execute("UPDATE sources SET notes = concat_ws('; ', notes, ?) WHERE source_id = ?",
                           [got.note, result.source_id])
    return FetchedSlice(got.reporter, got.file, got.sha256, got.calls, result)


def fetch_comtrade(
    wh: Warehouse, reporter: str, years: list[int], folder: Path, *, key: str | None,
    flows: list[str] | None = None, cmd: str = "TOTAL", partner: str | None = None,
    base_url: str | None = None, preview: bool = False, refresh: bool = False, replace_smaller: bool = False,
    sleep: Callable[[float], None] = time.sleep, progress: Callable[[int, int, str], None] | None = None,
) -> FetchedSlice:
    """:func:`download_comtrade`, then :func:`load_comtrade` into ``wh``."""
    got = download_comtrade(reporter, years, folder, key=key, flows=flows, cmd=cmd, partner=partner,
                            base_url=base_url, preview=preview, refresh=refresh, sleep=sleep, progress=progress)
    return load_comtrade(wh, got, replace_smaller=replace_smaller)
