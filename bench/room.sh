#!/usr/bin/env bash
# A vote's round trip to the room's server on loopback (median and 95th percentile over N votes, after
# a warm-up): bench/RoomRoundTrip.java against the built jar, with the launcher's JVM options. Then
# the redraw after a vote: bench/RoomRedraw.java runs `ccg-diag assess --room` on a pseudo-terminal
# (util-linux's script) and times each vote until its 204 and until the facilitator's screen shows
# the new count, beside a baseline room that does nothing with the votes, in the same run.
#
#   bench/room.sh [N [M]]    default 2000 votes for the round trip, 500 for the redraw
set -euo pipefail

home=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$home/ccg-diag" --version >/dev/null # builds the jar when the sources changed
jar="$home/target/ccg-diag.jar"
m=${2:-500}
javac -d "$work/classes" -cp "$jar" "$home/bench/RoomRoundTrip.java" "$home/bench/RoomRedraw.java"
java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -cp "$work/classes:$jar" RoomRoundTrip "$n"
java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -cp "$work/classes:$jar" RoomRedraw "$home/ccg-diag" "$m"
