# Shell helpers shared by the scripts that run the register on this machine: config/two-instances.sh, the fault
# tests (faults/lib.sh) and the benchmarks (bench/lib.sh). Sourced, never run on its own. A throw-away PostgreSQL
# from Debian's server programs, an SMTP sink (GreenMail), and waiting for Payara Micro to serve.

SHARED_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
M2=${M2:-$HOME/.m2/repository}

# version NAME: a version property of the parent pom (h2.version, postgresql.version, greenmail.version, ...)
version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$SHARED_ROOT/pom.xml" | head -1; }
H2_JAR="$M2/com/h2database/h2/$(version h2.version)/h2-$(version h2.version).jar"
PG_JAR="$M2/org/postgresql/postgresql/$(version postgresql.version)/postgresql-$(version postgresql.version).jar"

# postgres_bin: where PostgreSQL's server programs are (PG_BIN, or the newest of Debian's /usr/lib/postgresql/*/bin);
# prints nothing when there are none
postgres_bin() {
    if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true
}

# pg_as COMMAND...: PostgreSQL refuses to run as root, so as root its programs run as the user postgres
pg_as() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DATA PORT [SETTING...]: a PostgreSQL cluster in the directory DATA (made with initdb when it has none yet:
# the role registry, trusted, UTF-8), each SETTING ("name = value") added to its postgresql.conf when new, started on
# PORT with its socket in /tmp, and the database registry created on the first start. Sets NEW_DATABASE (yes/no).
pg_start() {
    local data=$1 port=$2 bin
    shift 2
    bin=$(postgres_bin)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL's server programs are not installed (apt-get install postgresql, or set PG_BIN)" >&2
        return 1
    fi
    mkdir -p "$data"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || useradd -r postgres
        chown postgres "$data"
    fi
    NEW_DATABASE=no
    if [ ! -f "$data/PG_VERSION" ]; then
        pg_as "$bin/initdb" -D "$data" -U registry --auth=trust -E UTF8 >/dev/null
        local setting
        for setting in "$@"; do echo "$setting" | pg_as tee -a "$data/postgresql.conf" >/dev/null; done
        NEW_DATABASE=yes
    fi
    pg_as "$bin/pg_ctl" -D "$data" -o "-p $port -k /tmp" -l "$data/log" -w start >/dev/null
    if [ "$NEW_DATABASE" = yes ]; then
        "$bin/createdb" -h /tmp -p "$port" -U registry registry
    fi
}

# pg_restart DATA PORT: a fast restart (open connections are broken off)
pg_restart() {
    pg_as "$(postgres_bin)/pg_ctl" -D "$1" -o "-p $2 -k /tmp" -l "$1/log" -m fast -w restart >/dev/null
}

# pg_stop DATA: stops the cluster in DATA, if it runs
pg_stop() {
    if [ -f "$1/postmaster.pid" ]; then pg_as "$(postgres_bin)/pg_ctl" -D "$1" -m fast stop >/dev/null 2>&1 || true; fi
}

# pg_sql PORT SQL: one statement through psql, its rows unaligned (columns separated by |)
pg_sql() {
    "$(postgres_bin)/psql" -h /tmp -p "$1" -U registry -d registry -qAtX -v ON_ERROR_STOP=1 -c "$2"
}

# smtp_start DIR PORT [API_PORT]: GreenMail as an SMTP sink on 127.0.0.1:PORT that accepts every address, with its
# REST API (GET /api/user, /api/user/{address}/messages/) on API_PORT when given; its log in DIR/smtp.log.
# Sets SMTP_PID.
smtp_start() {
    local dir=$1 port=$2 api_port=${3:-} jar
    jar="$M2/com/icegreen/greenmail-standalone/$(version greenmail.version)/greenmail-standalone-$(version greenmail.version).jar"
    if [ ! -f "$jar" ]; then
        jar="$dir/greenmail-standalone.jar"
        [ -f "$jar" ] || (cd "$SHARED_ROOT" && ./mvnw -q dependency:copy \
            -Dartifact="com.icegreen:greenmail-standalone:$(version greenmail.version)" \
            -DoutputDirectory="$dir" -Dmdep.stripVersion=true)
    fi
    local api=()
    if [ -n "$api_port" ]; then api=(-Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api_port"); fi
    java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$port" "${api[@]}" -Dgreenmail.verbose=false \
        -jar "$jar" > "$dir/smtp.log" 2>&1 &
    SMTP_PID=$!
    local _
    for _ in $(seq 1 120); do
        if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null \
            && { [ -z "$api_port" ] || curl -sf -o /dev/null "http://127.0.0.1:$api_port/api/service/readiness"; }; then
            return 0
        fi
        kill -0 "$SMTP_PID" 2>/dev/null || break
        sleep 0.5
    done
    echo "the SMTP sink did not start: see $dir/smtp.log" >&2
    return 1
}

smtp_stop() {
    if [ -n "${SMTP_PID:-}" ]; then kill "$SMTP_PID" 2>/dev/null || true; wait "$SMTP_PID" 2>/dev/null || true; fi
    SMTP_PID=
}

# serving URL PID [SECONDS]: waits until the register at URL answers a public API request (default: up to 300 s);
# fails early when the process PID ends
serving() {
    local url=$1 pid=$2 seconds=${3:-300} _
    for _ in $(seq 1 "$seconds"); do
        if curl -sf -o /dev/null "$url/api/public/indication?experienceYears=1&workLevel=MBO_PLUS&functionLevel=C"; then
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 1
    done
    return 1
}

# port_free PORT: nothing listens on 127.0.0.1:PORT
port_free() { ! (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null; }
