# Shared helpers of the benchmark scripts: building the register, a PostgreSQL of its own, Payara Micro, an SMTP
# sink, the data generator, and the facts about the machine that go beside every figure. Sourced by the scripts;
# everything lives under bench/target (git-ignored). Ports: PostgreSQL 55450, HTTP 18380, SMTP 3035 (PG_PORT,
# HTTP_PORT, SMTP_PORT). Every process started here is stopped by its PID when the script ends.
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
WORK="$BENCH/target"
mkdir -p "$WORK"

PG_PORT=${PG_PORT:-55450}
HTTP_PORT=${HTTP_PORT:-18380}
SMTP_PORT=${SMTP_PORT:-3035}
TODAY=${TODAY:-2026-06-15}
M2=${M2:-$HOME/.m2/repository}
BASE="http://localhost:$HTTP_PORT"
ADMIN_PASSWORD=bench-admin-1
# the generator gives every registrant (reg<i>), bench-office and bench-auditor this password
USER_PASSWORD=bench-wachtwoord

version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1; }
H2_JAR="$M2/com/h2database/h2/$(version h2.version)/h2-$(version h2.version).jar"
PG_JAR="$M2/org/postgresql/postgresql/$(version postgresql.version)/postgresql-$(version postgresql.version).jar"
WAR="$ROOT/registry-web/target/registry.war"
MICRO="$ROOT/registry-web/target/payara-micro.jar"

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

apt_install() {
    log "installing Debian's $*"
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq "$@" >/dev/null; else sudo apt-get install -y -qq "$@" >/dev/null; fi
}

build() {
    if [ ! -f "$WAR" ] || [ ! -f "$MICRO" ] || [ "${REBUILD:-no}" = yes ]; then
        log "building the register"
        (cd "$ROOT" && ./mvnw -q -o -DskipTests package)
    fi
    APP_CP="$ROOT/registry-ejb/target/$(ls "$ROOT/registry-ejb/target" | grep -E '^registry-ejb-.*\.jar$' | head -1)"
    APP_CP="$APP_CP:$ROOT/registry-domain/target/$(ls "$ROOT/registry-domain/target" | grep -E '^registry-domain-.*\.jar$' | head -1)"
    APP_CP="$APP_CP:$PG_JAR:$H2_JAR"
}

postgres_bin() {
    local bin
    bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)}
    if [ -z "$bin" ]; then
        apt_install postgresql
        bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    echo "$bin"
}

as_db_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_postgres N: the cluster under bench/target/pg-N, kept between runs (FRESH=yes starts from nothing)
start_postgres() {
    local bin data
    bin=$(postgres_bin)
    data="$WORK/pg-$1"
    PG_DATA=$data
    if [ "${FRESH:-no}" = yes ]; then rm -rf "$data"; fi
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || useradd -r postgres
        mkdir -p "$data"; chown postgres "$data"; chmod 755 "$WORK"
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
        as_db_user "$bin/initdb" -D "$data" -U registry --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        printf "shared_buffers = 256MB\nmax_connections = 100\nlisten_addresses = 'localhost'\n" >> "$data/postgresql.conf"
    fi
    as_db_user "$bin/pg_ctl" -D "$data" -o "-p $PG_PORT -k /tmp" -l "$data/log" -w start >/dev/null
    PG_STARTED=$1
    PSQL=("$bin/psql" -h /tmp -p "$PG_PORT" -U registry -d registry -v ON_ERROR_STOP=1 -qAt)
    DB_URL="jdbc:postgresql://localhost:$PG_PORT/registry"
}

stop_postgres() {
    if [ -n "${PG_STARTED:-}" ]; then
        as_db_user "$(postgres_bin)/pg_ctl" -D "$WORK/pg-$PG_STARTED" -m fast stop >/dev/null || true
    fi
    PG_STARTED=
}

# the JVM options of the register
register_options() {
    REGISTER_OPTS=(-Xmx${HEAP:-768m} -Duser.timezone=UTC -Dregistry.db.url="$1" -Dregistry.db.user=registry
        -Dregistry.db.password=registry -Dregistry.clock="${TODAY}T09:00:00Z" -Dregistry.daily-run.enabled=false
        -Dregistry.admin.password="$ADMIN_PASSWORD" -Dregistry.mail.host=127.0.0.1 -Dregistry.mail.port="$SMTP_PORT"
        -Dregistry.mail.office=kantoor@bench.example -Dregistry.base-url="$BASE/"
        -Dregistry.login.max-failures-per-address=100000)
    # extra JVM options, e.g. EXTRA_OPTS="-XX:FlightRecorderOptions:stackdepth=512" for bench/profile.sh
    if [ -n "${EXTRA_OPTS:-}" ]; then read -r -a extra <<<"$EXTRA_OPTS"; REGISTER_OPTS+=("${extra[@]}"); fi
}

# start_micro LOG ARCHIVE [JVM options...]: Payara Micro with one archive on HTTP_PORT, in the background
start_micro() {
    local log_file=$1 archive=$2; shift 2
    java "$@" -jar "$MICRO" --deploy "$archive" --contextroot / --port "$HTTP_PORT" --nohazelcast --disablephonehome \
        --logproperties "$ROOT/config/logging.properties" > "$log_file" 2>&1 &
    MICRO_PID=$!
}

# wait_for URL PID: until URL answers 200 (or the process dies); prints nothing, fails after 5 minutes
wait_for() {
    for _ in $(seq 1 3000); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; then return 0; fi
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# start_register DB_URL: the register on Payara Micro on HTTP_PORT with the fixed clock at TODAY
start_register() {
    register_options "$1"
    log "starting the register on $1"
    start_micro "$WORK/register.log" "$WAR" "${REGISTER_OPTS[@]}"
    REGISTER_PID=$MICRO_PID
    if ! wait_for "$BASE/login.xhtml" "$REGISTER_PID" || grep -q SEVERE "$WORK/register.log"; then
        log "the register did not start: see $WORK/register.log"
        grep -m5 SEVERE "$WORK/register.log" >&2 || true
        return 1
    fi
    log "the register is ready"
}

stop_register() {
    if [ -n "${REGISTER_PID:-}" ]; then kill "$REGISTER_PID" 2>/dev/null || true; wait "$REGISTER_PID" 2>/dev/null || true; fi
    REGISTER_PID=
}

# prepare_data N: PostgreSQL with N registrations, the register stopped. The data is generated once per N (after the
# migrations, which the register's first start runs) and kept under bench/target/pg-N; FRESH=yes makes it anew.
prepare_data() {
    local n=$1
    build
    start_postgres "$n"
    if [ ! -f "$PG_DATA/generated" ]; then
        "$(postgres_bin)/dropdb" -h /tmp -p "$PG_PORT" -U registry --if-exists registry
        "$(postgres_bin)/createdb" -h /tmp -p "$PG_PORT" -U registry registry
        start_register "$DB_URL"
        generate "$DB_URL" "$n"
        as_db_user touch "$PG_DATA/generated"
        stop_register
    fi
}

# prepare N: as prepare_data, and the register started on it (with empty caches, as on any day after a load)
prepare() {
    prepare_data "$1"
    start_register "$DB_URL"
}

# a local SMTP server that accepts every mail (bench/daily-run/smtp_sink.py) on SMTP_PORT, in the background
start_smtp() {
    python3 "$BENCH/daily-run/smtp_sink.py" "$SMTP_PORT" > "$WORK/smtp.log" 2>&1 &
    SMTP_PID=$!
    for _ in $(seq 1 100); do
        if (exec 3<>/dev/tcp/127.0.0.1/"$SMTP_PORT") 2>/dev/null; then return 0; fi
        sleep 0.1
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
    java -Xmx1g -cp "$PG_JAR:$H2_JAR" "$BENCH/generator/Generate.java" --url "$url" --user registry --password registry \
        --registrants "$count" --today "$TODAY" >&2
}

api() {
    curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$@"
}

# resident memory of a process in MiB
rss() { awk '/VmRSS/ {printf "%.0f\n", $2 / 1024}' "/proc/$1/status"; }

load() { cut -d' ' -f1 /proc/loadavg; }

# one line about the machine and the build, for under every table
machine() {
    printf '%s, commit %s; %s CPUs, %s memory; %s; %s; load average %s' "$(date +%F)" \
        "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!bench' || echo '+changes')" \
        "$(nproc)" "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)" \
        "$(java -version 2>&1 | head -1)" "Payara Micro $(version payara.version), $("$(postgres_bin)/postgres" --version | sed 's/.*) /PostgreSQL /')" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# where a script writes its table: bench/target/results/<name>-<N>.md
results_file() { mkdir -p "$WORK/results"; echo "$WORK/results/$1-$2.md"; }
