#!/usr/bin/env bash
# The daily run over N registrations (issue: reminders): queueing only, and queueing plus sending to a local SMTP
# server, beside the bare SQL query that selects the same due rows.
#
#   bench/daily-run/run.sh [postgres|h2] [N] [runs]        (defaults: postgres 100000 5)
#
# The first run after loading queues every reminder still due (the catch-up a new installation does); the figures
# are the median of the runs, the outbox emptied before each. "A normal day" is the run of the next day.
source "$(dirname "$0")/../lib.sh"

DB=${1:-postgres}
N=${2:-100000}
RUNS=${3:-5}

build
trap 'stop_register; stop_smtp; [ "$DB" = postgres ] && stop_postgres "$N" || true' EXIT

if [ "$DB" = postgres ]; then
    start_postgres "$N"
    URL=$DB_URL
    fresh=$NEW_DATABASE
    clear_outbox() { "${PSQL[@]}" -c "DELETE FROM reminder_attempt; DELETE FROM reminder;"; }
else
    H2_DIR="$WORK/h2-$N"
    fresh=no
    if [ "${FRESH:-no}" = yes ] || [ ! -f "$H2_DIR/registry.mv.db" ]; then rm -rf "$H2_DIR"; fresh=yes; fi
    URL="jdbc:h2:file:$H2_DIR/registry;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
    clear_outbox() { java -cp "$H2_JAR" org.h2.tools.Shell -url "$URL" -user registry -password registry \
        -sql "DELETE FROM reminder_attempt; DELETE FROM reminder" >/dev/null; }
fi

start_register "$URL"
if [ "$fresh" = yes ]; then
    generate "$URL" "$N"
fi

queue=(); total=(); bare=(); queued=0; sent=0
for run in $(seq 1 "$RUNS"); do
    api -X PUT -d "{\"instant\":\"${TODAY}T09:00:00Z\"}" "http://localhost:$HTTP_PORT/api/admin/clock" >/dev/null
    clear_outbox
    floor=$(java -cp "$APP_CP" "$BENCH/daily-run/DueRows.java" "$URL" registry registry "$TODAY" 3)
    bare+=("$(sed 's/.*median_ms=\([0-9]*\).*/\1/' <<<"$floor")")
    rows=$(sed 's/rows=\([0-9]*\).*/\1/' <<<"$floor")

    # queueing only: no mail server, so delivery stops at once
    stop_smtp
    only=$(api -X POST "http://localhost:$HTTP_PORT/api/admin/daily-run")
    queue+=("$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['queueMillis'])" "$only")")

    # queueing and sending: the same reminders again, now to the SMTP sink
    clear_outbox
    start_smtp
    both=$(api -X POST "http://localhost:$HTTP_PORT/api/admin/daily-run")
    total+=("$(python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(d['queueMillis'] + d['deliveryMillis'])" "$both")")
    queued=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['queued'])" "$both")
    sent=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['sent'])" "$both")
    log "run $run: due rows $rows (bare SQL ${bare[-1]} ms), queued $queued in ${queue[-1]} ms, queued+sent $sent in ${total[-1]} ms"
done

next_day=$(date -d "$TODAY + 1 day" +%F)
api -X PUT -d "{\"instant\":\"${next_day}T09:00:00Z\"}" "http://localhost:$HTTP_PORT/api/admin/clock" >/dev/null
normal=$(api -X POST "http://localhost:$HTTP_PORT/api/admin/daily-run")

b=$(printf '%s\n' "${bare[@]}" | median); q=$(printf '%s\n' "${queue[@]}" | median); t=$(printf '%s\n' "${total[@]}" | median)
echo
echo "| database | registrations | due rows | bare SQL (ms) | queueing (ms) | ratio | queueing + sending (ms) | mails sent | next day |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$DB" "$N" "$rows" "$b" "$q" \
    "$(python3 -c "print(f'{$q / max($b, 1):.1f}x')")" "$t" "$sent" "$normal"
