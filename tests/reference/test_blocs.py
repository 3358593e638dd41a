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
    f.write_text('[NORDIC]\nname = "Nordics"\n[NORDIC.members]\nDNK = "1900-01-01"\nSWE = ["1900-01-01", "2100-01-01"]\n')
    blocs = load_blocs(str(f))
    assert blocs["NORDIC"].members_in(2024) == {"DNK", "SWE"}
    assert "EU" in blocs


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[X]\nname="x"\n[X.members]\nZZQ = "2000-01-01"\n', "unknown country code 'ZZQ'"),
        ('[X]\nname="x"\n[X.members]\nCAN = "yesterday"\n', "expected an ISO date"),
        ('[X]\nname="x"\n[X.members]\nCAN = ["2020-01-01", "2010-01-01"]\n', "'left' is before 'joined'"),
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
