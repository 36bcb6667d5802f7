#!/usr/bin/env bash
# What one organisation's report costs in each format (md, json, html, xlsx, pdf): bench/OneReport.java,
# one thread, the launcher's JVM options, on the first organisation of generated answer files.
#
#   bench/one-report.sh [REPEATS]     default 30 renders after the first
set -euo pipefail

home=$(cd "$(dirname "$0")/.." && pwd)
repeats=${1:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$home/ccg-diag" --version >/dev/null # builds the jar when the sources changed
jar="$home/target/ccg-diag.jar"
java "$home/bench/GenerateAnswers.java" 20 "$work/input" >/dev/null
javac -d "$work/classes" -cp "$jar" "$home/bench/OneReport.java"
java -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.35 -XX:+UseParallelGC -Xmx384m -cp "$work/classes:$jar" OneReport "$work/input" "$repeats"
