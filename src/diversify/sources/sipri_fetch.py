"""``diversify fetch sipri``: the arms-transfers register and military expenditure, fetched and loaded.

Arms transfers
    SIPRI's database site (armstransfers.sipri.org) reads its data from a backend API. A POST of
    a JSON filter to ``REGISTER_URL`` answers ``{"bytes": "<base64>"}``: the trade-register CSV
    export (about ten note lines, then the header ``Recipient,Supplier,...`` and one record per
    deal; ISO-8859-1), the layout :mod:`diversify.sources.sipri_arms` reads. The filter asks for
    deals with deliveries in ``first``-``last`` (orders from any year up to ``last``). Adding the
    ``exportOption`` filter would switch to the newer layout (one row per deal and delivery year),
    which the loader does not read, so it is not sent. SIPRI documents no public API: the
    endpoint and the filter are those the site itself uses (override with ``--register-url``).
Military expenditure
    The loaders read Our World in Data's grapher CSV of SIPRI's Military Expenditure Database
    (constant US$, and share of GDP), so those two files are downloaded from OWID's chart API
    (``<chart>.csv?csvType=full&useColumnShortNames=false``: the full table with the column titles
    the loaders expect). SIPRI's own workbook (``SIPRI-Milex-data-1949-2024.xlsx``) is not read:
    it would need an xlsx reader for what the OWID files already hold.

Every file is kept in the download folder with a ``.provenance.json`` beside it (URL, size,
SHA-256, time); a later run reuses it (``refresh=True`` fetches anew), so running twice loads
nothing new. The files are downloaded first, touching no warehouse, then loaded by their
ordinary loaders in one transaction: every file or none.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from diversify.errors import InputError
from diversify.sources.download import (
    Downloaded,
    DownloadError,
    download,
    provenance_path,
    sha256_of,
    write_provenance,
)
from diversify.sources.http_api import call_json

if TYPE_CHECKING:
    from diversify.store import Warehouse
    from diversify.store.ingest import IngestResult

REGISTER_URL = "https://atbackend.sipri.org/api/p/trades/trade-register-csv/"
OWID_GRAPHER_URL = "https://ourworldindata.org/grapher"
OWID_QUERY = "?v=1&csvType=full&useColumnShortNames=false"
MILEX_CHARTS = {"sipri_milex_usd": "military-spending-sipri", "sipri_milex_gdp": "military-spending-as-a-share-of-gdp-sipri"}
FIRST_YEAR = 1950
Part = Literal["arms", "milex"]


def register_filter(first: int, last: int) -> dict[str, object]:
    """The JSON filter SIPRI's site posts for a trade register of deliveries in ``first``-``last``."""
    def rule(field: str, condition: str = "", value1: object = "", value2: object = "") -> dict[str, object]:
        return {"field": field, "oldField": "", "condition": condition, "value1": value1, "value2": value2,
                "listData": []}

    return {"filters": [rule("Delivery year", "contains", first, last), rule("Order year", "contains", 0, last),
                        rule("opendeals")], "logic": "AND"}


def _register_csv(data: object, url: str) -> bytes:
    """The CSV bytes inside SIPRI's answer, checked to be a trade register."""
    encoded = data.get("bytes") if isinstance(data, dict) else None
    if not isinstance(encoded, str):
        got = f"fields {', '.join(list(data)[:5]) or 'none'}" if isinstance(data, dict) else type(data).__name__
        raise DownloadError(f"{url}: expected a JSON object with the field 'bytes' (base64 CSV), got {got}")
    try:
        raw = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise DownloadError(f"{url}: the field 'bytes' is not base64") from None
    head = raw[:8000].decode("iso-8859-1")
    if not any(line.startswith("Recipient,Supplier") for line in head.splitlines()):
        first = next((ln for ln in head.splitlines() if ln.startswith(("SIPRI AT Database ID", "Recipient"))), "")
        raise DownloadError(f"{url}: the answer is not the trade register the loader reads (no header "
                            f"'Recipient,Supplier' in its first lines{'; found ' + first[:60] if first else ''})")
    try:  # SIPRI's export is ISO-8859-1; should the API ever send UTF-8, store what the loader reads
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
    return text.encode("iso-8859-1", "replace") if not text.isascii() else raw


def fetch_register(folder: Path, first: int, last: int, *, url: str = REGISTER_URL,
                   refresh: bool = False) -> tuple[Path, bool]:
    """The trade register of deliveries in ``first``-``last`` as a CSV in ``folder`` (reused when there)."""
    target = folder / f"sipri-trade-register-{first}-{last}.csv"
    if target.is_file() and not refresh:
        return target, True
    answer = call_json(url, body=register_filter(first, last))
    csv_bytes = _register_csv(answer.data, url)
    folder.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    part.write_bytes(csv_bytes)
    part.replace(target)
    write_provenance(provenance_path(target), {
        "publisher": "SIPRI", "dataset": "Arms Transfers Database, trade register", "url": url, "method": "POST",
        "request": register_filter(first, last), "answer_size": len(answer.body),
        "answer_sha256": hashlib.sha256(answer.body).hexdigest(),
        "file": target.name, "size": len(csv_bytes), "sha256": sha256_of(target)})
    return target, False


def milex_url(base: str, chart: str) -> str:
    return f"{base.rstrip('/')}/{chart}.csv{OWID_QUERY}"


def fetch_milex(folder: Path, loader: str, *, base_url: str = OWID_GRAPHER_URL, refresh: bool = False,
                progress: Callable[[int, int | None], None] | None = None) -> Downloaded:
    """One OWID grapher CSV, downloaded (resumed only when the server's version is unchanged;
    ``refresh`` discards whatever is on disk, finished or partial) with its provenance."""
    chart = MILEX_CHARTS[loader]
    target = folder / f"{chart}.csv"
    url = milex_url(base_url, chart)
    got = download(url, target, progress=progress, refresh=refresh)
    if got.resumed_from != got.size or not provenance_path(target).is_file():
        write_provenance(provenance_path(target), {
            "publisher": "SIPRI (via Our World in Data)", "dataset": f"Military Expenditure Database, {chart}",
            "url": url, "method": "GET", "file": target.name, "size": got.size, "sha256": got.sha256})
    return got


@dataclass(frozen=True)
class SipriDownload:
    """One SIPRI file on disk, fetched or reused, waiting to be loaded."""

    loader: str
    file: Path
    url: str
    size: int
    sha256: str
    reused: bool
    note: str
    """What the loaded source's notes say about where the file came from."""
    restarted: str | None = None
    """Why a partial download on disk was not resumed (see :class:`Downloaded`)."""


@dataclass(frozen=True, kw_only=True)
class FetchedFile(SipriDownload):
    """A downloaded SIPRI file with the result of loading it."""

    result: IngestResult


def download_sipri(
    folder: Path, *, parts: tuple[Part, ...] = ("arms", "milex"), first: int = FIRST_YEAR,
    last: int | None = None, register_url: str = REGISTER_URL, milex_base: str = OWID_GRAPHER_URL,
    refresh: bool = False, progress: Callable[[int, int | None], None] | None = None,
    on_step: Callable[[str], None] | None = None,
) -> list[SipriDownload]:
    """Fetch (or reuse) the SIPRI files of ``parts`` into ``folder``; touches no warehouse."""
    last = last if last is not None else dt.date.today().year - 1
    if not FIRST_YEAR <= first <= last:
        raise InputError(f"expected {FIRST_YEAR} <= first year <= last year, got {first}-{last}", field="--years")
    done: list[SipriDownload] = []
    if "arms" in parts:
        if on_step:
            on_step("SIPRI trade register")
        path, reused = fetch_register(folder, first, last, url=register_url, refresh=refresh)
        done.append(SipriDownload("sipri_register", path, register_url, path.stat().st_size, sha256_of(path), reused,
                                  f"fetched from {register_url} (deliveries {first}-{last})"))
    if "milex" in parts:
        for loader, chart in MILEX_CHARTS.items():
            if on_step:
                on_step(chart)
            got = fetch_milex(folder, loader, base_url=milex_base, refresh=refresh, progress=progress)
            done.append(SipriDownload(loader, got.path, got.url, got.size, got.sha256, got.resumed_from == got.size,
                                      f"downloaded from {got.url} ({got.size:,} bytes, SHA-256 {got.sha256})",
                                      got.restarted))
    return done


def load_sipri(wh: Warehouse, files: list[SipriDownload], *, replace_smaller: bool = False) -> list[FetchedFile]:
    """Load ``files`` with their loaders, all in one transaction: every file or none.

    ``replace_smaller`` lets a register of fewer years replace a larger one already loaded.
    """
    done: list[FetchedFile] = []
    with wh.transaction():
        for f in files:
            result = wh.ingest(f.file, f.loader, replace_smaller=replace_smaller)
            _note(wh, result, f.note)
            done.append(FetchedFile(**{k.name: getattr(f, k.name) for k in fields(f)}, result=result))
    return done


def _note(wh: Warehouse, result: IngestResult, text: str) -> None:
    if not result.skipped:
        wh.con.execute("UPDATE sources SET notes = concat_ws('; ', notes, ?) WHERE source_id = ?",
                       [text, result.source_id])


def fetch_sipri(
    wh: Warehouse, folder: Path, *, parts: tuple[Part, ...] = ("arms", "milex"), first: int = FIRST_YEAR,
    last: int | None = None, register_url: str = REGISTER_URL, milex_base: str = OWID_GRAPHER_URL,
    refresh: bool = False, replace_smaller: bool = False,
    progress: Callable[[int, int | None], None] | None = None, on_step: Callable[[str], None] | None = None,
) -> list[FetchedFile]:
    """:func:`download_sipri`, then :func:`load_sipri` into ``wh`` (every file or none)."""
    files = download_sipri(folder, parts=parts, first=first, last=last, register_url=register_url,
                           milex_base=milex_base, refresh=refresh, progress=progress, on_step=on_step)
    return load_sipri(wh, files, replace_smaller=replace_smaller)
