#!/usr/bin/env bash
# Fault test: PostgreSQL restarted while the register is in use. Requests keep running during the restart; the
# register must serve again right after, with at most a few failed requests and no lasting damage.
# Prints what it tried and what it found; exits 1 when requests still fail after the database is back.
#
#   faults/database-restart.sh
source "$(dirname "$0")/lib.sh"

trap 'stop_register; stop_postgres' EXIT
start_postgres
start_register "$PG_URL"
prepare_registrants 2

ok=0; failed=0; after_ok=0; after_failed=0
load() {
    # reads and writes: the renewal view and adding a PE activity
    local registration
    registration=$(cat "$WORK/registration.1")
    for _ in $(seq 1 "$1"); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u "$(cat "$WORK/login.1")" \
            "$BASE/api/registrations/$registration/renewal")
        if [ "$code" = 200 ]; then echo ok; else echo "failed $code"; fi
        sleep 0.1
    done
}

load 20 > "$WORK/before.txt"
say "before: $(grep -c ok "$WORK/before.txt") of 20 requests served"

load 80 > "$WORK/during.txt" &
loader=$!
sleep 2
say "restarting PostgreSQL (pg_ctl restart -m fast) while requests run"
restart_postgres
wait "$loader"
during_failed=$(grep -c failed "$WORK/during.txt" || true)
say "during the restart: $(grep -c ok "$WORK/during.txt") served, $during_failed failed"

load 30 > "$WORK/after.txt"
after_failed=$(grep -c failed "$WORK/after.txt" || true)
say "after the restart: $(grep -c ok "$WORK/after.txt") of 30 served, $after_failed failed"

activity=$(curl -s -u "$(cat "$WORK/login.1")" -H 'Content-Type: application/json' \
    -d "{\"date\":\"$TODAY\",\"title\":\"Na de herstart\",\"provider\":\"VNG\",\"points\":2,\"category\":\"TRAINING\"}" \
    -o /dev/null -w '%{http_code}' "$BASE/api/registrations/$(cat "$WORK/registration.1")/pe-activities")
say "a write after the restart answered $activity"

if [ "$after_failed" -ne 0 ] || [ "$activity" != 201 ]; then
    say "RESULT: the register did not recover from the database restart"
    exit 1
fi
say "RESULT: the register survived a database restart; $during_failed request(s) failed while it was down"
