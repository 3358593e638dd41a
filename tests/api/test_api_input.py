"""Input the API must refuse in its one error shape, or resolve as the command line does."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

# ---- XXX holds the partners a source does not identify; it is no country -------------

XXX_404 = ("no country with the ISO3 code 'XXX' (XXX stands for the partners a source does "
           "not identify, never a country; expected e.g. CAN, USA, DEU)")


@pytest.mark.parametrize("path", [
    "/api/report/XXX", "/api/report/xxx", "/api/report/XXX/html", "/api/report/XXX/pdf",
    "/api/countries/XXX", "/api/series/XXX/arms_imports", "/api/national/XXX",
])
def test_the_unknown_party_placeholder_is_no_country(client: httpx.Client, error_of: Any,
                                                       path: str) -> None:
    err = error_of(client.get(path), 404, "not_found")
    assert err["message"] == XXX_404.replace("'XXX'", f"'{path.split('/')[3]}'")
    assert err["field"] is None


@pytest.mark.parametrize("path", ["/api/report/CAN", "/api/series/CAN/goods_exports"])
def test_the_placeholder_is_no_bloc_either(client: httpx.Client, error_of: Any, path: str) -> None:
    err = error_of(client.get(path, params={"bloc": "XXX"}), 422, "invalid_input",
                   "unknown bloc or country 'XXX' (blocs: ")
    assert err["field"] == "bloc"


def test_a_scenario_for_the_placeholder_is_refused(client: httpx.Client, error_of: Any,
                                                   token: str) -> None:
    toml = ('[scenario]\nname = "x"\nkind = "tariff"\n[tariff]\nimporter = "USA"\n'
            'reporter = "XXX"\nyear = 2024\n[[tariff.changes]]\nexporter = "XXX"\n'
            'product = "*"\nrate = 0.25\n')
    r = client.post("/api/scenarios/run", params={"store": "false"}, content=toml,
                    headers={"Authorization": f"Bearer {token}",
                             "Content-Type": "application/toml"})
    # refused as any unknown code is (the scenario's own message, without the note on XXX)
    err = error_of(r, 422, "invalid_input")
    assert err["field"] == "tariff.reporter"
    assert err["message"] == ("<request body>, line 6, field 'tariff.reporter': unknown country "
                              "'XXX' (expected an ISO3 code such as CAN or a country name)")


# ---- partners resolved as the command line resolves them, or refused --------------------

def test_a_partner_name_is_resolved(client: httpx.Client) -> None:
    by_name = client.get("/api/series/CAN/goods_exports", params={"partner": "Mexico"})
    by_code = client.get("/api/series/CAN/goods_exports", params={"partner": "mex"})
    assert by_name.status_code == 200, by_name.text
    partners = by_name.json()["partners"]
    assert [(p["partner"], p["name"]) for p in partners] == [("MEX", "Mexico")]
    assert len(partners[0]["points"]) > 10
    assert by_name.json() == by_code.json()


EXPECTED = "expected an ISO3 code such as CAN or a country name"
XXX_HINT = "XXX stands for the partners a source does not identify, never a country"


@pytest.mark.parametrize(("partner", "message"), [
    ("ABC", f"field 'partner': unknown country 'ABC' ({EXPECTED})"),
    ("Atlantis", f"field 'partner': unknown country 'Atlantis' ({EXPECTED})"),
    ("XXX", f"field 'partner': unknown country 'XXX' ({XXX_HINT}; {EXPECTED})"),
    ("NATO", ("field 'partner': 'NATO' is a bloc, not a partner country: ask for its share "
              "with bloc=NATO")),
])
def test_an_unknown_partner_is_refused(client: httpx.Client, error_of: Any, partner: str,
                                       message: str) -> None:
    for path in ("/api/series/CAN/goods_exports", "/api/series/JPN/arms_imports"):
        err = error_of(client.get(path, params={"partner": ["USA", partner]}), 422,
                       "invalid_input")
        assert err["message"] == message and err["field"] == "partner"


def test_the_dyad_index_resolves_and_refuses_partners(client: httpx.Client, error_of: Any) -> None:
    err = error_of(client.get("/api/news/dyads/EU", params={"partner": "XYZ"}), 422,
                   "invalid_input")
    assert err["field"] == "partner"
    assert err["message"] == ("field 'partner': unknown actor 'XYZ' (expected an ISO3 code, a "
                              "country name or one of EU, NATO, UN, WTO, G7)")
    err = error_of(client.get("/api/news/dyads/CAN", params={"partner": "XXX"}), 422,
                   "invalid_input")
    assert err["field"] == "partner" and "XXX stands for the partners" in err["message"]
    by_name = client.get("/api/news/dyads/CAN", params={"partner": ["United States", "eu"]})
    by_code = client.get("/api/news/dyads/CAN", params={"partner": ["USA", "EU"]})
    assert by_name.status_code == 200, by_name.text
    assert by_name.json() == by_code.json()
    error_of(client.get("/api/news/dyads/XXX"), 404, "not_found", "no actor 'XXX'")


# ---- dates are ISO dates ---------------------------------------------------------------

@pytest.mark.parametrize("path", ["/api/news/events", "/api/news/articles"])
@pytest.mark.parametrize("param", ["since", "until"])
@pytest.mark.parametrize("value", ["2025", "1741737600", "12/03/2025", "2025-3-12", "2025-02-30",
                                   "2025-03-12T10:00:00"])
def test_a_date_must_be_an_iso_date(client: httpx.Client, error_of: Any, path: str, param: str,
                                    value: str) -> None:
    err = error_of(client.get(path, params={param: value}), 422, "validation_error")
    assert err["field"] == param
    assert err["message"] == (f"query parameter '{param}': expected an ISO date such as "
                              f"2025-03-12, got '{value}'")


def test_an_iso_date_is_accepted(client: httpx.Client) -> None:
    r = client.get("/api/news/events", params={"since": "2025-03-12", "until": "2026-01-01"})
    assert r.status_code == 200, r.text


# ---- the loader is the query parameter `source` -----------------------------------------

def test_an_unknown_loader_names_the_query_parameter(client: httpx.Client, error_of: Any,
                                                     token: str) -> None:
    r = client.post("/api/ingest", params={"source": "nope"},
                    headers={"Authorization": f"Bearer {token}"},
                    files={"file": ("x.csv", b"a,b\n1,2\n")})
    err = error_of(r, 422, "invalid_input")
    assert err["field"] == "source"
    assert err["message"].startswith("field 'source': unknown source 'nope' (expected one of: ")
    assert "--source" not in err["message"]
