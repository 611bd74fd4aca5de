#!/usr/bin/env bash
# What print typography judges, counted from the laid-out pages (BriefingLayout, before drawing):
# widows, orphans, stranded headings, hyphen ladders, loose, tight and overfull lines, the word
# spaces' mean and spread, short last lines, and the layout time per briefing
# (bench/src/main/java/bench/Typography.java). Prints the definitions and one table, a column per set.
#
#   scripts/typography.sh                          # synthetic desk (100, seed 42) and the test briefings
#   scripts/typography.sh --list                   # and every finding with its briefing, page and text
#   scripts/typography.sh --desk 300 7 DESK FILE.md  # other sets: a synthetic desk, folders, files
#
# Builds bench/target/benchmarks.jar first when it is missing or older than a source in bench/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/bench/target/benchmarks.jar
if [ ! -f "$jar" ] || [ -n "$(find "$root/bench/src" -newer "$jar" -name '*.java' | head -1)" ]; then
  echo "typography.sh: building $jar" >&2
  (cd "$root" && ./mvnw -B -q -ntp -Pbench -pl core,render-html,render-pdf,bench -am package -DskipTests) >&2
fi
# Paths given are taken from here; the default sets are found from the repository's root.
args=()
for arg in "$@"; do
  if [ -e "$arg" ]; then arg=$(realpath "$arg"); fi
  args+=("$arg")
done
cd "$root"
exec java -cp "$jar" bench.Typography ${args[@]+"${args[@]}"}
