"""`diversify serve`: the HTTP API and the dashboard, with uvicorn.

This module imports no web framework at import time, so the CLI works without
the ``api`` extra and only ``serve`` asks for it.
"""

from __future__ import annotations

from typing import Annotated

import typer

from diversify.api._settings import DEFAULT_TOKEN_ENV


def register(app: typer.Typer, data_app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Annotated[str, typer.Option(help="Interface to bind; 0.0.0.0 exposes the server "
                                          "to the network.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
        token_env: Annotated[str, typer.Option(
            "--token-env", help="Environment variable holding the bearer token for write "
            "endpoints; unset means write endpoints are disabled.")] = DEFAULT_TOKEN_ENV,
        read_token: Annotated[bool, typer.Option(
            "--read-token/--no-read-token", help="Require the token on read endpoints too.")] = False,
        max_body: Annotated[int, typer.Option(help="Largest request body in bytes.")] = 8 * 1024 * 1024,
        workers_pool: Annotated[int, typer.Option("--pool", min=1, max=32,
                                                  help="Warehouse connections.")] = 4,
    ) -> None:
        """Serve the HTTP API (/api, /openapi.json) and the dashboard (/) with uvicorn."""
        from diversify.errors import require

        require("uvicorn", "api")
        require("fastapi", "api")
        from diversify.api import Settings, create_app
        from diversify.api._app import open_state
        from diversify.api._server import listen_socket, serve
        from diversify.cli import _state

        settings = Settings.from_env(
            token_env=token_env, warehouse=_state["warehouse"] or None,
            read_requires_token=read_token, max_body_bytes=max_body, pool_size=workers_pool,
        )
        if settings.token is None:
            typer.echo(f"note: ${token_env} is not set; write endpoints (ingest, scenario runs, "
                       "news upload) are disabled", err=True)
        # the port first, then the warehouse: either failing is one line (exit 2), and the
        # address is printed only once the server accepts connections
        sock = listen_socket(host, port)
        try:
            app = create_app(settings)
            open_state(app)
        except BaseException:
            sock.close()
            raise
        url = f"http://{'[' + host + ']' if ':' in host else host}:{sock.getsockname()[1]}"

        def listening() -> None:
            typer.echo(f"diversify: dashboard at {url}/  API docs at {url}/api/docs", err=True)

        serve(app, sock, on_listening=listening)
