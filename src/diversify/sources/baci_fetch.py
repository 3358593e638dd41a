"""``diversify fetch baci``: CEPII's release archive, downloaded, checked, unpacked and ingested.

CEPII ships each release of BACI as one archive per HS revision,
``<base>/BACI_<rev>_<release>.zip`` (e.g. ``BACI_HS92_V202501.zip``, about 2.5 GB for
1995-2023), holding ``BACI_<rev>_Y<year>_<release>.csv`` for every year,
``country_codes_<release>.csv``, ``product_codes_<rev>_<release>.csv`` and a readme. The
archive is downloaded once into the download folder (resumable, see
:mod:`diversify.sources.download`), the years asked for are unpacked beside it and loaded
with the ordinary BACI loader, all in one transaction: every year or none (a year already
loaded from the same bytes is skipped). Downloading touches no warehouse.
``provenance.json`` beside the archive records the URL, size, SHA-256 and time of the
download and each member's size and CRC; each year's source row notes the URL and the
archive's SHA-256.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from diversify.errors import InputError
from diversify.sources.download import Downloaded, DownloadError, download, write_provenance

if TYPE_CHECKING:
    from diversify.store import Warehouse
    from diversify.store.ingest import IngestResult

BASE_URL = "https://www.cepii.fr/DATA_DOWNLOAD/baci/data"
RELEASE = "V202501"
REVISION = "HS92"
REVISION_FIRST_YEAR = {"HS92": 1995, "HS96": 1996, "HS02": 2002, "HS07": 2007, "HS12": 2012, "HS17": 2017,
                       "HS22": 2022}
_RELEASE = re.compile(r"V\d{6}[a-z]?")


@dataclass(frozen=True)
class FetchedYear:
    year: int
    file: str
    result: IngestResult


def parse_years(text: str) -> list[int]:
    """``2015-2023``, ``2019,2021`` or ``2022`` as a sorted list of years."""
    years: set[int] = set()
    for part in text.replace(" ", "").split(","):
        m = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", part)
        if not m:
            raise InputError(f"expected years such as 2015-2023 or 2019,2021, got {text!r}", field="--years")
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        if last < first:
            raise InputError(f"the range {part} ends before it starts", field="--years")
        years.update(range(first, last + 1))
    return sorted(years)


def archive_name(revision: str, release: str) -> str:
    return f"BACI_{revision}_{release}.zip"


def _check_options(revision: str, release: str, years: list[int]) -> None:
    if revision not in REVISION_FIRST_YEAR:
        raise InputError(f"unknown HS revision {revision!r} (expected one of: {', '.join(REVISION_FIRST_YEAR)})",
                         field="--revision")
    if not _RELEASE.fullmatch(release):
        raise InputError(f"expected a release such as V202501, got {release!r}", field="--release")
    early = [y for y in years if y < REVISION_FIRST_YEAR[revision]]
    if early:
        raise InputError(f"BACI {revision} starts in {REVISION_FIRST_YEAR[revision]}; {early[0]} is earlier "
                         "(HS92 covers 1995 on)", field="--years")


def _not_a_release(zf: zipfile.ZipFile, archive: Path, revision: str, release: str, years: list[int],
                   has_codes: bool) -> NoReturn:
    """Refuse an archive without the layout of a BACI release (its yearly files and country codes).
    It is removed, so the next run downloads it anew (a mirror may have served the wrong file)."""
    lacking = ([] if years else [f"no BACI_{revision}_Y*_{release}.csv"]) + (
        [] if has_codes else [f"no country_codes_{release}.csv"])
    names = [Path(i.filename).name for i in zf.infolist() if not i.is_dir()]
    holds = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "") if names else "nothing"
    what = "holds no BACI files" if not years and not has_codes else "is not a whole BACI release"
    zf.close()
    archive.unlink()
    raise InputError(f"{what} ({', '.join(lacking)}; it holds {holds}): not a BACI {revision} {release} "
                     "release archive (removed; check --url, --revision and --release)", path=archive)


def _unpack(archive: Path, years: list[int], revision: str, release: str, folder: Path) -> dict[int, Path]:
    """The data files of ``years`` and the code files, unpacked into ``folder`` (skipped when present)."""
    try:
        zf = zipfile.ZipFile(archive)
    except zipfile.BadZipFile:
        archive.unlink()
        raise DownloadError(f"{archive.name}: not a zip archive (removed; run again to download it anew)") from None
    with zf:
        members = {Path(i.filename).name: i for i in zf.infolist() if not i.is_dir()}
        codes = f"country_codes_{release}.csv"
        yearly = re.compile(rf"BACI_{re.escape(revision)}_Y(\d{{4}})_{re.escape(release)}\.csv")
        found = sorted(int(m.group(1)) for n in members if (m := yearly.fullmatch(n)))
        if not found or codes not in members:
            _not_a_release(zf, archive, revision, release, found, codes in members)
        data = {y: f"BACI_{revision}_Y{y}_{release}.csv" for y in years}
        missing = [y for y, name in data.items() if name not in members]
        if missing:
            raise InputError(f"{archive.name} has no data for {missing[0]} (years in the archive: "
                             f"{found[0]}-{found[-1]})", field="--years")
        wanted = [*data.values(), codes]
        products = f"product_codes_{revision}_{release}.csv"
        if products in members:
            wanted.append(products)
        folder.mkdir(parents=True, exist_ok=True)
        for name in wanted:
            info, out = members[name], folder / name
            if out.is_file() and out.stat().st_size == info.file_size:
                continue
            with zf.open(info) as src, open(out, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
        return {y: folder / name for y, name in data.items()}


def _provenance(got: Downloaded, archive: Path, revision: str, release: str) -> dict[str, object]:
    with zipfile.ZipFile(archive) as zf:
        members = [{"name": i.filename, "size": i.file_size, "crc32": f"{i.CRC:08x}"} for i in zf.infolist()]
    record = {"publisher": "CEPII", "dataset": f"BACI {revision}", "release": release, "url": got.url,
              "file": archive.name, "size": got.size, "sha256": got.sha256, "members": members}
    return write_provenance(archive.parent / f"{archive.stem}.provenance.json", record)


@dataclass(frozen=True)
class BaciDownload:
    """A release archive on disk, checked, with the years asked for unpacked beside it."""

    archive: Downloaded
    files: dict[int, Path]
    """The unpacked yearly CSV file of each year asked for."""


def download_baci(
    years: list[int], folder: Path, *, release: str = RELEASE, revision: str = REVISION,
    base_url: str = BASE_URL, sha256: str | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> BaciDownload:
    """Download BACI ``revision``/``release`` into ``folder`` (resuming), check it, unpack ``years``.

    Touches no warehouse: a long download leaves it to other commands.
    """
    revision, years = revision.upper(), sorted(set(years))
    _check_options(revision, release, years)
    url = f"{base_url.rstrip('/')}/{archive_name(revision, release)}"
    got = download(url, folder / archive_name(revision, release), sha256=sha256, progress=progress)
    files = _unpack(got.path, years, revision, release, folder / f"BACI_{revision}_{release}")
    _provenance(got, got.path, revision, release)
    return BaciDownload(got, files)


def load_baci(
    wh: Warehouse, fetched: BaciDownload, *, keep_files: bool = False,
    on_year: Callable[[int], None] | None = None,
) -> list[FetchedYear]:
    """Load the unpacked years of ``fetched`` into ``wh``, all in one transaction: every year is
    loaded or none (a failing year leaves the warehouse as it was, and its file on disk).
    The unpacked files are removed afterwards unless ``keep_files``."""
    got = fetched.archive
    note = f"downloaded from {got.url} ({got.size:,} bytes, SHA-256 {got.sha256})"
    loaded = []
    with wh.transaction():
        for year, path in fetched.files.items():
            if on_year:
                on_year(year)
            result = wh.ingest(path, "baci")
            if not result.skipped:
                wh.con.execute("UPDATE sources SET notes = concat_ws('; ', notes, ?) WHERE source_id = ?",
                               [note, result.source_id])
            loaded.append(FetchedYear(year, path.name, result))
    if not keep_files:
        for path in fetched.files.values():
            path.unlink(missing_ok=True)
    return loaded


def fetch_baci(
    wh: Warehouse, years: list[int], folder: Path, *, release: str = RELEASE, revision: str = REVISION,
    base_url: str = BASE_URL, sha256: str | None = None, keep_files: bool = False,
    progress: Callable[[int, int | None], None] | None = None,
    on_year: Callable[[int], None] | None = None,
) -> tuple[Downloaded, list[FetchedYear]]:
    """:func:`download_baci`, then :func:`load_baci` into ``wh`` (all years or none)."""
    fetched = download_baci(years, folder, release=release, revision=revision, base_url=base_url,
                            sha256=sha256, progress=progress)
    return fetched.archive, load_baci(wh, fetched, keep_files=keep_files, on_year=on_year)
