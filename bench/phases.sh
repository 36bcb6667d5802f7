#!/usr/bin/env bash
# Processor time by phase of batch scoring (read, score, views, JSON, Markdown), on one thread with
# the launcher's JVM options, files not written: bench/Phases.java on N generated answer files.
#
#   bench/phases.sh [N] [ROUNDS]      default 10000 files, 3 rounds
set -euo pipefail

home=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
rounds=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$home/ccg-diag" --version >/dev/null # builds the jar when the sources changed
jar="$home/target/ccg-diag.jar"
java "$home/bench/GenerateAnswers.java" "$n" "$work/input" >/dev/null
javac -d "$work/classes" -cp "$jar" "$home/bench/Phases.java"
java -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.35 -XX:+UseParallelGC -Xmx384m -cp "$work/classes:$jar" Phases "$work/input" "$rounds"
