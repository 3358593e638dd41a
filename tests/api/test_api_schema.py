"""schemathesis: requests generated from the OpenAPI schema against the live server.

Every read endpoint, with valid and invalid inputs: no 5xx, responses that match
the schema, and every error in the one JSON error shape.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks as sc

ERROR_KEYS = {"status", "code", "message", "field", "details"}

# The slow renderings are covered by their own tests; here one example each is enough.
SLOW = ("/api/report/{iso3}/pdf", "/api/report/{iso3}/html")




def _schema(*, coverage: bool = True) -> Any:
    """The schema the app serves at /openapi.json (building it opens no warehouse)."""
    from diversify.api import Settings, create_app

    loaded = schemathesis.openapi.from_dict(create_app(Settings()).openapi())
    loaded.config.phases.coverage.enabled = coverage
    return loaded


# scenario bodies are TOML text: send generated strings as they are
schemathesis.serializer.alias("application/toml", "text/plain")

schema = _schema()
# PDF and HTML renderings take a second each: generated examples only, no boundary sweep
slow_schema = _schema(coverage=False)


@schemathesis.check
def error_shape(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every 4xx/5xx body is ``{"error": {status, code, message, field, details}}``."""
    if response.status_code < 400:
        return None
    body = response.json()
    if set(body) != {"error"} or set(body["error"]) != ERROR_KEYS:
        raise AssertionError(f"error body not in the shape: {body}")
    if body["error"]["status"] != response.status_code:
        raise AssertionError(f"status {response.status_code} but body says {body['error']['status']}")
    return True


CHECKS = [sc.not_a_server_error, sc.status_code_conformance, sc.content_type_conformance,
          sc.response_schema_conformance, error_shape]


@schema.include(method="GET").exclude(path=list(SLOW)).parametrize()
@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_read_endpoints(case: Any, api_server: Any) -> None:
    case.call_and_validate(base_url=api_server.url, checks=CHECKS)


@slow_schema.include(path=list(SLOW)).parametrize()
@settings(max_examples=1, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_report_renderings(case: Any, api_server: Any) -> None:
    case.call_and_validate(base_url=api_server.url, checks=CHECKS)


@schema.include(method="POST").parametrize()
@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_write_endpoints_refuse_without_a_token(case: Any, api_server: Any) -> None:
    """Without a token every generated write request is refused before its body is read,
    never run and never 5xx (405 for methods a route does not have, 413 for a body over
    the size limit)."""
    response = case.call_and_validate(base_url=api_server.url,
                                      checks=[sc.not_a_server_error, error_shape])
    assert response.status_code in (401, 405, 413), response.text
