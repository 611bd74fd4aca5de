#!/usr/bin/env bash
# Times two commands as whole processes in alternation (A B A B …) and prints each one's median
# and the ratio of the medians, B over A. Alternating puts both under the same drift of a shared
# machine (other jobs, thermal limits), which a run of A then a run of B would not; the ratio is
# what a change is judged by. Peers' command lines stay out of the project: give them here.
#
#   scripts/ab.sh [-n RUNS] [-w WARMUPS] [-s 'SETUP'] 'COMMAND A' 'COMMAND B'
#
#   scripts/ab.sh -n 7 'java -jar /tmp/before.jar publish /tmp/desk --out /tmp/a --no-cache --quiet' \
#                      'java -jar cli/target/galley.jar publish /tmp/desk --out /tmp/b --no-cache --quiet'
#   scripts/ab.sh 'hugo --quiet -s /tmp/hugo-desk -d /tmp/h' 'cli/target/galley publish /tmp/desk --only html …'
#
# SETUP runs, untimed, before every timed run (e.g. 'rm -rf /tmp/a /tmp/b'). Each command runs
# through bash -c; its output is thrown away, and a failing run stops the script.
set -euo pipefail

runs=5
warmups=1
setup=""
while getopts "n:w:s:" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    w) warmups=$OPTARG ;;
    s) setup=$OPTARG ;;
    *) sed -n '2,14p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -ne 2 ]; then
  sed -n '2,14p' "$0" >&2
  exit 2
fi
a=$1
b=$2

# once: seconds of one run of COMMAND, to the millisecond
once() {
  if [ -n "$setup" ]; then bash -c "$setup" >/dev/null 2>&1; fi
  local start end
  start=$(date +%s%N)
  if ! bash -c "$1" >/dev/null 2>&1; then
    echo "ab.sh: this command failed: $1" >&2
    exit 1
  fi
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'
}

for ((i = 0; i < warmups; i++)); do
  once "$a" >/dev/null
  once "$b" >/dev/null
done
times_a=()
times_b=()
for ((i = 0; i < runs; i++)); do
  times_a+=("$(once "$a")")
  times_b+=("$(once "$b")")
done
ma=$(median "${times_a[@]}")
mb=$(median "${times_b[@]}")
printf 'A  median %8.3f s  runs (ms): %s\n' "$(awk "BEGIN{print $ma/1000}")" "${times_a[*]}"
printf 'B  median %8.3f s  runs (ms): %s\n' "$(awk "BEGIN{print $mb/1000}")" "${times_b[*]}"
printf 'B / A  %.3f  (%d runs each, alternating, after %d warm-up pair%s)\n' \
  "$(awk "BEGIN{print $mb/$ma}")" "$runs" "$warmups" "$([ "$warmups" = 1 ] && echo "" || echo s)"
