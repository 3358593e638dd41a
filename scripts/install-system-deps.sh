#!/usr/bin/env bash
# System packages the tests use, from Debian's archive: headless Chromium (dashboard
# tests), Pango (WeasyPrint PDF reports) and a headless Java runtime (Spark in local mode;
# 17 on Debian 12, 21 on 13). Tests that need them fail with a clear
# message in CI and are skipped with a reason elsewhere when they are missing.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium chromium-driver fonts-dejavu-core)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so' || need+=(libpango-1.0-0 libpangoft2-1.0-0)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null) \
    || echo "install-system-deps: could not install ${need[*]}" >&2
else
  echo "install-system-deps: missing ${need[*]} and no root apt-get; the tests that need them will be skipped" >&2
fi
exit 0
