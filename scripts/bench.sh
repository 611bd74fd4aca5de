#!/usr/bin/env bash
# Benchmarks Galley as a whole process on synthetic desks, and the live preview's edit-to-reload
# latency. Prints one table. Not part of the tests: timings belong here, not in assertions.
#
#   scripts/bench.sh                 # N = 1, 100, 1000
#   BENCH_SIZES="1 100 1000 10000" BENCH_RUNS=5 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${BENCH_SIZES:-"1 100 1000"}
runs=${BENCH_RUNS:-3}
work=${BENCH_DIR:-$(mktemp -d /tmp/galley-bench.XXXXXX)}

if [ ! -x /usr/bin/time ]; then
  echo "bench.sh: installing GNU time for peak memory figures" >&2
  apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi

./mvnw -B -q -ntp -Pbench -DskipTests install >/dev/null
cp=$(./mvnw -B -q -ntp -Pbench -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
cp="bench/target/classes:$cp"
jar=cli/target/galley.jar

printf '%-8s %-6s %12s %12s %12s %14s\n' "N" "runs" "median ms" "min ms" "max ms" "peak RSS MB"
for n in $sizes; do
  desk="$work/desk-$n"
  [ -d "$desk" ] || java -cp "$cp" dev.galley.bench.SyntheticDesk "$desk" "$n" 42
  times=()
  rss=0
  for r in $(seq "$runs"); do
    out="$work/site-$n"
    /usr/bin/time -v -o "$work/time.txt" java -jar "$jar" publish "$desk" --out "$out" --quiet
    ms=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%d", s * 1000 }' "$work/time.txt")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
    times+=("$ms")
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '%-8s %-6s %12s %12s %12s %14s\n' "$n" "$runs" "${sorted[$(( ${#sorted[@]} / 2 ))]}" "${sorted[0]}" "${sorted[-1]}" "$(( rss / 1024 ))"
done

echo
java -cp "$cp" dev.galley.bench.ServeLatency 100 20
echo
# Stage benchmarks (JMH): add more names to BENCH_JMH as stages get theirs.
java -jar bench/target/benchmarks.jar "${BENCH_JMH:-ReaderBenchmark|StageBenchmarks|RenderBenchmarks}" -wi 3 -i 5 -f 1 2>&1 | sed -n '/^Benchmark/,$p'
echo "(machine: $(nproc) cores, $(java -version 2>&1 | head -1))"
