# Shared helpers of the benchmark scripts: building the register, a PostgreSQL of its own, Payara Micro, an SMTP
# sink, the data generator. Sourced by the scripts; everything lives under bench/target (never committed).
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
WORK="$BENCH/target"
mkdir -p "$WORK"

PG_PORT=${PG_PORT:-55432}
HTTP_PORT=${HTTP_PORT:-8181}
SMTP_PORT=${SMTP_PORT:-3025}
TODAY=${TODAY:-2026-06-15}
M2=${M2:-$HOME/.m2/repository}

version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1; }
H2_JAR="$M2/com/h2database/h2/$(version h2.version)/h2-$(version h2.version).jar"
PG_JAR="$M2/org/postgresql/postgresql/$(version postgresql.version)/postgresql-$(version postgresql.version).jar"

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

postgres_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [ -z "$bin" ]; then
        log "installing Debian's postgresql"
        if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq postgresql >/dev/null; else sudo apt-get install -y -qq postgresql >/dev/null; fi
        bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    echo "$bin"
}

# start_postgres NAME: a fresh cluster under bench/target/pg-NAME (kept between runs unless FRESH=yes)
start_postgres() {
    local bin data
    bin=$(postgres_bin)
    data="$WORK/pg-$1"
    if [ "${FRESH:-no}" = yes ]; then rm -rf "$data"; fi
    local run_as=()
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || useradd -r postgres
        run_as=(runuser -u postgres --)
        mkdir -p "$data"; chown postgres "$data" "$WORK"
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
        "${run_as[@]}" "$bin/initdb" -D "$data" -U registry --auth=trust -E UTF8 >/dev/null
        printf "shared_buffers = 512MB\nmax_connections = 100\nfsync = on\n" >> "$data/postgresql.conf"
        NEW_DATABASE=yes
    else
        NEW_DATABASE=no
    fi
    "${run_as[@]}" "$bin/pg_ctl" -D "$data" -o "-p $PG_PORT -k /tmp" -l "$data/log" -w start >/dev/null
    if [ "$NEW_DATABASE" = yes ]; then
        "$bin/createdb" -h /tmp -p "$PG_PORT" -U registry registry
    fi
    DB_URL="jdbc:postgresql://localhost:$PG_PORT/registry"
    PSQL=("$bin/psql" -h /tmp -p "$PG_PORT" -U registry -d registry -qAt)
}

stop_postgres() {
    local bin
    bin=$(postgres_bin)
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$WORK/pg-$1" -m fast stop >/dev/null || true
    else "$bin/pg_ctl" -D "$WORK/pg-$1" -m fast stop >/dev/null || true; fi
}

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

start_smtp() {
    local jar="$WORK/greenmail-standalone.jar"
    if [ ! -f "$jar" ]; then
        (cd "$ROOT" && ./mvnw -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:$(version greenmail.version) \
            -DoutputDirectory="$WORK" -Dmdep.stripVersion=true)
    fi
    java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.verbose=false \
        -jar "$jar" > "$WORK/smtp.log" 2>&1 &
    SMTP_PID=$!
    for _ in $(seq 1 60); do
        if (exec 3<>/dev/tcp/127.0.0.1/"$SMTP_PORT") 2>/dev/null; then return 0; fi
        sleep 0.5
    done
    log "the SMTP sink did not start: see $WORK/smtp.log"
    return 1
}

stop_smtp() {
    if [ -n "${SMTP_PID:-}" ]; then kill "$SMTP_PID" 2>/dev/null || true; wait "$SMTP_PID" 2>/dev/null || true; fi
    SMTP_PID=
}

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
