#!/usr/bin/env bash
# Where a request's time goes: the register started with a JFR flight recording, one API target of bench/api driven by
# wrk with 10 clients, then (1) the SQL statements one request sends (PostgreSQL's statement log, counted between two
# requests), (2) the hottest methods of the register's own code and (3) the hottest frames overall, from the
# recording's execution samples (jdk.ExecutionSample).
#
#   bench/profile.sh [renewal|lookup|name|verify] [N] [seconds]     (defaults: renewal 100000 30)
#
# Writes bench/target/profile-TARGET-N.txt (and the recording beside it, to open in JDK Mission Control).
source "$(dirname "$0")/lib.sh"

TARGET=${1:-renewal}
N=${2:-100000}
DURATION=${3:-30}
export BENCH_API="$BENCH/api"
command -v wrk >/dev/null || apt_install wrk

recording="$WORK/profile-$TARGET-$N.jfr"
out="$WORK/profile-$TARGET-$N.txt"
trap 'stop_register; stop_postgres' EXIT
prepare_data "$N"
rm -f "$recording"
EXTRA_OPTS="-XX:FlightRecorderOptions=stackdepth=1024 ${EXTRA_OPTS:-}" start_register "$DB_URL"

office="bench-office:$USER_PASSWORD"
case $TARGET in
    renewal) query="SELECT '/api/registrations/' || id || '/renewal' FROM registration WHERE status = 'ACTIVE' ORDER BY random() LIMIT 5000" ;;
    lookup) query="SELECT '/api/public/registrations/' || registration_number FROM registration ORDER BY random() LIMIT 5000" ;;
    name) query="SELECT DISTINCT '/api/public/registrations?name=' || replace(lower(substr(last_name, 1, 5)), ' ', '%20') FROM registrant" ;;
    verify) query="SELECT '/api/public/certificates/' || verification_code FROM certificate ORDER BY random() LIMIT 5000" ;;
esac
"${PSQL[@]}" -c "$query" > "$WORK/profile.paths"
auth="Basic $(printf '%s' "$office" | base64 -w0)"

{
    echo "# $TARGET over $N registrations, $(date '+%F %T'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "## SQL statements of one request (after a warm-up), per path"
    for path in $(head -3 "$WORK/profile.paths"); do
        curl -s -o /dev/null -H "Authorization: $auth" "$BASE$path"
        "${PSQL[@]}" -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
        sleep 0.5; before=$(wc -l < "$PG_DATA/log")
        curl -s -o /dev/null -H "Authorization: $auth" "$BASE$path"
        sleep 0.5
        "${PSQL[@]}" -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
        tail -n +$((before + 1)) "$PG_DATA/log" | grep -E 'LOG:  (execute|statement)' \
            | grep -v -E 'ALTER SYSTEM|pg_reload_conf' > "$WORK/profile.sql" || true
        echo "$path: $(wc -l < "$WORK/profile.sql") statements"
        sed -E 's/.*LOG:  (execute [^:]*|statement): //' "$WORK/profile.sql" | cut -c1-160 | sed 's/^/    /'
    done
    echo
} > "$out"

PATHS="$WORK/profile.paths" AUTH="$auth" wrk -t2 -c10 -d10s -s "$BENCH_API/paths.lua" "$BASE" >/dev/null
log "profiling $TARGET for $DURATION s"
jcmd "$REGISTER_PID" JFR.start name=bench settings=profile >/dev/null
PATHS="$WORK/profile.paths" AUTH="$auth" wrk -t2 -c10 -d"${DURATION}s" --latency -s "$BENCH_API/paths.lua" "$BASE" \
    | grep RESULT >> "$out"
jcmd "$REGISTER_PID" JFR.dump name=bench filename="$recording" >/dev/null
stop_register
jfr print --stack-depth 1024 --events jdk.ExecutionSample "$recording" > "$WORK/profile.samples"
python3 - "$WORK/profile.samples" >> "$out" <<'PYTHON'
import collections, re, sys
samples, own, top, stacks = 0, collections.Counter(), collections.Counter(), collections.Counter()
phases = collections.Counter()
PHASES = [
    ('password hashing (PBKDF2)', ['com.sun.crypto.provider.PBKDF2', 'javax.crypto.SecretKeyFactory']),
    ('JDBC driver and connection pool', ['org.postgresql.', 'com.sun.gjc.', 'com.sun.enterprise.resource.', 'org.h2.']),
    ('EclipseLink (queries, building objects)', ['org.eclipse.persistence.']),
    ('JSON serialisation', ['org.eclipse.yasson.', 'org.eclipse.parsson.']),
    ('JSF rendering', ['com.sun.faces.', 'org.primefaces.', 'jakarta.faces.']),
    ('authentication', ['nl.beroepsregister.account.web.', 'org.glassfish.soteria.']),
    ('the register\'s own code', ['nl.beroepsregister.renewal.', 'nl.beroepsregister.registration.', 'nl.beroepsregister.register.', 'nl.beroepsregister.certificate.', 'nl.beroepsregister.portfolio.', 'nl.beroepsregister.account.', 'nl.beroepsregister.text.', 'nl.beroepsregister.problem.', 'nl.beroepsregister.api.']),
    ('CDI and EJB container', ['org.jboss.weld.', 'com.sun.ejb.', 'org.glassfish.ejb.']),
]
frame = re.compile(r'^\s+([\w$.<>]+)\(')
with open(sys.argv[1]) as f:
    stack = []
    for line in f:
        m = frame.match(line)
        if m:
            stack.append(m.group(1))
        elif line.startswith('}') and stack:
            samples += 1
            top[stack[0]] += 1
            mine = [s for s in stack if s.startswith('nl.beroepsregister.')]
            for s in set(mine):
                own[s] += 1
            stacks[' < '.join(stack[:6])] += 1
            for phase, markers in PHASES:
                if any(s.startswith(m) for s in stack for m in markers):
                    phases[phase] += 1
                    break
            else:
                phases['other (container, HTTP, JAX-RS)'] += 1
            stack = []
print(f"\n## {samples} execution samples\n\n### where the time goes (a sample counts for the first of these found from the top of its stack)")
for name, count in phases.most_common():
    print(f"{100 * count / samples:5.1f} %  {name}")
print("\n### the register's own methods on the stack (inclusive)")
for name, count in own.most_common(25):
    print(f"{100 * count / samples:5.1f} %  {name}")
print("\n### hottest frames (self)")
for name, count in top.most_common(25):
    print(f"{100 * count / samples:5.1f} %  {name}")
print("\n### hottest stacks (top 6 frames)")
for name, count in stacks.most_common(12):
    print(f"{100 * count / samples:5.1f} %  {name}")
PYTHON
cat "$out"
