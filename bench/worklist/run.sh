#!/usr/bin/env bash
# The office's worklists over 100,000 registrations: a throw-away PostgreSQL is filled straight with SQL
# (generate.sql, generate_series), the register runs on it on Payara Micro, and the time to open a worklist and to
# page deep into it is measured, through the JSON API (/api/admin/worklists, the same boundary the pages use) and
# through the portal's page itself (the first page of /office/worklist.xhtml, and paging its lazy table by Ajax).
# Each figure is the median of RUNS requests after one warm-up. Nothing is installed; everything is removed after.
#
#   bench/worklist/run.sh                 # 100,000 registrations, 7 runs of each request
#   N=20000 RUNS=5 bench/worklist/run.sh  # smaller
#   KEEP=1 bench/worklist/run.sh          # leave the database and server running, to look around
#
# Needs: a JDK 17, curl, python3, and PostgreSQL's server programs (initdb, pg_ctl, postgres: Debian's
# postgresql-15 or any other version, found under /usr/lib/postgresql/*/bin or set PG_BIN). Run as root, the database
# runs as the user "postgres". The WAR and Payara Micro come from the build (./mvnw package -DskipTests).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
N="${N:-100000}"
RUNS="${RUNS:-7}"
TODAY="${TODAY:-2026-06-15}"
PG_PORT="${PG_PORT:-55432}"
APP_PORT="${APP_PORT:-18181}"
WORK="${WORK:-$(mktemp -d /tmp/registry-bench.XXXXXX)}"
PASSWORD="bench-secret-$$"
WAR="$root/registry-web/target/registry.war"
MICRO="$root/registry-web/target/payara-micro.jar"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
BASE="http://localhost:$APP_PORT"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if [ ! -f "$WAR" ] || [ ! -f "$MICRO" ]; then
    log "building the WAR"
    (cd "$root" && ./mvnw -q -DskipTests package)
fi
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL's initdb not found; set PG_BIN" >&2; exit 1; }

as_db_user=()
if [ "$(id -u)" = 0 ]; then
    as_db_user=(runuser -u postgres --)
    chmod 755 "$WORK"
fi
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"

app_pid=""
cleanup() {
    if [ "${KEEP:-0}" = 1 ]; then
        log "kept: database on port $PG_PORT (data in $WORK/pg), server $BASE (pid $app_pid), admin password $PASSWORD"
        return
    fi
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    "${as_db_user[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

log "starting PostgreSQL ($("$PG_BIN/postgres" --version)) on port $PG_PORT"
"${as_db_user[@]}" "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_db_user[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
    -o "-p $PG_PORT -k $WORK/pg -c shared_buffers=256MB -c fsync=off -c synchronous_commit=off" start >/dev/null
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_ -d postgres -c "CREATE DATABASE registry"

log "starting the register on it (the migrations make the schema), clock at $TODAY"
java -Xmx1g -Duser.timezone=UTC -Dregistry.clock="${TODAY}T09:00:00Z" -Dregistry.admin.password="$PASSWORD" \
    -Dregistry.daily-run.enabled=false -Dregistry.base-url="$BASE/" \
    -Dregistry.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/registry" -Dregistry.db.user=postgres \
    -Dregistry.db.password=postgres \
    -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$APP_PORT" --nohazelcast --disablephonehome \
    --logproperties "$root/config/logging.properties" >"$WORK/server.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 200); do
    grep -q "Beroepsregister: open" "$WORK/server.log" && break
    kill -0 "$app_pid" 2>/dev/null || { tail -50 "$WORK/server.log"; exit 1; }
    sleep 3
done
grep -q "Beroepsregister: open" "$WORK/server.log" || { echo "the server did not start" >&2; exit 1; }

log "generating $N registrations"
start=$(date +%s)
psql_ -d registry -v n="$N" -v today="$TODAY" -f "$here/generate.sql" >/dev/null
log "generated in $(( $(date +%s) - start )) s: $(psql_ -d registry -At -c "select count(*) from registration") registrations, $(psql_ -d registry -At -c "select count(*) from registration_year") years"

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# the median time in milliseconds of RUNS requests (after a warm-up) made by the given command
timed() {
    "$@" >/dev/null
    for _ in $(seq 1 "$RUNS"); do "$@"; done | median
}
api_get() { curl -sf -u "admin:$PASSWORD" -o /dev/null -w '%{time_total}\n' "$BASE/api/admin/worklists$1" \
    | awk '{printf "%.0f\n", $1 * 1000}'; }
total() { curl -sf -u "admin:$PASSWORD" "$BASE/api/admin/worklists/$1?size=1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }

results="$WORK/results.md"
{
    echo "| list | rows | API first page | API deep page (row) | page opens | Ajax deep page |"
    echo "|---|---:|---:|---:|---:|---:|"
} >"$results"

log "signing in to the portal"
jar="$WORK/cookies"
curl -sf -c "$jar" -b "$jar" "$BASE/login.xhtml" -o "$WORK/login.html"
state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
curl -sf -c "$jar" -b "$jar" -o /dev/null "$BASE/login.xhtml" \
    --data-urlencode "login=login" --data-urlencode "login:username=admin" \
    --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:signIn=Inloggen" \
    --data-urlencode "jakarta.faces.ViewState=$(state "$WORK/login.html")"

page_open() { curl -sf -b "$jar" -o /dev/null -w '%{time_total}\n' "$BASE/office/worklist.xhtml?list=$1" \
    | awk '{printf "%.0f\n", $1 * 1000}'; }
# pages the lazy table of an open worklist page by Ajax, as the paginator does
ajax_page() {
    curl -sf -b "$jar" -o "$WORK/ajax.xml" -w '%{time_total}\n' "$BASE/office/worklist.xhtml?list=$1" \
        -H "Faces-Request: partial/ajax" -H "X-Requested-With: XMLHttpRequest" \
        --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=work:table" \
        --data-urlencode "jakarta.faces.partial.execute=work:table" \
        --data-urlencode "jakarta.faces.partial.render=work:table" \
        --data-urlencode "work:table_pagination=true" --data-urlencode "work:table_first=$2" \
        --data-urlencode "work:table_rows=25" --data-urlencode "work:table_skipChildren=true" \
        --data-urlencode "work:table_encodeFeature=true" --data-urlencode "work=work" \
        --data-urlencode "jakarta.faces.ViewState=$3" | awk '{printf "%.0f\n", $1 * 1000}'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for list in DOSSIERS DEADLINES_MISSED ABOUT_TO_LAPSE PORTFOLIOS AUDIT_TO_PLAN REGISTRATIONS; do
    rows=$(total "$list")
    deep=$(( rows > 50 ? (rows * 9 / 10) / 25 * 25 : 0 ))
    first_ms=$(timed api_get "/$list?first=0&size=25")
    deep_ms=$(timed api_get "/$list?first=$deep&size=25")
    if [ "$list" = REGISTRATIONS ]; then
        open_ms="–"; ajax_ms="–"
    else
        open_ms=$(timed page_open "$list")
        curl -sf -b "$jar" -o "$WORK/page.html" "$BASE/office/worklist.xhtml?list=$list"
        view_state=$(state "$WORK/page.html")
        ajax_ms=$(timed ajax_page "$list" "$deep" "$view_state")
        grep -q "<tr" "$WORK/ajax.xml" || { echo "the Ajax page of $list has no rows" >&2; cat "$WORK/ajax.xml" >&2; exit 1; }
    fi
    echo "| $list | $rows | $first_ms ms | $deep_ms ms ($deep) | $open_ms ms | $ajax_ms ms |" >>"$results"
    log "$list: $rows rows, first page $first_ms ms, page at row $deep $deep_ms ms, page $open_ms ms, Ajax $ajax_ms ms"
done
# the heaviest searches: every registration by name, from the end, and a name filter
name_desc=$(timed api_get "/REGISTRATIONS?first=$(( N * 9 / 10 ))&size=25&sort=name&order=desc")
by_name=$(timed api_get "/REGISTRATIONS?first=0&size=25&query=jansen")
counts=$(timed api_get "")
{
    echo
    echo "- all registrations sorted by name (descending), page at row $(( N * 9 / 10 )): $name_desc ms"
    echo "- all registrations whose name or number contains \"jansen\", first page: $by_name ms"
    echo "- the dashboard's counts of the seven office worklists, in one request: $counts ms"
    echo
    echo "Median of $RUNS requests after one warm-up, each including its HTTP round trip; $N registrations,"
    echo "clock at $TODAY; load average during the run $load_before → $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) memory, $("$PG_BIN/postgres" --version), $(java -version 2>&1 | head -1)."
} >>"$results"

echo
cat "$results"
if [ -n "${EXPLAIN:-}" ]; then
    psql_ -d registry -c "EXPLAIN (ANALYZE, BUFFERS) SELECT y.id FROM registration_year y JOIN registration r ON r.id = y.registration_id
        JOIN registrant p ON p.id = r.registrant_id WHERE y.dossier_status IN ('OPEN','RETURNED') AND r.status = 'ACTIVE'
        AND y.submission_deadline < DATE '$TODAY' ORDER BY y.submission_deadline, r.id LIMIT 25 OFFSET 10000"
fi
