"""The hostile inputs: generated from the small real samples and from code, never committed.

A :class:`Hostile` is one input a hostile or careless user could give
diversify (a data file for ``ingest``, an article file for ``news ingest``, a
scenario file for ``scenario run``) with the one-line message expected for it
(a regular expression matched after ``error: <file>``), and exit code 2.
"""

from __future__ import annotations

import gzip
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from loader_samples import Sample

LOADERS = ["sipri_register", "sipri_milex_gdp", "sipri_milex_usd", "cow_nmc", "cow_trade_national", "atop",
           "cow_alliance", "cow_trade", "canada_tdo_hs2", "canada_tdo_partner", "comtrade", "baci"]
NUMERIC = [lo for lo in LOADERS if lo not in ("atop", "cow_alliance")]
MAX_LINE = 2_000_000  # DuckDB's largest CSV line


@dataclass(frozen=True)
class Hostile:
    """One hostile input: ``make(folder)`` writes it and returns the path and the CLI arguments."""

    id: str
    kind: str  # "ingest", "news" or "scenario"
    make: Callable[[Path], tuple[Path, list[str]]]
    message: str  # regular expression of the message after the file name


def _ingest(loader: str, path: Path) -> tuple[Path, list[str]]:
    return path, ["ingest", str(path), "--source", loader]


def loader_cases(samples: dict[str, Sample]) -> list[Hostile]:
    out: list[Hostile] = []

    def add(case: str, loader: str, build: Callable[[Sample, Path], Path], message: str) -> None:
        sample = samples[loader]
        out.append(Hostile(f"{loader}-{case}", "ingest",
                           lambda folder, s=sample, b=build, lo=loader: _ingest(lo, b(s, folder)), message))

    for loader in LOADERS:
        add("corrupt_parquet", loader, lambda s, f: _bytes(f, "bad.parquet", b"PAR1junkPAR1"),
            r"(: not a readable Parquet file \(.+\)|, line 1: wrong header: .+)$")
        add("binary", loader, lambda s, f: _bytes(f, "random" + s.suffix, _random_bytes(s.suffix)),
            r"(, line 1)?: (not UTF-8 text .+|corrupt or truncated gzip .+|wrong header: .+)$")
        add("directory", loader, lambda s, f: _folder(f / "a-folder.csv"), r": is a directory, not a data file$")
        add("truncated_mid_line", loader, _cut_mid_line, r", line \d+: .+$")
    for loader in NUMERIC:
        add("infinity", loader, _infinity, r", line \d+, field '[^']+': not a finite number: '?inf'?"
            r"( \(expected an amount\))?$")
    for loader in ("sipri_milex_gdp", "cow_trade_national", "canada_tdo_hs2", "comtrade", "baci"):
        add("huge_field", loader, _huge_field,
            rf", line \d+(: line longer than {MAX_LINE:,} bytes \(a field of [\d,]+ bytes\); expected ordinary "
            r"CSV fields|, field '[^']+': not a number: 'A{60}\.\.\. \([\d,]+ characters\)')$")
    for loader in ("sipri_milex_gdp", "cow_nmc", "cow_trade", "canada_tdo_partner", "comtrade", "baci"):
        add("year_as_text", loader, _year_text, r", line \d+(, field '[^']+')?: .*(year|number|not an integer|"
            r"Could not convert|convert).*$")
    for loader in ("sipri_milex_gdp", "cow_trade_national", "cow_trade", "atop"):
        add("year_out_of_range", loader, _year_far, r", line \d+(, field '[^']+')?: .*year.*$")
    for loader in ("sipri_milex_usd", "canada_tdo_hs2", "cow_trade"):
        add("latin1", loader, _latin1, r", line \d+: not UTF-8 text.*$")
    for loader in ("cow_nmc", "comtrade"):
        add("utf16", loader, lambda s, f: s.write(f, "bad", data=s.text().encode("utf-16"), suffix=".csv"),
            r", line 1: not UTF-8 text \(UTF-16 or binary data\); expected .+$")
    for loader in ("sipri_register", "atop"):
        add("empty", loader, lambda s, f: s.write(f, "bad", data=b""), r": file is empty$")
    add("device", "cow_trade", lambda s, f: Path("/dev/urandom"),
        r": not a regular file \(a device, pipe or socket\); expected a data file$")
    add("missing", "cow_trade", lambda s, f: f / "no-such-file.csv", r": file not found$")
    add("gzip_of_nothing", "cow_nmc", lambda s, f: _bytes(f, "nothing.csv.gz", gzip.compress(b"")),
        r": file is empty \(the gzip holds no data\)$")
    add("baci_year_in_name", "baci", _baci_other_year,
        r", line 2, field 't': the file name says year 2022 \(Y2022\) but this row is for 2024; .+$")
    return out


def shrink_cases(samples: dict[str, Sample]) -> list[Hostile]:
    """Newer versions cut short at a line boundary: valid CSV, most of the rows missing."""
    out = []
    for loader in ("cow_trade_national", "sipri_milex_gdp", "canada_tdo_partner"):
        sample = samples[loader]

        def make(folder: Path, s: Sample = sample, lo: str = loader) -> tuple[Path, list[str]]:
            return _ingest(lo, replace(s, rows=s.rows[: len(s.rows) // 3]).write(folder, "cut"))

        out.append(Hostile(f"{loader}-cut_at_line_boundary", "ingest", make,
                           r": refusing to replace the loaded version of this dataset: it has \d+ rows where "
                           r"the loaded version has \d+ \(\d+%\).*Nothing changed; use --replace-smaller to "
                           "replace it anyway$"))
    return out


def news_cases() -> list[Hostile]:
    long_text = "x" * 2_100_000
    files: dict[str, tuple[str, bytes, str]] = {
        "empty": ("a.jsonl", b"", r": .*empty.*$"),
        "binary": ("a.jsonl", bytes(random.Random(3).getrandbits(8) for _ in range(4096)),
                   r"(, line \d+)?: .*(UTF-8|binary|not valid JSON|not an article).*$"),
        "utf16": ("a.jsonl", '{"id": "a", "text": "Canada and the USA"}\n'.encode("utf-16"),
                  r"(, line \d+)?: .*(UTF-8|UTF-16|binary|not valid JSON).*$"),
        "deep_json": ("a.jsonl", ("[" * 100_000 + "]" * 100_000 + "\n").encode(),
                      r", line 1: not an article: JSON nested too deeply$"),
        "not_object": ("a.jsonl", b'[1, 2, 3]\n', r", line 1: expected a JSON object per line$"),
        "no_text": ("a.jsonl", b'{"id": "a", "title": "t"}\n', r", line 1, field 'text': expected a string 'text'$"),
        "text_not_string": ("a.jsonl", b'{"id": "a", "text": 12}\n',
                            r", line 1, field 'text': expected a string 'text'$"),
        "bad_json": ("a.jsonl", b'{"id": "a", "text": "unterminated\n', r", line 1: not valid JSON .+$"),
        "huge_line": ("a.jsonl", ('{"id": "a", "text": "' + long_text + '"}\n').encode(),
                      r", line 1: line is [\d,]+ characters; an article's text is limited to .+$"),
        "latin1": ("a.jsonl", '{"id": "a", "text": "Québec et le Canada"}\n'.encode("latin-1"),
                   r"(, line \d+)?: .*UTF-8.*$"),
        "gzip_bytes": ("a.jsonl", gzip.compress(b'{"id": "a", "text": "x"}\n' * 1000),
                       r"(, line \d+)?: .*(UTF-8|binary|not valid JSON).*$"),
    }
    out = []
    for name, (file_name, data, message) in files.items():
        def make(folder: Path, fn: str = file_name, d: bytes = data) -> tuple[Path, list[str]]:
            path = _bytes(folder, fn, d)
            return path, ["news", "ingest", str(path)]

        out.append(Hostile(f"news-{name}", "news", make, message))
    return out


TARIFF = """[scenario]
kind = "tariff"
[tariff]
importer = "USA"
reporter = "CAN"
year = 2024
[[tariff.changes]]
product = "*"
rate = {rate}
[tariff.base]
method = "share"
share = 0.125
"""
GRAVITY = """[scenario]
kind = "gravity"
[gravity]
data = {data}
sigma = 5
reference_importer = "DEU"
"""


def scenario_cases() -> list[Hostile]:
    texts: dict[str, tuple[str | bytes, str]] = {
        "deep_nesting": ("a = " + "[" * 5000 + "]" * 5000 + "\n",
                         r": arrays or tables nested more than 32 levels deep$"),
        "deep_tables": ("x = " + "{a = " * 200 + "1" + "}" * 200 + "\n",
                        r": arrays or tables nested more than 32 levels deep$"),
        "rate_inf": (TARIFF.format(rate="inf"), (r", line 9, field 'tariff.changes\[0\].rate': expected a finite "
                     "number, got inf$")),
        "rate_nan": (TARIFF.format(rate="nan"), (r", line 9, field 'tariff.changes\[0\].rate': expected a finite "
                     "number, got nan$")),
        "rate_1e308": (TARIFF.format(rate="1e308"), (r", line 9, field 'tariff.changes\[0\].rate': must be <= 10, "
                       r"got 1e\+308$")),
        "rate_negative": (TARIFF.format(rate="-0.5"), (r", line 9, field 'tariff.changes\[0\].rate': must be >= 0, "
                          "got -0.5$")),
        "rate_string": (TARIFF.format(rate='"25%"'), (r", line 9, field 'tariff.changes\[0\].rate': expected a "
                        "number, got string '25%'$")),
        "unknown_key": (TARIFF.format(rate="0.1") + "colour = 1\n", r".*unknown.*colour.*$"),
        "year_huge": (TARIFF.format(rate="0.1").replace("year = 2024", "year = 99999999999999999"),
                      r", line 6, field 'tariff.year': must be .+$"),
        "two_models": (TARIFF.format(rate="0.1") + "[spending]\ncountry = 'CAN'\n",
                       r".*one scenario file runs one model.*$"),
        "no_model": ("[scenario]\nname = 'x'\n", r": no model table: .+$"),
        "not_toml": ("this is = = not toml\n", r", line 1: not valid TOML .+$"),
        "empty": ("", r": no model table: .+$"),
        "binary": (bytes(random.Random(5).getrandbits(8) for _ in range(2048)), r".+$"),
        "utf16": (TARIFF.format(rate="0.1").encode("utf-16"), r".+$"),
        "gravity_etc_passwd": (GRAVITY.format(data='"file:///etc/passwd"'),
                               r".*field 'gravity.data'.*no such data file: file:///etc/passwd .+$"),
        "gravity_home": (GRAVITY.format(data='"~/.bashrc"'), r".*field 'gravity.data'.*no such data file.+$"),
        "gravity_data_number": (GRAVITY.format(data="5"), r".*gravity.data.*$"),
        "sigma_inf": (GRAVITY.format(data='"embedded:yotov_2006"').replace("sigma = 5", "sigma = inf"),
                      r".*gravity.sigma.*$"),
    }
    out = []
    for name, (text, message) in texts.items():
        def make(folder: Path, t: str | bytes = text) -> tuple[Path, list[str]]:
            path = _bytes(folder, "scenario.toml", t if isinstance(t, bytes) else t.encode())
            return path, ["scenario", "run", str(path), "--no-store"]

        out.append(Hostile(f"scenario-{name}", "scenario", make, message))
    return out


# -- builders ---------------------------------------------------------------------------


def _bytes(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def _folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _random_bytes(suffix: str) -> bytes:
    data = bytes(random.Random(7).getrandbits(8) for _ in range(64 * 1024))
    return gzip.compress(data) if suffix.endswith(".gz") else data


def _cut_mid_line(sample: Sample, folder: Path) -> Path:
    text = sample.text().encode(sample.encoding)
    last = text.rstrip(b"\n").rfind(b"\n")
    cut = text[: last + 1] + text[last + 1:][:3]  # the last record cut after three bytes
    path = folder / ("cut" + sample.suffix)
    folder.mkdir(parents=True, exist_ok=True)
    for side_name, side_text in sample.side.items():
        (folder / side_name).write_text(side_text, encoding="utf-8")
    path.write_bytes(gzip.compress(cut, mtime=0) if sample.suffix.endswith(".gz") else cut)
    return path


def _infinity(sample: Sample, folder: Path) -> Path:
    return sample.with_cell(2, sample.value[0], "inf").write(folder, "inf")


def _huge_field(sample: Sample, folder: Path) -> Path:
    return sample.with_cell(2, sample.country[0], "A" * (MAX_LINE + 10_000)).write(folder, "huge")


def _year_text(sample: Sample, folder: Path) -> Path:
    col = {"sipri_milex_gdp": 2, "cow_nmc": 1, "cow_trade": 2, "canada_tdo_partner": 0, "comtrade": 3,
           "baci": 0}[sample.loader]
    return sample.with_cell(1, col, "twenty").write(folder, "year")


def _year_far(sample: Sample, folder: Path) -> Path:
    col = {"sipri_milex_gdp": 2, "cow_trade_national": 1, "cow_trade": 2, "atop": 2}[sample.loader]
    return sample.with_cell(1, col, "30000").write(folder, "year")


def _latin1(sample: Sample, folder: Path) -> Path:
    bad = sample.with_cell(1, sample.country[0] - 1 if sample.loader == "sipri_milex_usd" else sample.country[0],
                           "Côte d'Ivoire")
    return bad.write(folder, "latin1", data=bad.text().encode("latin-1"))


def _baci_other_year(sample: Sample, folder: Path) -> Path:
    path = sample.with_cell(0, sample.value[0], "1.5").write(folder, "ok")
    other = folder / "BACI_HS17_Y2022_V202401b.csv"
    os.replace(path, other)
    return other
