"""`diversify fetch comtrade` against a loopback server answering like the UN Comtrade API v1.

Records are written in the API's schema (the 47 Comtrade+ fields of a real answer of
``/data/v1/get/C/A/HS``, with ``includeDesc=true``); errors are those its gateway sends
(401 for a bad key, 429 with ``Retry-After``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from loopback import Answer, Request, cli_error_line, closed_port, serve
from typer.testing import CliRunner

from diversify.cli import app
from diversify.errors import InputError
from diversify.sources.comtrade import PLUS_COLUMNS
from diversify.sources.comtrade_fetch import fetch_comtrade, reporter_code
from diversify.sources.download import DownloadError
from diversify.store import Warehouse

KEY = "k3y-0123456789abcdef"
API = "/data/v1/get/C/A/HS"
PREVIEW = "/public/v1/preview/C/A/HS"
AREAS = {276: ("DEU", "Germany"), 842: ("USA", "USA"), 156: ("CHN", "China"), 251: ("FRA", "France"),
         0: ("W00", "World"), 490: ("S19", "Other Asia, nes"), 899: ("_X ", "Areas, nes")}
CHAPTERS = ",".join(f"{c:02d}" for c in range(1, 98))
DENIED = {"statusCode": 401, "message": "Access denied due to invalid subscription key. "
          "Make sure to provide a valid key for an active subscription."}


def record(year: int, flow: str, partner: int, cmd: str, value: float) -> dict[str, object]:
    """One record as the API returns it (field order and types of a real answer)."""
    iso, desc = AREAS[partner]
    rec: dict[str, object] = {c: None for c in PLUS_COLUMNS}
    rec.update(typeCode="C", freqCode="A", refPeriodId=year * 10000 + 101, refYear=year, refMonth=52,
               period=str(year), reporterCode=276, reporterISO="DEU", reporterDesc="Germany", flowCode=flow,
               flowDesc="Export" if flow == "X" else "Import", partnerCode=partner, partnerISO=iso,
               partnerDesc=desc, partner2Code=0, partner2ISO="W00", partner2Desc="World",
               classificationCode="H6", classificationSearchCode="HS", isOriginalClassification=True,
               cmdCode=cmd, cmdDesc="All Commodities" if cmd == "TOTAL" else f"Chapter {cmd}",
               aggrLevel=0 if cmd == "TOTAL" else 2, isLeaf=False, customsCode="C00", customsDesc="TOTAL CPC",
               mosCode="0", motCode=0, motDesc="TOTAL MOT", qtyUnitCode=-1, qtyUnitAbbr="N/A",
               isQtyEstimated=False, altQtyUnitCode=-1, altQtyUnitAbbr="N/A", isAltQtyEstimated=False,
               isNetWgtEstimated=False, isGrossWgtEstimated=False,
               cifvalue=value if flow == "M" else None, fobvalue=value if flow == "X" else None,
               primaryValue=value, legacyEstimationFlag=0, isReported=True, isAggregate=False)
    return rec


def _data() -> list[dict[str, object]]:
    rows = []
    for year in (2022, 2023):
        for flow, scale in (("X", 1.0), ("M", 0.8)):
            for partner, value in ((842, 160e9), (156, 100e9), (251, 120e9), (490, 20e9), (899, 1e9)):
                rows.append(record(year, flow, partner, "TOTAL", value * scale * (1 + (year - 2022) / 10)))
            rows.append(record(year, flow, 0, "TOTAL", 1600e9 * scale))
    # a chapter slice too large for one preview call
    rows += [record(2023, "X", p, f"{c:02d}", 1e6 + c) for p in (842, 156, 251) for c in range(1, 98)]
    rows += [record(2023, "X", p, f"{c:02d}", 1e6 + c) for p in (490, 899, 0) for c in range(1, 98)]
    return rows


def _api(state: dict[str, object], *, keyed: bool) -> callable:  # type: ignore[valid-type]
    rows = _data()

    def route(req: Request) -> Answer:
        if keyed and req.headers.get("ocp-apim-subscription-key") != KEY:
            return 401, {"Content-Type": "application/json"}, json.dumps(DENIED).encode()
        if state.get("limit", 0):
            state["limit"] = int(state["limit"]) - 1  # type: ignore[call-overload]
            return 429, {"Retry-After": "1"}, b'{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 1 seconds."}'
        if state.get("fail_year") == req.query.get("period"):
            return 500, {}, b'{"statusCode": 500, "message": "Internal server error"}'
        q = req.query
        if (q.get("partner2Code"), q.get("customsCode"), q.get("motCode"), q.get("includeDesc")) != ("0", "C00", "0", "true"):
            return 400, {}, b'{"message": "unexpected query"}'
        cmds = q["cmdCode"].split(",")
        hits = [r for r in rows if str(r["reporterCode"]) == q["reporterCode"] and str(r["refYear"]) == q["period"]
                and r["flowCode"] == q["flowCode"] and r["cmdCode"] in cmds
                and ("partnerCode" not in q or str(r["partnerCode"]) in q["partnerCode"].split(","))]
        hits = hits[: int(q.get("maxRecords", 100_000))]
        body = {"elapsedTime": "0.05 secs", "count": len(hits), "data": hits, "error": ""}
        return 200, {"Content-Type": "application/json; charset=utf-8"}, json.dumps(body).encode()
    return route


def _server(state: dict[str, object]):  # type: ignore[no-untyped-def]
    return serve({API: _api(state, keyed=True), PREVIEW: _api(state, keyed=False)})


def _no_key_anywhere(folder: Path, wh: Warehouse) -> None:
    for f in folder.iterdir():
        assert KEY not in f.read_text("utf-8"), f.name
    assert not any(KEY in str(v) for row in wh.query("SELECT * FROM sources") for v in row)


def test_fetch_comtrade_loads_the_slice_once_without_storing_the_key(tmp_path: Path) -> None:
    with _server({}) as srv, Warehouse(tmp_path / "w.duckdb", seed=False) as wh:
        steps: list[tuple[int, int, str]] = []
        got = fetch_comtrade(wh, "DEU", [2022, 2023], tmp_path / "dl", key=KEY, base_url=srv.url(API),
                             progress=lambda *a: steps.append(a))
        assert steps == [(0, 4, "Comtrade 276 2022 X"), (1, 4, "Comtrade 276 2022 M"), (2, 4, "Comtrade 276 2023 X"),
                         (3, 4, "Comtrade 276 2023 M")]
        assert [(c.year, c.flow, c.records) for c in got.calls] == [(2022, "X", 6), (2022, "M", 6),
                                                                   (2023, "X", 6), (2023, "M", 6)]
        assert all(r.headers["ocp-apim-subscription-key"] == KEY and "subscription-key" not in r.query
                   for r in srv.requests)
        assert srv.requests[0].query["reporterCode"] == "276" and srv.requests[0].query["cmdCode"] == "TOTAL"
        shares = dict(wh.query(
            "SELECT partner, round(value / sum(value) OVER (), 4) FROM flows WHERE reporter = 'DEU' "
            "AND domain = 'goods_exports' AND year = 2023 AND product = '_ALL'"))
        assert set(shares) == {"USA", "CHN", "FRA", "TWN", "XXX"}  # World left out, 490 is Taiwan, nes is XXX
        assert shares["USA"] == pytest.approx(160 / 401, abs=1e-4)
        assert got.result.source_id.startswith("comtrade:DEU:2022-2023:X+M:TOTAL:")
        record = json.loads(got.file.with_name(got.file.name + ".provenance.json").read_text())
        assert record["sha256"] == got.sha256 and len(record["calls"]) == 4
        assert record["key"] == "subscription key (not recorded)"
        _no_key_anywhere(tmp_path / "dl", wh)
        # a second run: no call, nothing loaded
        n = len(srv.requests)
        again = fetch_comtrade(wh, "DEU", [2022, 2023], tmp_path / "dl", key=KEY, base_url=srv.url(API))
        assert again.result.skipped and all(c.reused for c in again.calls) and len(srv.requests) == n


def test_rate_limit_is_waited_out_and_a_refused_key_is_one_line(tmp_path: Path) -> None:
    waits: list[float] = []
    state: dict[str, object] = {"limit": 1}
    with _server(state) as srv, Warehouse(tmp_path / "w.duckdb", seed=False) as wh:
        got = fetch_comtrade(wh, "276", [2022], tmp_path / "dl", key=KEY, flows=["X"], base_url=srv.url(API),
                             sleep=waits.append)
        assert waits == [1.0] and got.calls[0].records == 6
        state["limit"] = 10
        with pytest.raises(DownloadError, match=r"rate limit still exceeded after 3 retries \(HTTP 429: Rate limit "
                                                r"is exceeded. Try again in 1 seconds.\); wait and run the same"):
            fetch_comtrade(wh, "DEU", [2023], tmp_path / "dl", key=KEY, flows=["X"], base_url=srv.url(API),
                           sleep=waits.append)
        state["limit"] = 0
        with pytest.raises(DownloadError) as refused:
            fetch_comtrade(wh, "DEU", [2023], tmp_path / "dl", key="wrong-key", base_url=srv.url(API))
        assert "access refused (HTTP 401: Access denied due to invalid subscription key." in str(refused.value)
        assert str(refused.value).endswith("check --key or $DIVERSIFY_COMTRADE_KEY")
        assert "wrong-key" not in str(refused.value)
        with pytest.raises(InputError, match="needs a subscription key: --key or \\$DIVERSIFY_COMTRADE_KEY"):
            fetch_comtrade(wh, "DEU", [2023], tmp_path / "dl", key=None, base_url=srv.url(API))


def test_a_broken_run_resumes_at_the_first_call_not_answered(tmp_path: Path) -> None:
    state: dict[str, object] = {"fail_year": "2023"}
    with _server(state) as srv, Warehouse(tmp_path / "w.duckdb", seed=False) as wh:
        with pytest.raises(DownloadError, match=r"period=2023.*answered 500 .*\(Internal server error\)"):
            fetch_comtrade(wh, "DEU", [2022, 2023], tmp_path / "dl", key=KEY, base_url=srv.url(API))
        assert wh.query("SELECT count(*) FROM sources WHERE source_id LIKE 'comtrade:%'") == [(0,)]
        state["fail_year"] = None
        n = len(srv.requests)
        got = fetch_comtrade(wh, "DEU", [2022, 2023], tmp_path / "dl", key=KEY, base_url=srv.url(API))
        assert [c.reused for c in got.calls] == [True, True, False, False]
        assert [r.query["period"] for r in srv.requests[n:]] == ["2023", "2023"]
        # a stored answer that was damaged is asked for again, not trusted
        page = next((tmp_path / "dl").glob("*.2022.X.json"))
        page.write_text("{not json", "utf-8")
        again = fetch_comtrade(wh, "DEU", [2022, 2023], tmp_path / "dl", key=KEY, base_url=srv.url(API))
        assert [c.reused for c in again.calls] == [False, True, True, True] and again.result.skipped


def test_preview_without_key_and_a_cut_answer(tmp_path: Path) -> None:
    with _server({}) as srv, Warehouse(tmp_path / "w.duckdb", seed=False) as wh:
        got = fetch_comtrade(wh, "DEU", [2023], tmp_path / "dl", key=None, preview=True, base_url=srv.url(PREVIEW),
                             flows=["X"], cmd="27,84")
        assert got.calls[0].records == 12 and got.result.source_id.startswith("comtrade:DEU:2023:X:HS2:")
        assert "ocp-apim-subscription-key" not in srv.requests[-1].headers
        assert srv.requests[-1].query["maxRecords"] == "500"
        with pytest.raises(DownloadError, match=r"500 records, the most one call returns: the answer is cut; ask for less"):
            fetch_comtrade(wh, "DEU", [2023], tmp_path / "dl", key=None, preview=True, base_url=srv.url(PREVIEW),
                           flows=["X"], cmd=CHAPTERS)
        assert not list((tmp_path / "dl").glob("*97codes-*.json"))  # a cut answer is not kept
    assert (reporter_code("usa"), reporter_code("FRA"), reporter_code("DEU"), reporter_code("156")) == (842, 251, 276, 156)
    with pytest.raises(InputError, match="unknown reporter 'XYZ'"):
        reporter_code("XYZ")


def test_cli_fetch_comtrade_key_from_env_and_no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wh = str(tmp_path / "w.duckdb")
    with Warehouse(wh, seed=False):
        pass
    args = ["--warehouse", wh, "fetch", "comtrade", "--reporter", "DEU", "--years", "2022-2023",
            "--download-dir", str(tmp_path / "dl")]
    monkeypatch.setenv("DIVERSIFY_COMTRADE_KEY", KEY)
    with _server({}) as srv:
        out = CliRunner().invoke(app, [*args, "--url", srv.url(API)])
    assert out.exit_code == 0, out.output
    assert "records from 4 calls (4 made, 0 already stored), SHA-256 " in out.output
    assert "  reporter 276: loaded as comtrade:DEU:2022-2023:X+M:TOTAL:" in out.output and KEY not in out.output
    port = closed_port()
    err = cli_error_line([*args[:-1], str(tmp_path / "dl2"), "--url", f"http://127.0.0.1:{port}/data/v1/get/C/A/HS"])
    assert err.startswith(f"error: cannot reach http://127.0.0.1:{port}/data/v1/get/C/A/HS?reporterCode=276")
    assert KEY not in err


def test_empty_and_malformed_answers_are_one_line(tmp_path: Path) -> None:
    with _server({}) as srv, Warehouse(tmp_path / "w.duckdb", seed=False) as wh:
        with pytest.raises(InputError, match="Comtrade has no X\\+M records for reporter 276 in 2010-2010"):
            fetch_comtrade(wh, "DEU", [2010], tmp_path / "dl", key=KEY, base_url=srv.url(API))
        for answer, message in (
            ({"elapsedTime": "0.1 secs", "count": 1, "data": [{"refYear": 2023}], "error": ""},
             "record 1 has no field 'reporterCode'"),
            ({"elapsedTime": "0.1 secs", "count": 0, "data": [], "error": "Invalid parameter: period"},
             "the API reported an error: Invalid parameter: period"),
            ({"statusCode": 200}, "expected a JSON object with a 'data' list"),
        ):
            srv.routes[API] = lambda req, answer=answer: (200, {}, json.dumps(answer).encode())
            with pytest.raises(DownloadError, match=message):
                fetch_comtrade(wh, "DEU", [2023], tmp_path / "dl", key=KEY, base_url=srv.url(API))
            assert not list((tmp_path / "dl").glob("*.2023.*.json"))  # a bad answer is not kept
