# Shared helpers of the benchmark scripts: building the register, a PostgreSQL of its own, Payara Micro, an SMTP
# sink, the data generator. Sourced by the scripts; everything lives under bench/target (never committed).
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
source "$ROOT/config/lib.sh"
WORK="$BENCH/target"
mkdir -p "$WORK"

PG_PORT=${PG_PORT:-55432}
HTTP_PORT=${HTTP_PORT:-8181}
SMTP_PORT=${SMTP_PORT:-3025}
TODAY=${TODAY:-2026-06-15}

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

build() {
    if [ ! -f "$ROOT/registry-web/target/registry.war" ] || [ "${REBUILD:-no}" = yes ]; then
        log "building the register"
        (cd "$ROOT" && ./mvnw -q -DskipTests package -pl registry-web -am)
    fi
    APP_CP="$ROOT/registry-ejb/target/$(ls "$ROOT/registry-ejb/target" | grep -E '^registry-ejb-.*\.jar$' | head -1)"
    APP_CP="$APP_CP:$ROOT/registry-domain/target/$(ls "$ROOT/registry-domain/target" | grep -E '^registry-domain-.*\.jar$' | head -1)"
    APP_CP="$APP_CP:$PG_JAR:$H2_JAR"
}

# start_postgres NAME: a fresh cluster under bench/target/pg-NAME (kept between runs unless FRESH=yes); Debian's
# postgresql is installed first when PostgreSQL's server programs are missing
start_postgres() {
    local data="$WORK/pg-$1"
    if [ -z "$(postgres_bin)" ]; then
        log "installing Debian's postgresql"
        if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq postgresql >/dev/null; else sudo apt-get install -y -qq postgresql >/dev/null; fi
    fi
    if [ "${FRESH:-no}" = yes ]; then rm -rf "$data"; fi
    pg_start "$data" "$PG_PORT" "shared_buffers = 512MB" "max_connections = 100" "fsync = on"
    DB_URL="jdbc:postgresql://localhost:$PG_PORT/registry"
    PSQL=("$(postgres_bin)/psql" -h /tmp -p "$PG_PORT" -U registry -d registry -qAt)
}

stop_postgres() { pg_stop "$WORK/pg-$1"; }

# start_register DB_URL [extra -D options...]: Payara Micro on HTTP_PORT with the fixed clock at TODAY
start_register() {
    local url=$1; shift
    log "starting the register on $url"
    java -Xmx1g -Duser.timezone=UTC -Dregistry.db.url="$url" -Dregistry.db.user=registry -Dregistry.db.password=registry \
        -Dregistry.clock="${TODAY}T09:00:00Z" -Dregistry.daily-run.enabled=false -Dregistry.admin.password=bench-admin-1 \
        -Dregistry.mail.host=127.0.0.1 -Dregistry.mail.port="$SMTP_PORT" -Dregistry.mail.office=kantoor@bench.example \
        "$@" -jar "$ROOT/registry-web/target/payara-micro.jar" --deploy "$ROOT/registry-web/target/registry.war" \
        --contextroot / --port "$HTTP_PORT" --nohazelcast --disablephonehome \
        --logproperties "$ROOT/config/logging.properties" > "$WORK/register.log" 2>&1 &
    REGISTER_PID=$!
    for _ in $(seq 1 300); do
        if curl -sf -o /dev/null "http://localhost:$HTTP_PORT/api/public/indication?experienceYears=1&workLevel=MBO_PLUS&functionLevel=C"; then
            log "the register is ready"
            return 0
        fi
        sleep 1
    done
    log "the register did not start: see $WORK/register.log"
    return 1
}

stop_register() {
    if [ -n "${REGISTER_PID:-}" ]; then kill "$REGISTER_PID" 2>/dev/null || true; wait "$REGISTER_PID" 2>/dev/null || true; fi
    REGISTER_PID=
}

start_smtp() { smtp_start "$WORK" "$SMTP_PORT"; }

stop_smtp() { smtp_stop; }

generate() {
    local url=$1 count=$2
    log "generating $count registrants"
    java -cp "$PG_JAR:$H2_JAR" "$BENCH/generator/Generate.java" --url "$url" --user registry --password registry \
        --registrants "$count" --today "$TODAY"
}

api() {
    curl -sf -u admin:bench-admin-1 -H 'Content-Type: application/json' "$@"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
