#!/usr/bin/env bash
# Headless Chromium for the browser tests, from Debian's packages.
# Tests that need it are skipped with a reason when it cannot be installed.
set -u
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null) \
    || echo "install-browser: could not install chromium; browser tests will be skipped" >&2
else
  echo "install-browser: chromium not found and apt-get unavailable; browser tests will be skipped" >&2
fi
exit 0
