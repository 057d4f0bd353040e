#!/usr/bin/env bash
# Every benchmark at every size, then one summary table of the figures that have targets, side by side per size.
#
#   bench/all.sh                                   # SIZES="10000 100000 400000"
#   SIZES=100000 bench/all.sh                      # one size
#   BENCHES="api portal" SIZES="10000" bench/all.sh
#
# Each benchmark writes bench/target/results/<bench>-<N>.md; bench/target/results/summary.md gathers them (also by
# itself: bench/summary.py). The data of each size is generated once and kept (bench/target/pg-N).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
SIZES=${SIZES:-10000 100000 400000}
BENCHES=${BENCHES:-startup daily-run api portal worklist}

for n in $SIZES; do
    for bench in $BENCHES; do
        printf '%s %s at %s registrations (load average %s)\n' "$(date +%T)" "$bench" "$n" "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
        case $bench in
            startup) "$here/startup/run.sh" "$n" "${STARTUP_RUNS:-3}" ;;
            daily-run) "$here/daily-run/run.sh" postgres "$n" "${DAILY_RUNS:-5}" ;;
            daily-run-h2) "$here/daily-run/run.sh" h2 "$n" "${DAILY_RUNS:-5}" ;;
            api) "$here/api/run.sh" "$n" "${API_SECONDS:-8}" "${API_RUNS:-3}" ;;
            portal) "$here/portal/run.sh" "$n" "${PORTAL_SECONDS:-60}" "${PORTAL_RUNS:-3}" ;;
            worklist) "$here/worklist/run.sh" "$n" "${WORKLIST_RUNS:-7}" ;;
        esac > /dev/null || echo "$bench at $n failed" >&2
    done
done
python3 "$here/summary.py"
