"""Bad scenario files: each error names the file, the line and the TOML field."""

from __future__ import annotations

from pathlib import Path

import pytest

from diversify.errors import InputError
from diversify.scenarios import load_scenario, run_scenario
from diversify.scenarios.spec import find_line

TARIFF = """[scenario]
name = "t"

[tariff]
importer = "USA"
year = 2024

[[tariff.changes]]
exporter = "CAN"
rate = 0.25

[tariff.base]
method = "share"
share = 0.125
"""

REROUTE = """[rerouting]
year = 2024

[[rerouting.targets]]
goods = "energy"
share = 0.1
"""


def run_file(tmp_path: Path, text: str, wh, name: str = "bad.toml"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text)
    return run_scenario(path, wh, store=False)


def line_of(text: str, needle: str) -> int:
    return next(i for i, ln in enumerate(text.splitlines(), start=1) if needle in ln)


CASES = [
    # (name, scenario text, field, message part, line marker)
    (
        "unknown country",
        TARIFF.replace('importer = "USA"', 'importer = "Atlantis"'),
        "tariff.importer",
        "unknown country 'Atlantis'",
        'importer = "Atlantis"',
    ),
    (
        "unknown key",
        TARIFF.replace('importer = "USA"', 'importr = "USA"'),
        "tariff.importr",
        "unknown key 'importr'",
        "importr",
    ),
    (
        "wrong type",
        TARIFF.replace("rate = 0.25", 'rate = "25%"'),
        "tariff.changes[0].rate",
        "expected a number, got string '25%'",
        'rate = "25%"',
    ),
    (
        "negative tariff",
        TARIFF.replace("rate = 0.25", "rate = -0.1"),
        "tariff.changes[0].rate",
        "must be >= 0, got -0.1",
        "rate = -0.1",
    ),
    (
        "positive import-demand elasticity",
        TARIFF + '\n[tariff.elasticities.import_demand]\n"27" = 0.5\n',
        "tariff.elasticities.import_demand.27",
        "must be negative",
        '"27" = 0.5',
    ),
    (
        "no base",
        TARIFF.split("[tariff.base]")[0],
        "tariff.base",
        "say how the importer's other suppliers are formed",
        None,
    ),
    (
        "missing rate",
        TARIFF.replace("rate = 0.25\n", ""),
        "tariff.changes[0].rate",
        "missing required field",
        None,
    ),
    (
        "negative capacity",
        REROUTE + '\n[[rerouting.corridors]]\nid = "tmx"\ncapacity = -5.0\n',
        "rerouting.corridors[0].capacity",
        "must be >= 0, got -5",
        "capacity = -5.0",
    ),
    (
        "unknown goods",
        REROUTE.replace('goods = "energy"', 'goods = "pizza"'),
        "rerouting.targets[0].goods",
        "expected one of energy, agrifood",
        'goods = "pizza"',
    ),
    (
        "unknown corridor in a route",
        REROUTE + '\n[[rerouting.routes]]\nid = "new"\nmarket = "EUR"\n'
        'goods = ["energy"]\nvia = ["teleport"]\n',
        "rerouting.routes[0].via",
        "unknown corridor 'teleport'",
        'via = ["teleport"]',
    ),
    (
        "two model tables",
        TARIFF + "\n[spending]\n",
        "spending",
        "one scenario file runs one model",
        "[spending]",
    ),
    (
        "supplier not in the base",
        TARIFF + '\n[[tariff.changes]]\nexporter = "MEX"\nproduct = "*"\nrate = 0.5\n',
        "tariff.changes[1].exporter",
        "MEX is not a supplier in the base",
        'exporter = "MEX"',
    ),
    (
        "others in a file base without them",
        TARIFF.replace('exporter = "CAN"', 'exporter = "OTHERS"').replace(
            'method = "share"\nshare = 0.125', 'method = "file"\nfile = "others.csv"'
        ),
        "tariff.changes[0].exporter",
        "OTHERS is not a supplier in the base",
        'exporter = "OTHERS"',
    ),
    (
        "kind mismatch",
        TARIFF.replace('name = "t"', 'name = "t"\nkind = "rerouting"'),
        "scenario.kind",
        "says 'rerouting' but the file has a [tariff] table",
        'kind = "rerouting"',
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "field", "message", "marker"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_file(
    real_wh,
    tmp_path: Path,
    name: str,
    text: str,
    field: str,
    message: str,  # type: ignore[no-untyped-def]
    marker: str | None,
) -> None:
    (tmp_path / "others.csv").write_text("product,partner,value\n27,MEX,1000000000\n")
    with pytest.raises(InputError) as exc:
        run_file(tmp_path, text, real_wh)
    err = exc.value
    assert err.field == field
    assert err.path is not None and err.path.endswith("bad.toml")
    assert message in str(err)
    assert str(err).startswith(f"{err.path}, ")
    if marker is not None:
        assert err.line == line_of(text, marker)


def test_missing_elasticity_names_the_elasticity_file(real_wh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "el.toml").write_text(
        'substitution = 1.5\nexport_supply = 99\n[import_demand]\n"01-26" = -1.0\n'
    )
    text = TARIFF + '\n[tariff.elasticities]\nfile = "el.toml"\n'
    with pytest.raises(InputError) as exc:
        run_file(tmp_path, text, real_wh)
    err = exc.value
    assert err.path is not None and err.path.endswith("el.toml")
    assert err.field == "import_demand"
    assert "missing import-demand elasticity for HS chapter 27" in str(err)


def test_negative_capacity_in_a_network_file(real_wh, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from diversify.scenarios.network import default_network_text

    net = default_network_text().replace("capacity = 7.0", "capacity = -7.0")
    (tmp_path / "net.toml").write_text(net)
    with pytest.raises(InputError) as exc:
        run_file(
            tmp_path, REROUTE.replace("year = 2024", 'year = 2024\nnetwork = "net.toml"'), real_wh
        )
    err = exc.value
    assert err.path is not None and err.path.endswith("net.toml")
    assert err.field == "corridors[2].capacity"
    assert err.line == line_of(net, "capacity = -7.0")


def test_origin_shares_must_sum_to_one(tmp_path: Path) -> None:
    text = """[procurement]
[[procurement.options]]
id = "gripen_e"
[procurement.options.origin]
SWE = 0.5
[[procurement.needs]]
capability = "fighters"
quantity = 1
"""
    with pytest.raises(InputError) as exc:
        run_file(tmp_path, text, None)
    assert exc.value.field == "procurement.options[0].origin"
    assert "origin shares must sum to 1, got 0.5000" in str(exc.value)
    assert exc.value.line == line_of(text, "[procurement.options.origin]")


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("[tariff]\nimporter = \n")
    with pytest.raises(InputError) as exc:
        load_scenario(tmp_path / "broken.toml")
    assert exc.value.line == 2
    assert "not valid TOML" in str(exc.value)


def test_missing_file_and_no_model(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="scenario file not found"):
        load_scenario(tmp_path / "nope.toml")
    with pytest.raises(InputError, match=r"no model table: expected one of \[tariff\]"):
        load_scenario('[scenario]\nname = "x"\n')


def test_gravity_errors_name_the_scenario_file(tmp_path: Path) -> None:
    text = (
        '[gravity]\ndata = "missing.csv"\nyear = 2006\nsigma = 5\nreference_importer = "DEU"\n'
        "[gravity.coefficients]\nlndist = -1.0\n"
    )
    pytest.importorskip("diversify.scenarios.gravity")
    with pytest.raises(InputError) as exc:
        run_file(tmp_path, text, None)
    err = exc.value
    assert "missing.csv" in str(err)
    assert err.path is not None and err.path.endswith("bad.toml")
    assert (err.field, err.line) == ("gravity.data", 2)


def test_find_line_resolves_arrays_of_tables() -> None:
    text = "[a]\nx = 1\n[[a.b]]\ny = 1\n[[a.b]]\ny = 2\n[a.b.c]\nz = 3\n[[a.b]]\nq = 'w'\n"
    assert find_line(text, "a.x") == 2
    assert find_line(text, "a.b[1].y") == 6
    assert find_line(text, "a.b[1].c.z") == 8
    assert find_line(text, "a.b[2]") == 9
    assert find_line(text, "a.b[2].missing") == 9  # the closest enclosing header
    assert find_line(text, "nowhere") is None
