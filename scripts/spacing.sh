#!/usr/bin/env bash
# How evenly PDFs' justified text is set: word spaces of full body lines as multiples of the
# normal space, loose and tight lines, hyphenated line ends (bench/src/main/java/bench/Spacing.java).
# Prints the definitions, a table per file and in total, and the checks the figures rest on.
#
#   scripts/spacing.sh FILE.pdf...                 # the table
#   scripts/spacing.sh --lines FILE.pdf            # and every line with its verdict
#   scripts/spacing.sh --png /tmp/pages FILE.pdf   # and each page as a PNG, lines boxed by verdict
#
# Builds bench/target/benchmarks.jar first when it is missing or older than Spacing.java.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/bench/target/benchmarks.jar
source=$root/bench/src/main/java/bench/Spacing.java
if [ ! -f "$jar" ] || [ "$source" -nt "$jar" ]; then
  echo "spacing.sh: building $jar" >&2
  (cd "$root" && ./mvnw -B -q -ntp -Pbench -pl core,render-html,render-pdf,bench -am package -DskipTests) >&2
fi
exec java -cp "$jar" bench.Spacing "$@"
