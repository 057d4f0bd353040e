#!/usr/bin/env bash
# The API under load: the completeness check (GET /api/registrations/{id}/renewal, as the office, HTTP Basic), the
# public lookup by number and by name, and certificate verification, beside a static file served by the same server,
# at 1, 10 and 50 concurrent clients, with wrk. Requests pick random ids, numbers, name fragments and codes that exist.
#
#   bench/api/run.sh [N] [seconds] [runs]          (defaults: 100000 10 3)
#
# Each cell is the median over the runs (each of that many seconds, after a warm-up of every target). The database is
# bench/target/pg-N (generated on first use). Writes bench/target/results/api-N.md.
source "$(dirname "$0")/../lib.sh"

N=${1:-100000}
DURATION=${2:-10}
RUNS=${3:-3}
CLIENTS=${CLIENTS:-1 10 50}
TARGETS=${TARGETS:-renewal lookup name verify static}
export BENCH_API="$BENCH/api"
command -v wrk >/dev/null || apt_install wrk

trap 'stop_register; stop_postgres' EXIT
prepare "$N"
rss_start=$(rss "$REGISTER_PID")

office="Basic $(printf 'bench-office:%s' "$USER_PASSWORD" | base64 -w0)"
"${PSQL[@]}" -c "SELECT '/api/registrations/' || id || '/renewal' FROM registration WHERE status = 'ACTIVE'
                 ORDER BY random() LIMIT 5000" > "$WORK/renewal.paths"
"${PSQL[@]}" -c "SELECT '/api/public/registrations/' || registration_number FROM registration
                 ORDER BY random() LIMIT 5000" > "$WORK/lookup.paths"
# the name box of the public register: a piece of a last name, as people type it
"${PSQL[@]}" -c "SELECT DISTINCT '/api/public/registrations?name=' || replace(lower(substr(last_name, 1, 5)), ' ', '%20')
                 FROM registrant" > "$WORK/name.paths"
"${PSQL[@]}" -c "SELECT '/api/public/certificates/' || verification_code FROM certificate
                 ORDER BY random() LIMIT 5000" > "$WORK/verify.paths"
echo "/resources/images/logo.svg" > "$WORK/static.paths"
for target in $TARGETS; do
    path=$(head -1 "$WORK/$target.paths")
    auth=(); [ "$target" = renewal ] && auth=(-H "Authorization: $office")
    code=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$BASE$path")
    [ "$code" = 200 ] || { log "$target answers $code on $path"; exit 1; }
done

bench() { # target clients seconds
    local auth="" threads=$(( $2 < 2 ? 1 : 2 ))
    [ "$1" = renewal ] && auth=$office
    PATHS="$WORK/$1.paths" AUTH="$auth" wrk -t"$threads" -c"$2" -d"$3s" --latency -s "$BENCH_API/paths.lua" "$BASE" \
        | grep RESULT | sed 's/RESULT //'
}

log "warming up"
for target in $TARGETS; do bench "$target" 10 10 >/dev/null; done

out=$(results_file api "$N")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A figure
for clients in $CLIENTS; do
    for run in $(seq 1 "$RUNS"); do
        for target in $TARGETS; do
            line=$(bench "$target" "$clients" "$DURATION")
            eval "$line"
            for key in rps p50 p95 p99 errors; do figure[$target,$clients,$key]+="${!key} "; done
            figure[$target,$clients,load]+="$(load) "
            log "$target at $clients clients, run $run: $line"
        done
    done
done
rss_after=$(rss "$REGISTER_PID")

med() { tr ' ' '\n' <<<"$1" | { grep -v '^$' || true; } | median; }
{
    echo "| request | clients | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | errors | p95 / static p95 | load |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for target in $TARGETS; do
        for clients in $CLIENTS; do
            p95=$(med "${figure[$target,$clients,p95]}")
            static=$(med "${figure[static,$clients,p95]:-}")
            ratio=$(python3 -c "import sys; s=sys.argv[2]; print('%.1f×' % (float(sys.argv[1]) / float(s)) if s not in ('-', '', '0') else '-')" "$p95" "$static")
            printf '| %s | %s | %.0f | %s | %s | %s | %s | %s | %s |\n' "$target" "$clients" \
                "$(med "${figure[$target,$clients,rps]}")" "$(med "${figure[$target,$clients,p50]}")" "$p95" \
                "$(med "${figure[$target,$clients,p99]}")" "$(tr ' ' '\n' <<<"${figure[$target,$clients,errors]}" | awk '{s+=$1} END {print s}')" \
                "$ratio" "$(med "${figure[$target,$clients,load]}")"
        done
    done
    echo
    echo "$N registrations; median of $RUNS runs of ${DURATION} s per cell after a warm-up; RSS of the register $rss_start MiB after start, $rss_after MiB after this load."
    echo "$(machine); load average at the start $load_before."
} > "$out"
cat "$out"
