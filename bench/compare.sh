#!/usr/bin/env bash
# Side-by-side, interleaved benchmark of batch scoring against two references on the same
# generated answer files (see bench/run.sh for the inputs):
#   ccg-diag   ccg-diag score -o OUT --format json,md DIR (the launcher's JVM options)
#   floor      bench/ParseFloor.java: every file read into maps with Jackson YAML on all cores, nothing else
#   python     bench/score_peer.py: PyYAML's C loader and the main scoring rules, one process
# Each round runs the three in a rotating order, so a burst of load from other work on the machine
# falls on all of them; the table gives min and median wall time, max RSS and the ratios to the floor.
#
#   bench/compare.sh [N ...]          default sizes: 1000 10000
#   ROUNDS=5 bench/compare.sh 10000   more rounds (default 3)
#
# Needs GNU time (/usr/bin/time), Debian's python3-yaml (apt-get install -y python3-yaml) for
# /usr/bin/python3, and the project's dependencies in ~/.m2 (the floor uses its Jackson YAML).
set -euo pipefail

home=$(cd "$(dirname "$0")/.." && pwd)
rounds=${ROUNDS:-3}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$home/ccg-diag" --version >/dev/null
(cd "$home" && mvn -B -o -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null)
classpath=$(cat "$work/cp.txt")
javac -d "$work/floor" -cp "$classpath" "$home/bench/ParseFloor.java"

run() { # tool input output
  local tool=$1 input=$2 out=$3
  case $tool in
    ccg-diag) "$home/ccg-diag" score -q "$input/questionnaire.yaml" -o "$out" --format json,md "$input/answers" ;;
    floor) java -cp "$work/floor:$classpath" ParseFloor "$input/answers" ;;
    python) /usr/bin/python3 "$home/bench/score_peer.py" "$input/questionnaire.yaml" "$input/answers" "$out" ;;
  esac
}

stat() { # file column: "min median" of a column of numbers
  sort -g "$1" | awk '{v[NR] = $1} END {printf "%.2f %.2f\n", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

tools=(ccg-diag floor python)
echo "| files | tool | wall s min | wall s median | max RSS MB | CPU s median | wall / floor (median) |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
for n in "${sizes[@]}"; do
  input="$work/input-$n"
  java "$home/bench/GenerateAnswers.java" "$n" "$input"
  for tool in "${tools[@]}"; do : >"$work/$tool.wall"; : >"$work/$tool.cpu"; : >"$work/$tool.rss"; done
  for round in $(seq "$rounds"); do
    for i in 0 1 2; do
      tool=${tools[$(((round + i) % 3))]}
      load=$(cut -d' ' -f1 /proc/loadavg)
      # A new output folder each run, the old ones deleted only after the last round: ext4 takes
      # seconds of kernel time to create files while thousands were deleted in the last minute
      # (recently_deleted in its inode allocator), a cost of the benchmark, not of scoring.
      out="$work/out-$n-$round-$tool"
      /usr/bin/time -f '%e %M %U %S' -o "$work/time" bash -c "$(declare -f run); work=$work home=$home classpath=$classpath; run $tool $input $out" >/dev/null
      read -r wall rss user sys <"$work/time"
      echo "$wall" >>"$work/$tool.wall"
      awk "BEGIN {print $user + $sys}" >>"$work/$tool.cpu"
      echo "$((rss / 1024))" >>"$work/$tool.rss"
      echo "  $n files, round $round, $tool: wall $wall s, max RSS $((rss / 1024)) MB, CPU $user+$sys s (load before: $load)" >&2
    done
  done
  rm -rf "$work"/out-*
  read -r _ floor_median < <(stat "$work/floor.wall")
  for tool in "${tools[@]}"; do
    read -r wall_min wall_median < <(stat "$work/$tool.wall")
    read -r _ cpu_median < <(stat "$work/$tool.cpu")
    rss=$(sort -n "$work/$tool.rss" | tail -1)
    echo "| $n | $tool | $wall_min | $wall_median | $rss | $cpu_median | $(awk "BEGIN {printf \"%.2fx\", $wall_median / $floor_median}") |"
  done
done
