"""Scenario endpoints: examples, runs from a TOML body with the token, stored runs, compare."""

from __future__ import annotations

from typing import Any

import httpx
import pytest


@pytest.fixture(scope="module")
def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/toml"}


@pytest.fixture(scope="module")
def tariff_toml(client: httpx.Client) -> str:
    return str(client.get("/api/scenarios/examples/us_tariff_25_10").json()["toml"])


def test_examples(client: httpx.Client, error_of: Any) -> None:
    examples = {e["name"]: e for e in client.get("/api/scenarios/examples").json()}
    assert {"us_tariff_25_10", "nato_pathway_2035", "safe_procurement"} <= set(examples)
    assert examples["us_tariff_25_10"]["kind"] == "tariff"
    one = client.get("/api/scenarios/examples/nato_pathway_2035").json()
    assert "[spending]" in one["toml"]
    error_of(client.get("/api/scenarios/examples/nope"), 404, contains="no example scenario 'nope'")


def test_run_store_fetch_compare(client: httpx.Client, auth: dict[str, str], tariff_toml: str,
                                 error_of: Any) -> None:
    error_of(client.post("/api/scenarios/run", content=tariff_toml,
                         headers={"Content-Type": "application/toml"}), 401)
    r = client.post("/api/scenarios/run", content=tariff_toml, headers=auth,
                    params={"file_name": "us_tariff_25_10.toml"})
    assert r.status_code == 200, r.text
    run = r.json()
    dep = run["results"]["dependency"]
    # a 25% US tariff lowers the US share of Canada's exports from its 2024 level (~76%)
    assert dep["partner_share_before"] == pytest.approx(0.764, abs=0.005)
    assert dep["partner_share_after"] < dep["partner_share_before"]
    assert run["file_name"] == "us_tariff_25_10.toml" and run["id"] >= 1
    assert {f["id"] for f in run["figures"]} == {"tariff-products", "tariff-partners",
                                                  "tariff-concentration"}
    assert any(s["id"].startswith("canada_tdo") for s in run["sources"])
    assert run["summary"]["dependency.partner_share_after"] == dep["partner_share_after"]

    lower = client.post("/api/scenarios/run", headers=auth,
                        content=tariff_toml.replace("rate = 0.25", "rate = 0.10")).json()
    stored = client.get(f"/api/scenarios/runs/{run['id']}").json()
    assert stored["results"] == run["results"] and stored["inputs_hash"] == run["inputs_hash"]
    listed = client.get("/api/scenarios/runs", params={"kind": "tariff"}).json()
    assert {run["id"], lower["id"]} <= {r["id"] for r in listed["items"]}
    assert listed["items"][0]["id"] >= lower["id"]  # newest first

    cmp = client.get("/api/scenarios/compare", params={"a": run["id"], "b": lower["id"]}).json()
    assert cmp["same_inputs"] is False and cmp["kind"] == "tariff"
    row = next(r for r in cmp["summary"] if r["field"] == "dependency.partner_share_after")
    assert row["difference"] > 0  # a lower tariff keeps more exports in the US
    assert cmp["sources"]


def test_bad_scenarios(client: httpx.Client, auth: dict[str, str], tariff_toml: str,
                       error_of: Any) -> None:
    err = error_of(client.post("/api/scenarios/run", content="[tariff\n", headers=auth), 422)
    assert "line 1" in err["message"] and "not valid TOML" in err["message"]
    err = error_of(client.post("/api/scenarios/run", headers=auth,
                               content='[procurement]\ncatalogue = "../../../../etc/passwd"\n'), 422)
    assert err["field"] == "procurement.catalogue" and "shipped with the examples" in err["message"]
    error_of(client.post("/api/scenarios/run", content="  \n", headers=auth), 422,
             contains="the request body is empty")
    error_of(client.get("/api/scenarios/runs/999999"), 404, contains="no stored scenario run")
    spend = client.get("/api/scenarios/examples/nato_pathway_2035").json()["toml"]
    a = client.post("/api/scenarios/run", content=spend, headers=auth).json()["id"]
    b = client.post("/api/scenarios/run", content=tariff_toml, headers=auth).json()["id"]
    error_of(client.get("/api/scenarios/compare", params={"a": a, "b": b}), 422,
             contains="cannot compare a spending run with a tariff run")


def test_bands_over_http(client: httpx.Client, auth: dict[str, str], tariff_toml: str,
                         error_of: Any) -> None:
    r = client.post("/api/scenarios/run", content=tariff_toml + "\n[tariff.uncertainty]\ndraws = 8\n",
                    headers=auth, params={"store": "false"})
    assert r.status_code == 200, r.text
    run = r.json()
    assert run["results"]["uncertainty"]["draws"] == 8
    assert {b["quantity"] for b in run["bands"]} >= {"hhi_after", "trade_creation"}
    assert "tariff-dependency-band" in {f["id"] for f in run["figures"]}
    err = error_of(client.post("/api/scenarios/run", headers=auth,
                               content=tariff_toml + "\n[tariff.uncertainty]\ndraws = 50000\n"), 422)
    assert err["field"] == "tariff.uncertainty.draws" and "at most 10,000 trials" in err["message"]
