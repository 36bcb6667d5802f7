#!/usr/bin/env bash
# A vote's round trip to the room's server on loopback (median and 95th percentile over N votes, after
# a warm-up): bench/RoomRoundTrip.java against the built jar, with the launcher's JVM options.
#
#   bench/room.sh [N]        default 2000 votes
set -euo pipefail

home=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$home/ccg-diag" --version >/dev/null # builds the jar when the sources changed
jar="$home/target/ccg-diag.jar"
javac -d "$work/classes" -cp "$jar" "$home/bench/RoomRoundTrip.java"
java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -cp "$work/classes:$jar" RoomRoundTrip "$n"
