#!/usr/bin/env bash
# The API under load (issue: benchmarks): the completeness check, the public lookup and certificate verification,
# beside a static file served by the same server, at 1, 10 and 50 concurrent clients, with wrk.
#
#   bench/api/run.sh [N] [seconds]          (defaults: 100000 20)
#
# The data is the PostgreSQL database of bench/daily-run (generated when missing). Requests pick random ids,
# registration numbers and verification codes that exist.
source "$(dirname "$0")/../lib.sh"

N=${1:-100000}
SECONDS_PER_RUN=${2:-20}
export BENCH_API="$BENCH/api"
command -v wrk >/dev/null || { log "installing wrk"; if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi; }

build
trap 'stop_register; stop_postgres "$N"' EXIT
start_postgres "$N"
start_register "$DB_URL"
if [ "$NEW_DATABASE" = yes ]; then generate "$DB_URL" "$N"; fi

base="http://localhost:$HTTP_PORT"
api -X POST -d '{"username":"bench-office","password":"kantoor-bench-2026","roles":["OFFICE"]}' "$base/api/accounts" \
    >/dev/null 2>&1 || true
office="Basic $(printf 'bench-office:kantoor-bench-2026' | base64)"

"${PSQL[@]}" -c "SELECT '/api/registrations/' || id || '/renewal' FROM registration WHERE status = 'ACTIVE'
                 ORDER BY random() LIMIT 5000" > "$WORK/renewal.paths"
"${PSQL[@]}" -c "SELECT '/api/public/registrations/' || registration_number FROM registration
                 ORDER BY random() LIMIT 5000" > "$WORK/lookup.paths"
"${PSQL[@]}" -c "SELECT '/api/public/certificates/' || verification_code FROM certificate
                 ORDER BY random() LIMIT 5000" > "$WORK/verify.paths"
echo "/resources/images/logo.svg" > "$WORK/static.paths"

# warm up: compile the hot paths and fill the verified-credentials cache
for target in renewal lookup verify static; do
    auth=""; [ "$target" = renewal ] && auth=$office
    PATHS="$WORK/$target.paths" AUTH="$auth" wrk -t2 -c10 -d10s -s "$BENCH_API/paths.lua" "$base" >/dev/null
done

echo "| target | clients | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | errors |"
echo "|---|---|---|---|---|---|---|"
for target in renewal lookup verify static; do
    for clients in 1 10 50; do
        auth=""; [ "$target" = renewal ] && auth=$office
        threads=$(( clients < 2 ? 1 : 2 ))
        line=$(PATHS="$WORK/$target.paths" AUTH="$auth" wrk -t"$threads" -c"$clients" -d"${SECONDS_PER_RUN}s" \
            -s "$BENCH_API/paths.lua" "$base" | grep RESULT)
        eval "$(sed 's/RESULT //' <<<"$line")"
        printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$target" "$clients" "$rps" "$p50" "$p95" "$p99" "$errors"
    done
done
