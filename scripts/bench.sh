#!/usr/bin/env bash
# Benchmarks Galley as a whole process on synthetic desks, the live preview's edit-to-reload
# latency, and the stages alone (JMH). Prints one table. Not part of the tests: timings belong
# here, not in assertions.
#
#   scripts/bench.sh                                   # N = 1, 100, 1000
#   BENCH_SIZES="1 100 1000 10000" BENCH_RUNS=5 scripts/bench.sh
#   BENCH_JMH=none scripts/bench.sh                    # whole-process figures only
#
# Rows: "publish" is a clean build (no cache) through the launcher, cli/target/galley, which is
# what `galley publish` runs; at the largest N up to 1000 it is also run with the JVM's defaults
# (java -jar), with 1 and 2 threads, HTML only, from a warm cache, and after changing one
# briefing. N >= 10000 runs with -Xmx512m, the heap the issue asks large desks to fit in. Every
# row but the cached ones builds into an empty output folder (replacing an old one costs its
# deletion: about 0.2 s for 1,000 briefings' HTML here).
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
galley=cli/target/galley
# The launcher's first run makes its class-data sharing archive: not a timed run.
rm -rf "$work/warm"; "$galley" publish content --out "$work/warm" --quiet --no-cache >/dev/null

# measure LABEL N RUNS SETUP -- COMMAND...: times RUNS whole processes, prints a row.
# SETUP (a shell command) runs before each timed run, untimed.
measure() {
  local label=$1 n=$2 count=$3 setup=$4
  shift 5
  times=() rss=0
  for _ in $(seq "$count"); do
    eval "$setup"
    sample "$label" "$n" "$@" || return 1
    times+=("$ms")
  done
  report "$label" "$n" "${times[@]}"
}

# One timed run of the command after the first two arguments: sets ms, and raises rss (in KB).
sample() {
  local label=$1 n=$2
  shift 2
  /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || {
    echo "bench.sh: $label N=$n failed:" >&2; tail -5 "$work/err.txt" >&2; return 1; }
  ms=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%d", s * 1000 }' "$work/time.txt")
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  [ "$kb" -gt "$rss" ] && rss=$kb
  return 0
}

# Prints a row for LABEL at N from the times (ms) after them, and rss; sets median.
report() {
  local label=$1 n=$2
  shift 2
  local sorted=($(printf '%s\n' "$@" | sort -n))
  median=${sorted[$(( ${#sorted[@]} / 2 ))]}
  printf '%-26s %7s %5s %10s %8s %8s %12s %8s\n' "$label" "$n" "$#" "$median" "${sorted[0]}" "${sorted[-1]}" \
    "$(awk -v m="$median" -v n="$n" 'BEGIN { printf "%.1f", m / n }')" "$(( rss / 1024 ))"
}

printf '%-26s %7s %5s %10s %8s %8s %12s %8s\n' "case" "N" "runs" "median ms" "min ms" "max ms" "ms/briefing" "RSS MB"
largest=0
for n in $sizes; do
  desk="$work/desk-$n"
  [ -d "$desk" ] || java -cp "$cp" dev.galley.bench.SyntheticDesk "$desk" "$n" 42
  heap=
  [ "$n" -ge 10000 ] && heap=-Xmx512m
  label="publish"
  [ "$n" -ge 10000 ] && label="publish -Xmx512m"
  r=$runs
  [ "$n" -ge 10000 ] && r=1
  measure "$label" "$n" "$r" "rm -rf \"$work/site-$n\"" -- env JAVA_OPTS="$heap" "$galley" publish "$desk" --out "$work/site-$n" --quiet --no-cache
  [ "$n" -le 1000 ] && [ "$n" -gt "$largest" ] && largest=$n
done

measure "seed, java -jar" 1 "$runs" "rm -rf \"$work/seed\"" -- java -jar "$jar" publish content --out "$work/seed" --quiet --no-cache
measure "seed" 1 "$runs" "rm -rf \"$work/seed\"" -- "$galley" publish content --out "$work/seed" --quiet --no-cache

if [ "$largest" -gt 1 ]; then
  n=$largest
  desk="$work/desk-$n"
  out="$work/site-$n"
  measure "publish, java -jar" "$n" "$runs" "rm -rf \"$out-jar\"" -- java -jar "$jar" publish "$desk" --out "$out-jar" --quiet --no-cache
  # 1 and 2 threads in turn, so that the machine's drift from minute to minute falls on both.
  one=() two=() rss1=0 rss2=0
  for _ in $(seq "$runs"); do
    rm -rf "$out-t1" "$out-t2"
    rss=$rss1; sample "1 thread" "$n" "$galley" publish "$desk" --out "$out-t1" --quiet --no-cache --threads 1 || exit 1
    one+=("$ms"); rss1=$rss
    rss=$rss2; sample "2 threads" "$n" "$galley" publish "$desk" --out "$out-t2" --quiet --no-cache --threads 2 || exit 1
    two+=("$ms"); rss2=$rss
  done
  rss=$rss1; report "publish, 1 thread(s)" "$n" "${one[@]}"; m1=$median
  rss=$rss2; report "publish, 2 thread(s)" "$n" "${two[@]}"; m2=$median
  echo "  2 threads: $(awk -v a="$m1" -v b="$m2" 'BEGIN { printf "%.2f", a / b }')x as fast as 1 (medians, runs taken in turn)"
  if cmp -s <(cd "$out-t1" && find . -type f -exec sha256sum {} + | sort -k2) <(cd "$out-t2" && find . -type f -exec sha256sum {} + | sort -k2); then
    echo "  1 and 2 threads: byte-identical output"
  else
    echo "  1 and 2 threads: OUTPUT DIFFERS" >&2
  fi
  measure "html only" "$n" "$runs" "rm -rf \"$out-html\"" -- "$galley" publish "$desk" --out "$out-html" --quiet --no-cache --only html
  rm -rf "$out-cached" "$out-cached-cache"
  "$galley" publish "$desk" --out "$out-cached" --quiet >/dev/null
  measure "publish, warm cache" "$n" "$runs" "" -- "$galley" publish "$desk" --out "$out-cached" --quiet
  victim=$(ls "$desk/briefings" | sed -n "$(( n / 2 + 1 ))p")
  cp "$desk/briefings/$victim" "$work/victim.md"
  edit=0
  measure "one briefing changed" "$n" "$runs" 'edit=$((edit + 1)); cp "$work/victim.md" "$desk/briefings/$victim"; printf "\nA late paragraph, edit %d.\n" "$edit" >> "$desk/briefings/$victim"' \
    -- "$galley" publish "$desk" --out "$out-cached" --quiet
  cp "$work/victim.md" "$desk/briefings/$victim"
  "$galley" publish "$desk" --out "$out-cached" --quiet >/dev/null
  if diff -rq "$out-cached" "$out" >/dev/null; then
    echo "  cached build: byte-identical to a clean build"
  else
    echo "  cached build: DIFFERS from a clean build" >&2
  fi
fi

echo
java -cp "$cp" dev.galley.bench.ServeLatency "${BENCH_SERVE:-100}" 20
echo
if [ "${BENCH_JMH:-}" != none ]; then
  # Stage benchmarks (JMH): add more names to BENCH_JMH as stages get theirs.
  java -jar bench/target/benchmarks.jar "${BENCH_JMH:-ReaderBenchmark|StageBenchmarks|RenderBenchmarks}" -wi 3 -i 5 -f 1 2>&1 | sed -n '/^Benchmark/,$p'
fi
echo "(machine: $(nproc) cores, $(java -version 2>&1 | head -1))"
