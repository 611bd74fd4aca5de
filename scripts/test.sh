#!/usr/bin/env bash
# Runs every test of Galley on a fresh machine: installs what the tests need when it is
# missing, then runs the Maven build through the pinned wrapper.
set -euo pipefail
cd "$(dirname "$0")/.."

need_java() {
  if ! command -v java >/dev/null 2>&1; then
    echo "test.sh: Java 17 or newer is required (apt-get install openjdk-17-jdk-headless)" >&2
    exit 2
  fi
}

# render-html's browser tests drive Debian's chromium through chromedriver. They are skipped
# without it on a developer's machine, but fail under CI, so CI (root) installs it here.
need_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return
  fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: installing chromium and chromium-driver for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "test.sh: chromium and chromium-driver are missing; browser tests will be skipped" \
         "(apt-get install chromium chromium-driver)" >&2
  fi
}

# axe-core (npm) is injected into the pages by the browser tests; pinned by package-lock.json.
need_axe() {
  local dir=render-html/src/test/js
  if [ -f "$dir/node_modules/axe-core/axe.min.js" ]; then
    return
  fi
  if command -v npm >/dev/null 2>&1; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  else
    echo "test.sh: npm is missing; the accessibility test will be skipped (or fail under CI)" >&2
  fi
}

need_java
need_chromium
need_axe
exec ./mvnw -B -ntp verify "$@"
