#!/usr/bin/env bash
# Start-up and memory: seconds from `java -jar payara-micro.jar` to the first page served, and the resident memory
# (RSS) after start and after a load test, for the register beside the same Payara Micro serving a hello-world WAR
# (one servlet, built here with javac and jar) and hello-ee (one entity, EJB, JSF page and JAX-RS resource: the floor
# of the platform services the register uses, bench/startup/hello-ee), started the same way, in the same run, in turn.
#
#   bench/startup/run.sh [N] [runs]          (defaults: 100000 3)
#
# The register runs on bench/target/pg-N (generated on first use) and its first page is /login.xhtml (a JSF page with
# PrimeFaces); the hello-world's is its servlet, hello-ee's its JSF page. The load test is wrk for LOAD_SECONDS (30)
# with 10 clients: for the register the completeness check, the public lookup and certificate verification taken in
# turn, for the hello world its servlet, for hello-ee its JAX-RS resource. All JVMs get the same -Xmx (HEAP, 768m).
# Writes bench/target/results/startup-N.md.
source "$(dirname "$0")/../lib.sh"
HERE=$(cd "$(dirname "$0")" && pwd)

N=${1:-100000}
RUNS=${2:-3}
LOAD_SECONDS=${LOAD_SECONDS:-30}
export BENCH_API="$BENCH/api"
command -v wrk >/dev/null || apt_install wrk

trap 'stop_register; [ -n "${HELLO_PID:-}" ] && kill "$HELLO_PID" 2>/dev/null; stop_postgres' EXIT
prepare_data "$N"

# the hello-world WAR: one servlet, compiled against the Jakarta EE API the register is built against
hello="$WORK/hello"
if [ ! -f "$hello/hello.war" ]; then
    rm -rf "$hello"; mkdir -p "$hello/src" "$hello/war/WEB-INF/classes"
    cat > "$hello/src/Hello.java" <<'JAVA'
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebServlet("/hello")
public class Hello extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().print("<!DOCTYPE html><html lang=\"en\"><title>Hello</title><p>Hello, world.</p></html>");
    }
}
JAVA
    api_jar="$M2/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar"
    javac --release 17 -cp "$api_jar" -d "$hello/war/WEB-INF/classes" "$hello/src/Hello.java"
    (cd "$hello/war" && jar --create --file "$hello/hello.war" .)
fi

# the platform's floor: one entity, one EJB, one JSF page, one JAX-RS resource (bench/startup/hello-ee)
hello_ee="$WORK/hello-ee"
if [ ! -f "$hello_ee/hello-ee.war" ]; then
    rm -rf "$hello_ee"; mkdir -p "$hello_ee"
    cp -r "$HERE/hello-ee/web" "$hello_ee/war"
    mkdir -p "$hello_ee/war/WEB-INF/classes"
    javac --release 17 -cp "$M2/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar" \
        -d "$hello_ee/war/WEB-INF/classes" "$HERE"/hello-ee/src/hello/*.java
    (cd "$hello_ee/war" && jar --create --file "$hello_ee/hello-ee.war" .)
fi

mix="$WORK/startup-mix.paths"
"${PSQL[@]}" -c "(SELECT '/api/public/registrations/' || registration_number FROM registration ORDER BY random() LIMIT 2000)
                 UNION ALL (SELECT '/api/public/certificates/' || verification_code FROM certificate ORDER BY random() LIMIT 2000)
                 UNION ALL (SELECT '/api/registrations/' || id || '/renewal' FROM registration WHERE status = 'ACTIVE' ORDER BY random() LIMIT 2000)" \
    > "$mix"
echo "/hello" > "$WORK/hello.paths"
echo "/api/hello" > "$WORK/hello-ee.paths"
office="Basic $(printf 'bench-office:%s' "$USER_PASSWORD" | base64 -w0)"

# start WHAT: launches, waits for the first page, prints "seconds rss_after_start rss_after_load"
start() {
    local began seconds pid first rss_start
    began=$(date +%s.%N)
    case "$1" in
        register)
            register_options "$DB_URL"
            start_micro "$WORK/register.log" "$WAR" "${REGISTER_OPTS[@]}"
            REGISTER_PID=$MICRO_PID; pid=$MICRO_PID; first="$BASE/login.xhtml" ;;
        hello)
            start_micro "$WORK/hello.log" "$hello/hello.war" -Xmx${HEAP:-768m}
            HELLO_PID=$MICRO_PID; pid=$MICRO_PID; first="$BASE/hello" ;;
        hello-ee)
            start_micro "$WORK/hello-ee.log" "$hello_ee/hello-ee.war" -Xmx${HEAP:-768m}
            HELLO_PID=$MICRO_PID; pid=$MICRO_PID; first="$BASE/hello.xhtml" ;;
    esac
    wait_for "$first" "$pid" || { log "$1 did not start"; return 1; }
    seconds=$(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$began" "$(date +%s.%N)")
    sleep 2
    rss_start=$(rss "$pid")
    if [ "$1" = register ]; then
        PATHS="$mix" AUTH="$office" wrk -t2 -c10 -d"${LOAD_SECONDS}s" -s "$BENCH_API/paths.lua" "$BASE" >/dev/null
    else
        PATHS="$WORK/$1.paths" AUTH="" wrk -t2 -c10 -d"${LOAD_SECONDS}s" -s "$BENCH_API/paths.lua" "$BASE" >/dev/null
    fi
    local log_file="$WORK/$1.log"
    # of which the deployment of the archive, as Payara Micro reports it
    deployed=$(grep -ao 'was successfully deployed in [0-9,]* milliseconds' "$log_file" | tr -dc '0-9' | awk '{printf "%.1f", $1 / 1000}')
    echo "$seconds $rss_start $(rss "$pid") ${deployed:--}"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    REGISTER_PID=; HELLO_PID=
}

# one start of each that is not counted: the file system cache and the register's database, as after any restart
start hello >/dev/null; start hello-ee >/dev/null; start register >/dev/null
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A column
for run in $(seq 1 "$RUNS"); do
    for what in hello hello-ee register; do
        read -r seconds rss_start rss_load deployed < <(start "$what")
        column[$what,s]+="$seconds "; column[$what,rss]+="$rss_start "; column[$what,rssload]+="$rss_load "
        column[$what,deploy]+="$deployed "
        column[$what,load]+="$(load) "
        log "$what run $run: first page after $seconds s (deployment $deployed s), RSS $rss_start MiB after start, $rss_load MiB after load"
    done
done

med() { tr ' ' '\n' <<<"$1" | grep -v '^$' | median; }
out=$(results_file startup "$N")
hs=$(med "${column[hello,s]}"); es=$(med "${column[hello-ee,s]}"); rs=$(med "${column[register,s]}")
{
    echo "| server | first page after (s) | of which deployment (s) | RSS after start (MiB) | RSS after load (MiB) | load | all start times (s) |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    for what in hello hello-ee register; do
        printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$what" "$(med "${column[$what,s]}")" "$(med "${column[$what,deploy]}")" "$(med "${column[$what,rss]}")" \
            "$(med "${column[$what,rssload]}")" "$(med "${column[$what,load]}")" "${column[$what,s]}"
    done
    echo
    echo "start-up ratio register / hello world: $(python3 -c "print('%.2f×' % ($rs / $hs))");" \
        "register / hello-ee (the same platform services, bench/startup/hello-ee): $(python3 -c "print('%.2f×' % ($rs / $es))")"
    echo
    echo "$N registrations on PostgreSQL; median of $RUNS starts of each, alternating, after one start of each not counted;"
    echo "load test: wrk, 10 clients, $LOAD_SECONDS s. $(machine); load average at the start $load_before."
} > "$out"
cat "$out"
