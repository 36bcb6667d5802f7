#!/usr/bin/env bash
# Benchmark of batch scoring: generates N answer files of a 60-question questionnaire (about 2.4 KB
# each) and times `ccg-diag score -o OUT --format json,md DIR` on them: wall time, peak memory
# (max RSS) and processor time, best of RUNS runs. See docs/benchmark.md for the figures.
#
#   bench/run.sh [N ...]            default sizes: 1000 10000 50000
#   RUNS=5 bench/run.sh 10000       more runs per size (default 3)
#   CCG_DIAG_JAVA_OPTS=-Xmx256m bench/run.sh    JVM options, passed on by the launcher
#   FORMATS=pdf bench/run.sh 7550   other report formats (default json,md)
#   FORMATS="json,md json,md,xlsx json,md,pdf" bench/run.sh 7550
#                                   several sets, each timed on the same generated files, side by side
#
# Needs GNU time (/usr/bin/time; Debian package "time"). The machine should be otherwise idle: the
# load average is printed before each run so that a disturbed figure can be spotted.
set -euo pipefail

home=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 50000)

if [ ! -x /usr/bin/time ]; then
  echo "bench/run.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Build first (the launcher builds when the sources changed), so no run includes the build.
if ! "$home/ccg-diag" --version >/dev/null 2>"$work/build.log"; then
  cat "$work/build.log" >&2
  exit 1
fi

read -r -a format_sets <<<"${FORMATS:-json,md}"
echo "| files | input MB | organisations | formats | wall s (best of $runs) | max RSS MB | CPU s (user+sys) |"
echo "| ---: | ---: | ---: | --- | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
  input="$work/input-$n"
  java "$home/bench/GenerateAnswers.java" "$n" "$input"
  megabytes=$(du -sb "$input/answers" | awk '{printf "%.1f", $1 / 1e6}')
  for formats in "${format_sets[@]}"; do
    best_wall=""
    for run in $(seq "$runs"); do
      rm -rf "$work/out"
      load=$(cut -d' ' -f1 /proc/loadavg)
      /usr/bin/time -f '%e %M %U %S' -o "$work/time" \
        "$home/ccg-diag" score -q "$input/questionnaire.yaml" -o "$work/out" --format "$formats" "$input/answers" \
        >"$work/stdout"
      read -r wall rss user sys <"$work/time"
      echo "  $n files, $formats, run $run: wall ${wall} s, max RSS $((rss / 1024)) MB, user ${user} s, sys ${sys} s (load before: $load)" >&2
      if [ -z "$best_wall" ] || awk "BEGIN {exit !($wall < $best_wall)}"; then
        best_wall=$wall best_rss=$rss best_cpu=$(awk "BEGIN {printf \"%.1f\", $user + $sys}")
      fi
    done
    organisations=$(sed -n 's/.* for \([0-9]*\) organisations.*/\1/p' "$work/stdout")
    echo "| $n | $megabytes | $organisations | $formats | $best_wall | $((best_rss / 1024)) | $best_cpu |"
  done
done
