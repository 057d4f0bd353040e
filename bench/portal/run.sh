#!/usr/bin/env bash
# The portal under load with Gatling (bench/portal/pom.xml, its own Maven project, not a module of the register's
# build; Gatling comes from Maven Central): registrants signing in, opening their dashboard and adding a PE activity to
# their dossier, and the office paging the worklist of dossiers to review, USERS (50) people at once, each pausing 1–3 s
# between pages. See src/test/java/bench/PortalSimulation.java for the scenario.
#
#   bench/portal/run.sh [N] [seconds] [runs]        (defaults: 100000 120 3)
#
# The figures are the median over the runs of Gatling's own statistics per request (and of all requests); the HTML
# reports stay under bench/target/portal/gatling. The database is bench/target/pg-N (generated on first use); every run
# adds PE activities to it. Writes bench/target/results/portal-N.md.
source "$(dirname "$0")/../lib.sh"

N=${1:-100000}
SECONDS_STEADY=${2:-120}
RUNS=${3:-3}
export USERS=${USERS:-50} ROUNDS=${ROUNDS:-5}

trap 'stop_register; stop_postgres' EXIT
prepare "$N"
rss_start=$(rss "$REGISTER_PID")

# registrants who can add an activity today: active, with the dossier of the current year open or returned
registrants="$WORK/portal-registrants.csv"
{
    echo "username,registration"
    "${PSQL[@]}" -F, -c "SELECT a.username, r.id FROM account a
        JOIN registration r ON r.registrant_id = a.registrant_id AND r.status = 'ACTIVE'
        JOIN registration_year y ON y.registration_id = r.id AND y.start_date <= DATE '$TODAY'
                                 AND y.renewal_date > DATE '$TODAY' AND y.dossier_status IN ('OPEN', 'RETURNED')
        ORDER BY random() LIMIT 5000"
} > "$registrants"
rows=$("${PSQL[@]}" -c "SELECT count(*) FROM registration_year WHERE dossier_status = 'SUBMITTED'")

gatling() { # run description
    (cd "$BENCH/portal" && BASE="$BASE" STEADY_SECONDS="$1" REGISTRANTS="$registrants" PASSWORD="$USER_PASSWORD" \
        TODAY="$(date -d "$TODAY" +%d-%m-%Y)" WORKLIST_ROWS="$rows" \
        ./../../mvnw -q ${MAVEN_OFFLINE:-} gatling:test -Dbench.description="$2" >"$WORK/portal-gatling.log" 2>&1) || true
    ls -td "$WORK"/portal/gatling/*/ | head -1
}

log "warming up (30 s)"
gatling 30 warm-up >/dev/null

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
stats=()
for run in $(seq 1 "$RUNS"); do
    report=$(gatling "$SECONDS_STEADY" "N=$N run $run")
    stats+=("$report/js/stats.json")
    log "run $run: $report (load $(load))"
    echo "$(load)" >> "$WORK/portal-load.$$"
done
rss_after=$(rss "$REGISTER_PID")

out=$(results_file portal "$N")
python3 - "$out" "$N" "$USERS" "$SECONDS_STEADY" "$rss_start" "$rss_after" "$(machine)" "$load_before" \
    "$(median < "$WORK/portal-load.$$")" "${stats[@]}" <<'PYTHON'
import json, statistics, sys
out, n, users, seconds, rss_start, rss_after, machine, load_before, load_during, *files = sys.argv[1:]
runs = []
for name in files:
    text = open(name).read()
    runs.append(json.loads(text[text.index('{'):]) if not text.startswith('{') else json.loads(text))

def rows(run):
    yield 'all requests', run['stats']
    for content in run['contents'].values():
        yield content['stats']['name'], content['stats']

def figure(stats, key):
    return stats[key]['total']

names = [name for name, _ in rows(runs[0])]
with open(out, 'w') as f:
    f.write('| request | requests | errors | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | requests/s |\n')
    f.write('|---|---:|---:|---:|---:|---:|---:|---:|\n')
    for name in names:
        per_run = [dict(rows(run)).get(name) for run in runs]
        per_run = [s for s in per_run if s]
        med = lambda key: statistics.median(figure(s, key) for s in per_run)
        f.write('| %s | %d | %d | %d | %d | %d | %d | %.1f |\n' % (
            name, med('numberOfRequests'), sum(s['numberOfRequests']['ko'] for s in per_run),
            med('percentiles1'), med('percentiles3'), med('percentiles4'), med('maxResponseTime'), med('meanNumberOfRequestsPerSecond')))
    f.write('\n%s registrations; %s people at once (one in ten the office), 1–3 s between pages; median of %d runs of %s s '
            '(after a 20 s ramp and a warm-up run); errors summed over the runs. RSS of the register %s MiB after start, '
            '%s MiB after this load.\n%s; load average at the start %s, median at the end of each run %s.\n'
            % (n, users, len(runs), seconds, rss_start, rss_after, machine, load_before, load_during))
PYTHON
rm -f "$WORK/portal-load.$$"
cat "$out"
