#!/usr/bin/env bash
# Start-up benchmark: `--version` and `validate` of the bundled questionnaire, with and without the
# class-data-sharing archive, side by side with a hello-world JVM, interleaved (one run of each case
# per round, so a busy moment on the machine hits every case alike). Prints the median wall time of
# each case and its ratio to hello world. Goals (issue 12): --version <= 3x, validate <= 6x.
#
#   bench/startup.sh              15 rounds
#   ROUNDS=31 bench/startup.sh    more rounds
#
# The JVM options are the launcher's (C1 only, parallel collector, heap cap); java is run directly,
# so the figures leave out the launcher script's own few milliseconds. See docs/benchmark.md.
set -euo pipefail

home=$(cd "$(dirname "$0")/.." && pwd)
rounds=${ROUNDS:-15}
jar="$home/target/ccg-diag.jar"
jsa="$home/target/ccg-diag.jsa"
questionnaire="$home/questionnaires/ccg-authorisation.yaml"

# Build first (the launcher builds when the sources changed, and the build makes the archive).
"$home/ccg-diag" --version >/dev/null
if [ ! -f "$jsa" ]; then
  echo "bench/startup.sh: no $jsa (this JVM could not make one); the 'cds' cases are left out" >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] args) { System.out.println("hello world"); } }
JAVA
javac -d "$work" "$work/Hello.java"

opts=(-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.35 -XX:+UseParallelGC -Xmx384m)
cds=(-XX:SharedArchiveFile="$jsa" -Xshare:auto -Xlog:cds=off)
cases=(hello version version+cds validate validate+cds)

run_case() {
  case "$1" in
    hello) java "${opts[@]}" -cp "$work" Hello ;;
    version) java "${opts[@]}" -jar "$jar" --version ;;
    version+cds) java "${opts[@]}" "${cds[@]}" -jar "$jar" --version ;;
    validate) java "${opts[@]}" -jar "$jar" validate "$questionnaire" ;;
    validate+cds) java "${opts[@]}" "${cds[@]}" -jar "$jar" validate "$questionnaire" ;;
  esac
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown); $rounds rounds" >&2
for ((round = 1; round <= rounds; round++)); do
  for name in "${cases[@]}"; do
    [[ "$name" == *+cds && ! -f "$jsa" ]] && continue
    start=$(date +%s%N)
    run_case "$name" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000)) >>"$work/$name.ms"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >&2

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
hello=$(median "$work/hello.ms")
printf '%-14s %8s %7s\n' case "median" "x hello"
for name in "${cases[@]}"; do
  [ -f "$work/$name.ms" ] || continue
  ms=$(median "$work/$name.ms")
  printf '%-14s %6s ms %6.1fx\n' "$name" "$ms" "$(echo "$ms / $hello" | bc -l)"
done
