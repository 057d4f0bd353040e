# Shared helpers of the fault tests: the register on Payara Micro, a PostgreSQL of its own, data through the API.
set -euo pipefail

FAULTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$FAULTS/.." && pwd)
source "$ROOT/config/lib.sh"
WORK="$ROOT/registry-web/target/faults"
mkdir -p "$WORK"
HTTP_PORT=${HTTP_PORT:-8282}
PG_PORT=${PG_PORT:-55433}
BASE="http://localhost:$HTTP_PORT"
TODAY=2026-06-15

say() { printf '[%s] %s\n' "$(date +%T)" "$*"; }

start_register() {
    local url=$1
    [ -f "$ROOT/registry-web/target/registry.war" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package -pl registry-web -am)
    java -Xmx768m -Duser.timezone=UTC -Dregistry.db.url="$url" -Dregistry.db.user=registry \
        -Dregistry.db.password=registry -Dregistry.clock="${TODAY}T09:00:00Z" -Dregistry.daily-run.enabled=false \
        -Dregistry.admin.password=faults-admin-1 -Dregistry.login.max-failures-per-address=100000 \
        -jar "$ROOT/registry-web/target/payara-micro.jar" --deploy "$ROOT/registry-web/target/registry.war" \
        --contextroot / --port "$HTTP_PORT" --nohazelcast --disablephonehome \
        --logproperties "$ROOT/config/logging.properties" >> "$WORK/register.log" 2>&1 &
    REGISTER_PID=$!
    serving "$BASE" "$REGISTER_PID" && return 0
    say "the register did not start; see $WORK/register.log"
    exit 1
}

stop_register() {
    if [ -n "${REGISTER_PID:-}" ]; then kill "$REGISTER_PID" 2>/dev/null || true; wait "$REGISTER_PID" 2>/dev/null || true; fi
    REGISTER_PID=
}

api() { curl -sf -u admin:faults-admin-1 -H 'Content-Type: application/json' "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# prepare_registrants N: N new registrants admitted at level C, each with one PE activity and the declaration signed;
# logins and ids in $WORK (login.1..N, registration.1..N, activity.1..N)
prepare_registrants() {
    api -X POST -d '{"username":"faults-office","password":"faults-office-1","roles":["OFFICE"]}' \
        "$BASE/api/accounts" >/dev/null 2>&1 || true
    api -X POST -d '{"username":"faults-auditor","password":"faults-auditor-1","roles":["AUDITOR"]}' \
        "$BASE/api/accounts" >/dev/null 2>&1 || true
    local office=(-u faults-office:faults-office-1 -H 'Content-Type: application/json')
    for i in $(seq 1 "$1"); do
        local user="fault$i-$RANDOM"
        local id
        id=$(curl -sf "${office[@]}" -d "{\"firstName\":\"Test\",\"lastName\":\"Persoon $i\",\"email\":\"$user@example.nl\",
            \"username\":\"$user\",\"password\":\"faults-secret-$i\"}" "$BASE/api/registrants" | json "['id']")
        local application
        application=$(curl -sf "${office[@]}" -d "{\"registrantId\":$id,\"requestedLevel\":\"C\",\"route\":\"ENTRY_AUDIT\",
            \"experienceYears\":1,\"workLevel\":\"MBO_PLUS\",\"functionLevel\":\"C\"}" "$BASE/api/applications" | json "['id']")
        curl -sf "${office[@]}" -d "{\"date\":\"$TODAY\",\"auditor\":\"faults-auditor\"}" \
            "$BASE/api/applications/$application/audit" >/dev/null
        local registration
        registration=$(curl -sf "${office[@]}" -d "{\"passed\":true,\"level\":\"C\",\"startDate\":\"2026-01-10\"}" \
            "$BASE/api/applications/$application/decision" | json "['registrationId']")
        local activity
        activity=$(curl -sf -u "$user:faults-secret-$i" -H 'Content-Type: application/json' \
            -d '{"date":"2026-03-01","title":"Cursus","provider":"VNG","points":8,"category":"TRAINING"}' \
            "$BASE/api/registrations/$registration/pe-activities" | json "['id']")
        curl -sf -u "$user:faults-secret-$i" -H 'Content-Type: application/json' \
            -d '{"employer":"Gemeente","jobTitle":"AMB","stillInFunction":true}' \
            -X PUT "$BASE/api/registrations/$registration/declaration" >/dev/null
        echo "$user:faults-secret-$i" > "$WORK/login.$i"
        echo "$registration" > "$WORK/registration.$i"
        echo "$activity" > "$WORK/activity.$i"
    done
}

# the answer of one query, one line per row, columns joined by |; a database that cannot be read says why and fails
h2_query() {
    local out
    if ! out=$(java -cp "$H2_JAR" org.h2.tools.Shell -url "$1" -user registry -password registry -sql "$2" 2>&1); then
        say "  the database cannot be read: $(grep -m1 -o 'Exception: .*' <<<"$out" | cut -c1-200)" >&2
        return 1
    fi
    sed -n '2,$p' <<<"$out" | grep -v '^(' | sed 's/ *| */|/g; s/^ *//; s/ *$//'
}

start_postgres() {
    PG_DATA="$WORK/pg"
    rm -rf "$PG_DATA"
    pg_start "$PG_DATA" "$PG_PORT"
    PG_URL="jdbc:postgresql://localhost:$PG_PORT/registry"
}

restart_postgres() { pg_restart "$PG_DATA" "$PG_PORT"; }

stop_postgres() {
    if [ -n "${PG_DATA:-}" ]; then pg_stop "$PG_DATA"; fi
}
