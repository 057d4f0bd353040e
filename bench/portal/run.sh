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

gatling() { # run description: prints the directory of the run's report (none when Gatling failed)
    touch "$WORK/portal-run.marker"
    (cd "$BENCH/portal" && BASE="$BASE" STEADY_SECONDS="$1" REGISTRANTS="$registrants" PASSWORD="$USER_PASSWORD" \
        TODAY="$(date -d "$TODAY" +%d-%m-%Y)" WORKLIST_ROWS="$rows" \
        ./../../mvnw -q ${MAVEN_OFFLINE:-} gatling:test -Dbench.description="$2" >"$WORK/portal-gatling.log" 2>&1) || true
    find "$WORK/portal/gatling" -mindepth 1 -maxdepth 1 -type d -newer "$WORK/portal-run.marker" | head -1
}

log "warming up (30 s)"
gatling 30 warm-up >/dev/null

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
stats=()
for run in $(seq 1 "$RUNS"); do
    report=$(gatling "$SECONDS_STEADY" "N=$N run $run")
    [ -n "$report" ] && [ -f "$report/index.html" ] || { log "Gatling failed: see $WORK/portal-gatling.log"; exit 1; }
    stats+=("$report/index.html")
    log "run $run: $report (load $(load))"
    echo "$(load)" >> "$WORK/portal-load.$$"
done
rss_after=$(rss "$REGISTER_PID")

out=$(results_file portal "$N")
python3 - "$out" "$N" "$USERS" "$SECONDS_STEADY" "$rss_start" "$rss_after" "$(machine)" "$load_before" \
    "$(median < "$WORK/portal-load.$$")" "${stats[@]}" <<'PYTHON'
import json, statistics, sys
out, n, users, seconds, rss_start, rss_after, machine, load_before, load_during, *files = sys.argv[1:]
import re
COLUMNS = ['total', 'ok', 'ko', 'ko_percent', 'rps', 'min', 'p50', 'p75', 'p95', 'p99', 'max', 'mean', 'std']


def table(name):
    """Gatling's statistics table of one run, from its report's index.html: request name -> figures."""
    html = open(name).read()
    rows = {}
    for row in re.findall(r'<tr[^>]*>(.*?)</tr>', html, re.S):
        label = re.search(r'class="ellipsed-name">([^<]*)<', row)
        values = re.findall(r'<td class="value[^"]*">([^<]*)</td>', row)
        if label and len(values) == len(COLUMNS):
            rows['all requests' if label.group(1) == 'All Requests' else label.group(1)] = dict(zip(COLUMNS, values))
    return rows


runs = [table(name) for name in files]

def rows(run):
    return run.items()

def figure(stats, key):
    value = stats[key].replace(',', '')
    return float(value) if value not in ('-', '') else 0.0

names = [name for name, _ in rows(runs[0])]
with open(out, 'w') as f:
    f.write('| request | requests | errors | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | requests/s |\n')
    f.write('|---|---:|---:|---:|---:|---:|---:|---:|\n')
    for name in names:
        per_run = [run[name] for run in runs if name in run]
        med = lambda key: statistics.median(figure(s, key) for s in per_run)
        f.write('| %s | %d | %d | %d | %d | %d | %d | %.1f |\n' % (
            name, med('total'), sum(figure(s, 'ko') for s in per_run),
            med('p50'), med('p95'), med('p99'), med('max'), med('rps')))
    f.write('\n%s registrations; %s people at once (one in ten the office), 1–3 s between pages; median of %d runs of %s s '
            '(after a 20 s ramp and a warm-up run); errors summed over the runs. RSS of the register %s MiB after start, '
            '%s MiB after this load.\n%s; load average at the start %s, median at the end of each run %s.\n'
            % (n, users, len(runs), seconds, rss_start, rss_after, machine, load_before, load_during))
PYTHON
rm -f "$WORK/portal-load.$$"
cat "$out"
