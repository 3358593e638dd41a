from __future__ import annotations

import pytest

from diversify.errors import InputError
from diversify.reference.blocs import load_blocs, parse_blocs


def test_membership_by_date() -> None:
    b = load_blocs()
    assert "GBR" in b["EU"].members_in(2019) and "GBR" not in b["EU"].members_in(2020)
    assert "GBR" not in b["EU27"].members_in(2010)
    assert len(b["EU27"].members_in(2024)) == 27
    assert "HRV" in b["EU"].members_in(2013) and "HRV" not in b["EU"].members_in(2012)
    assert "FIN" in b["NATO"].members_in(2023) and "FIN" not in b["NATO"].members_in(2022)
    assert "SWE" in b["NATO"].members_in(2024) and "SWE" not in b["NATO"].members_in(2023)
    assert len(b["NATO"].members_in(2024)) == 32
    assert b["FVEY"].members_in(2024) == {"USA", "GBR", "CAN", "AUS", "NZL"}
    assert "CAN" not in b["G7"].members_in(1975) and "CAN" in b["G7"].members_in(1976)


def test_user_blocs_file(tmp_path, monkeypatch) -> None:
    f = tmp_path / "mine.toml"
    f.write_text(
        '[NORDIC]\nname = "Nordics"\n[NORDIC.members]\nDNK = "1900-01-01"\nSWE = ["1900-01-01", "2100-01-01"]\n'
    )
    blocs = load_blocs(str(f))
    assert blocs["NORDIC"].members_in(2024) == {"DNK", "SWE"}
    assert "EU" in blocs


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[X]\nname="x"\n[X.members]\nZZQ = "2000-01-01"\n', "unknown country code 'ZZQ'"),
        ('[X]\nname="x"\n[X.members]\nCAN = "yesterday"\n', "expected an ISO date"),
        (
            '[X]\nname="x"\n[X.members]\nCAN = ["2020-01-01", "2010-01-01"]\n',
            "'left' is before 'joined'",
        ),
        ('[X]\nname = "x"\n', "needs a [CODE.members] table"),
        ("[X\n", "not valid TOML"),
    ],
)
def test_bad_bloc_files(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")) as err:
        parse_blocs(text, "blocs.toml")
    assert str(err.value).startswith("blocs.toml")


def test_builtin_member_codes_are_known() -> None:
    # load_blocs skips the lookup for the built-in file (start-up); this is the check it skips
    from importlib import resources

    from diversify.reference.countries import is_known_code

    text = resources.files("diversify.reference").joinpath("data", "blocs.toml").read_text("utf-8")
    blocs = parse_blocs(text, "blocs.toml")
    assert all(is_known_code(m.country) for b in blocs.values() for m in b.members)
    assert blocs == load_blocs()


@pytest.mark.parametrize("name", ["USA", "EU27", "other", "Other"])
def test_a_user_bloc_may_not_take_a_default_column_name(tmp_path, name: str) -> None:
    # the report's bloc shares always hold USA, EU27 and other: a bloc of that name would change them
    f = tmp_path / "mine.toml"
    f.write_text(
        f'[{name}]\nname = "mine"\n[{name}.members]\nCAN = "1900-01-01"\nUSA = "1900-01-01"\n'
    )
    with pytest.raises(InputError) as err:
        load_blocs(str(f))
    assert str(err.value) == (
        f"{f}, field '{name}': the name is reserved for the report's default shares "
        "(USA, EU27, other); give the bloc another name"
    )


def test_the_command_line_refuses_a_reserved_bloc_in_one_line(tmp_path) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    f = tmp_path / "mine.toml"
    f.write_text(
        '[USA]\nname = "North America"\n[USA.members]\nUSA = "1900-01-01"\nCAN = "1900-01-01"\n'
    )
    env = {**os.environ, "DIVERSIFY_BLOCS": str(f)}
    exe = Path(sys.executable).parent / "diversify"
    res = subprocess.run(
        [
            str(exe),
            "--warehouse",
            str(tmp_path / "w.duckdb"),
            "report",
            "MEX",
            "--domain",
            "goods_exports",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert res.returncode == 2, res.stdout
    assert (
        res.stderr.startswith(f"error: {f}, field 'USA': the name is reserved")
        and res.stderr.count("\n") == 1
    )
