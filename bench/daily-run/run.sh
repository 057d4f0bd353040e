#!/usr/bin/env bash
# The daily run over N registrations: queueing only, and queueing plus sending to a local SMTP
# server, beside the bare SQL query that selects the same due rows.
#
#   bench/daily-run/run.sh [postgres|h2] [N] [runs]        (defaults: postgres 100000 5)
#
# Each run empties the outbox (the failed reminders of the data set stay) and queues every reminder due on TODAY (the
# catch-up a new installation does, the heaviest day there is) with no mail server (queueing alone); then, SEND_RUNS
# (1) times, the same again with a local SMTP server running (bench/daily-run/smtp_sink.py: queueing and sending). The bare SQL is the same SELECT of the due rows over JDBC
# (DueRows.java, the statement text taken from ReminderQueue). Figures are medians of the runs; "next day" is the run
# of the day after, with only what became due that day. The database is bench/target/pg-N (or h2-N, generated on first
# use). Writes bench/target/results/daily-run-DB-N.md.
source "$(dirname "$0")/../lib.sh"
build

DB=${1:-postgres}
N=${2:-100000}
RUNS=${3:-5}
SEND_RUNS=${SEND_RUNS:-1}

trap 'stop_register; stop_smtp; stop_postgres' EXIT

if [ "$DB" = postgres ]; then
    prepare "$N"
    URL=$DB_URL
    clear_outbox() { "${PSQL[@]}" -c "DELETE FROM reminder_attempt; DELETE FROM reminder WHERE status <> 'FAILED';"; }
else
    # H2, the embedded default: its file under bench/target/h2-N, generated on first use
    H2_DIR="$WORK/h2-$N"
    if [ "${FRESH:-no}" = yes ]; then rm -rf "$H2_DIR"; fi
    URL="jdbc:h2:file:$H2_DIR/registry;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
    start_register "$URL"
    if [ ! -f "$H2_DIR/generated" ]; then
        generate "$URL" "$N"
        touch "$H2_DIR/generated"
    fi
    clear_outbox() { java -cp "$H2_JAR" org.h2.tools.Shell -url "$URL" -user registry -password registry \
        -sql "DELETE FROM reminder_attempt; DELETE FROM reminder WHERE status <> 'FAILED'" >/dev/null; }
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

queue=(); total=(); bare=(); queued=0; sent=-
for run in $(seq 1 "$RUNS"); do
    api -X PUT -d "{\"instant\":\"${TODAY}T09:00:00Z\"}" "http://localhost:$HTTP_PORT/api/admin/clock" >/dev/null
    clear_outbox
    floor=$(java -cp "$APP_CP" "$BENCH/daily-run/DueRows.java" "$URL" registry registry "$TODAY" 3)
    bare+=("$(sed 's/.*median_ms=\([0-9]*\).*/\1/' <<<"$floor")")
    rows=$(sed 's/rows=\([0-9]*\).*/\1/' <<<"$floor")

    # queueing only: no mail server, so delivery stops at its first connection
    only=$(api -X POST "http://localhost:$HTTP_PORT/api/admin/daily-run")
    queue+=("$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['queueMillis'])" "$only")")
    log "run $run: due rows $rows (bare SQL ${bare[-1]} ms), queued in ${queue[-1]} ms"
done
# queueing and sending: the same reminders again, now to the SMTP sink (SEND_RUNS times: it takes minutes at 100,000)
for run in $(seq 1 "$SEND_RUNS"); do
    clear_outbox
    start_smtp
    both=$(api -X POST "http://localhost:$HTTP_PORT/api/admin/daily-run")
    stop_smtp
    total+=("$(python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(d['queueMillis'] + d['deliveryMillis'])" "$both")")
    queued=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['queued'])" "$both")
    sent=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['sent'])" "$both")
    log "sending run $run: queued $queued, sent $sent, in ${total[-1]} ms; the sink: $(cat "$WORK/smtp.log")"
done

# A day passes between two daily runs, in which autovacuum analyses the outbox that the catch-up filled; here it is
# seconds, so do what autovacuum would (without it the next statement plans on an outbox of 2,000 rows that has 80,000:
# at 400,000 registrations the next day then takes 29 s instead of 2)
[ "$DB" = postgres ] && "${PSQL[@]}" -c "ANALYZE reminder"
next_day=$(date -d "$TODAY + 1 day" +%F)
api -X PUT -d "{\"instant\":\"${next_day}T09:00:00Z\"}" "http://localhost:$HTTP_PORT/api/admin/clock" >/dev/null
normal=$(api -X POST "http://localhost:$HTTP_PORT/api/admin/daily-run")

b=$(printf '%s\n' "${bare[@]}" | median); q=$(printf '%s\n' "${queue[@]}" | median); t=$(printf '%s\n' "${total[@]}" | median)
out=$(results_file "daily-run-$DB" "$N")
{
    echo "| database | registrations | reminders due | bare SQL (ms) | queueing (ms) | queueing / bare SQL | queueing + sending (ms) | mails sent | next day: queued, ms |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$DB" "$N" "$rows" "$b" "$q" \
        "$(python3 -c "print(f'{$q / max($b, 1):.1f}×')")" "$t" "$sent" \
        "$(python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(d['queued'], 'in', d['queueMillis'])" "$normal")"
    echo
    echo "median of $RUNS runs (sending: $SEND_RUNS); all runs: bare SQL ${bare[*]} ms; queueing ${queue[*]} ms; queueing + sending ${total[*]} ms ($sent mails: $(python3 -c "print('-' if '$t' == '-' else f'{$t / max($sent, 1):.1f}')") ms a mail)."
    echo "$(machine); load average at the start $load_before."
} > "$out"
cat "$out"
