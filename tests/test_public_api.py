"""The public API is what __all__ says, and each name imports."""

from __future__ import annotations

import diversify


def test_all_names_exist() -> None:
    for name in diversify.__all__:
        assert hasattr(diversify, name), name


def test_public_api_is_guarded() -> None:
    public = {n for n in dir(diversify) if not n.startswith("_") and not isinstance(getattr(diversify, n), type(diversify))}
    assert public <= set(diversify.__all__) | {"annotations"}, public - set(diversify.__all__)


def test_every_cli_command_has_help() -> None:
    from typer.testing import CliRunner

    from diversify.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0
    for cmd in ("report", "ingest", "sources", "data"):
        assert cmd in res.output
        sub = runner.invoke(app, [cmd, "--help"])
        assert sub.exit_code == 0, (cmd, sub.output)
