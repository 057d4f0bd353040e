#!/usr/bin/env bash
# The EAR on a full Payara Server 6, as an IT department runs it: a domain of its own, a mail session and the
# register's settings created with asadmin (the database password as a password alias), target/registry.ear deployed
# unchanged against a real PostgreSQL and SMTP server, then checked over HTTP and in the server log.
# Undeploys and stops everything on the way out, also when a check fails.
#
# Run by the build (registry-ear, phase integration-test; see pom.xml), which unpacks Payara Server into target/,
# reserves free ports and passes them in the environment. Argument 1: the test class path (PostgreSQL and SMTP).
# The asadmin commands between "what the administrator does" markers are the ones config/README.md documents.
set -euo pipefail

test_classpath="$1"
: "${PAYARA_HOME:?}" "${EAR:?}" "${WORK:?}" "${ADMIN_PORT:?}" "${HTTP_PORT:?}" "${PG_PORT:?}" "${SMTP_PORT:?}"
: "${HTTPS_PORT:?}" "${JMS_PORT:?}" "${IIOP_PORT:?}" "${IIOP_SSL_PORT:?}" "${IIOP_MUTUALAUTH_PORT:?}" "${JMX_PORT:?}"
: "${OSGI_PORT:?}" "${DEBUG_PORT:?}" "${HAZELCAST_DAS_PORT:?}" "${HAZELCAST_START_PORT:?}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export AS_JAVA="${JAVA_HOME:-}"

DOMAIN=registry-check
DOMAINS="$WORK/domains"
LOG="$DOMAINS/$DOMAIN/logs/server.log"
BASE="http://localhost:$HTTP_PORT"
DB_PASSWORD="db-$RANDOM-$RANDOM"
ADMIN_PASSWORD="ear-admin-$RANDOM-$RANDOM"
started=$(date +%s)

say() { printf '[ear-check %3ss] %s\n' "$(($(date +%s) - started))" "$*"; }
fail() {
    say "FAILED: $*"
    if [[ -f "$LOG" ]]; then
        say "last lines of $LOG:"
        tail -n 60 "$LOG" | cut -c1-400
    fi
    exit 1
}

asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"; }
remote() { asadmin --host localhost --port "$ADMIN_PORT" --user admin "$@"; }

rm -rf "$WORK"
mkdir -p "$WORK"
chmod +x "$PAYARA_HOME/bin/asadmin" "$PAYARA_HOME/glassfish/bin/"* 2>/dev/null || true

domain_started=false
deployed=false
services_pid=
cleanup() {
    status=$?
    set +e
    if $deployed; then
        remote undeploy registry >/dev/null 2>&1 || say "undeploy failed"
    fi
    if $domain_started; then
        asadmin stop-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null 2>&1 || say "stop-domain failed"
    fi
    if [[ -n "$services_pid" ]]; then
        kill "$services_pid" 2>/dev/null
        wait "$services_pid" 2>/dev/null
    fi
    rm -f "$WORK"/*.password
    say "done (exit $status)"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- PostgreSQL (a database "registry" owned by a role "registry" with a password) and SMTP, in the background ---
"$JAVA" -cp "$test_classpath" nl.beroepsregister.ear.CheckServices "$PG_PORT" "$SMTP_PORT" "$DB_PASSWORD" \
    "$WORK/pgdata" "$WORK/services.ready" 600 >"$WORK/services.log" 2>&1 &
services_pid=$!

# --- the domain, on ports the build reserved (never 4848/8080, which a developer's own server may use) ---
say "creating domain $DOMAIN (admin port $ADMIN_PORT, http port $HTTP_PORT)"
asadmin --user admin create-domain --nopassword=true --checkports=true --domaindir "$DOMAINS" \
    --adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT" \
    --domainproperties "http.ssl.port=$HTTPS_PORT:jms.port=$JMS_PORT:orb.listener.port=$IIOP_PORT:orb.ssl.port=$IIOP_SSL_PORT:orb.mutualauth.port=$IIOP_MUTUALAUTH_PORT:domain.jmxPort=$JMX_PORT:osgi.shell.telnet.port=$OSGI_PORT:java.debugger.port=$DEBUG_PORT:hazelcast.das.port=$HAZELCAST_DAS_PORT:hazelcast.start.port=$HAZELCAST_START_PORT" \
    "$DOMAIN" >"$WORK/create-domain.log" 2>&1 || { cat "$WORK/create-domain.log"; fail "create-domain"; }
say "starting the domain"
asadmin start-domain --domaindir "$DOMAINS" "$DOMAIN" >"$WORK/start-domain.log" 2>&1 \
    || { cat "$WORK/start-domain.log"; fail "start-domain"; }
domain_started=true

for _ in $(seq 1 120); do
    [[ -f "$WORK/services.ready" ]] && break
    kill -0 "$services_pid" 2>/dev/null || { cat "$WORK/services.log"; fail "PostgreSQL/SMTP did not start"; }
    sleep 0.5
done
[[ -f "$WORK/services.ready" ]] || { cat "$WORK/services.log"; fail "PostgreSQL/SMTP not ready after 60 s"; }
say "PostgreSQL on port $PG_PORT and SMTP on port $SMTP_PORT are ready"

# --- what the administrator does (config/README.md, "The EAR on Payara Server 6") ---
say "creating the mail session, the password aliases and the register's settings"
umask 077
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$DB_PASSWORD" >"$WORK/db.password"
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$ADMIN_PASSWORD" >"$WORK/admin.password"
remote --passwordfile "$WORK/db.password" create-password-alias registry-db-password >/dev/null
remote --passwordfile "$WORK/admin.password" create-password-alias registry-admin-password >/dev/null
rm -f "$WORK"/*.password
remote create-javamail-resource --mailhost 127.0.0.1 --mailuser registry \
    --fromaddress registerbureau@beroepsregister.example \
    --property "mail.smtp.port=$SMTP_PORT:mail.smtp.connectiontimeout=5000:mail.smtp.timeout=10000:mail.smtp.writetimeout=10000" \
    mail/registry >/dev/null
# create-system-properties separates settings with ':' and name from value with '=': escape both inside values with '\'
remote create-system-properties \
    "registry.db.url=jdbc\\:postgresql\\://localhost\\:$PG_PORT/registry:registry.db.user=registry:registry.db.password=\${ALIAS\\=registry-db-password}:registry.admin.password=\${ALIAS\\=registry-admin-password}:registry.mail.session=mail/registry:registry.mail.from=registerbureau@beroepsregister.example:registry.base-url=http\\://localhost\\:$HTTP_PORT/" \
    >/dev/null
remote set configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false \
    >/dev/null
# --- end of what the administrator does; for a repeatable check the clock stands still and no timer runs ---
remote create-system-properties 'registry.clock=2026-01-05T09\:00\:00Z:registry.daily-run.enabled=false' >/dev/null

say "deploying $(basename "$EAR")"
remote deploy --name registry "$EAR" >"$WORK/deploy.log" 2>&1 || { cat "$WORK/deploy.log"; fail "deploy"; }
deployed=true
say "deployed"
# changing http-listener-1 (xpowered-by above) makes the server restart that listener in the background: wait until
# it accepts connections again before the first check
for _ in $(seq 1 120); do
    curl -s -o /dev/null --max-time 5 "$BASE/" && break
    sleep 0.5
done
curl -s -o /dev/null --max-time 5 "$BASE/" || fail "http-listener-1 on port $HTTP_PORT does not accept connections"
say "listening on $BASE"

# --- the checks ---
body="$WORK/body"
# call EXPECTED_STATUS METHOD PATH [curl options...]: the body is left in $body
call() {
    local expected="$1" method="$2" path="$3"
    shift 3
    local status
    status=$(curl -sS --max-time 60 -o "$body" -w '%{http_code}' -X "$method" "$@" "$BASE$path") \
        || fail "$method $path: no answer"
    [[ "$status" == "$expected" ]] || fail "$method $path answered $status, expected $expected: $(head -c 600 "$body")"
}
contains() { grep -q -- "$1" "$body" || fail "expected $1 in: $(head -c 600 "$body")"; }
json_number() { sed -n "s/.*\"$1\":\([0-9][0-9]*\).*/\1/p" "$body"; }
api() { local login="$1"; shift; call "$@" -u "$login" -H 'Content-Type: application/json' -H 'Accept: application/json'; }

call 200 GET '/api/public/indication?experienceYears=4&workLevel=HBO_PLUS&functionLevel=A'
contains '"level":"B"'
say "public API: level B"

call 401 GET /api/admin/reminders/failed
grep -qi '^www-authenticate: Basic' < <(curl -sS -D - -o /dev/null "$BASE/api/admin/reminders/failed") \
    || fail "401 without a Basic challenge"
call 401 GET /api/admin/reminders/failed -u "admin:wrong-password"
say "no or wrong credentials: 401"

api "admin:$ADMIN_PASSWORD" 201 POST /api/accounts -d '{"username":"office","password":"office-secret","roles":["OFFICE"]}'
api "admin:$ADMIN_PASSWORD" 201 POST /api/accounts -d '{"username":"auditor","password":"auditor-secret","roles":["AUDITOR"]}'
api office:office-secret 403 POST /api/accounts -d '{"username":"other","password":"other-secret","roles":["OFFICE"]}'
api office:office-secret 200 GET /api/admin/reminders/failed
contains '"failed":0'
say "the administrator (password from a password alias) created accounts; roles are mapped (403 for the office)"

# a registrant admitted at level B gets a reminder at once (propose a portfolio activity): sent through mail/registry
api office:office-secret 201 POST /api/registrants -d '{"firstName":"Eva","lastName":"Server","email":"eva@gemeente.example","employer":"Gemeente Voorbeeld","jobTitle":"Accountmanager bedrijven","username":"eva","password":"eva-secret-1","language":"nl"}'
registrant=$(json_number id)
api eva:eva-secret-1 201 POST /api/applications -d "{\"registrantId\":$registrant,\"register\":\"AMB\",\"requestedLevel\":\"B\",\"route\":\"ENTRY_AUDIT\",\"experienceYears\":4,\"workLevel\":\"HBO_PLUS\",\"functionLevel\":\"B\"}"
application=$(json_number id)
api office:office-secret 200 POST "/api/applications/$application/audit" -d '{"date":"2026-01-05","auditor":"auditor"}'
api auditor:auditor-secret 200 POST "/api/applications/$application/decision" -d '{"passed":true,"level":"B","startDate":"2026-01-05"}'
registration=$(json_number registrationId)
api eva:eva-secret-1 200 GET "/api/registrations/$registration"
contains '"status":"ACTIVE"'
api office:office-secret 200 POST /api/admin/daily-run -d ""
contains '"queued":1'
contains '"sent":1'
say "a registrant admitted on PostgreSQL; the daily run sent a reminder through the server's mail session"

call 200 GET /api/public/version -H 'X-Request-Id: ear-check-1'
contains '"version"'
grep -qi '^x-request-id: ear-check-1' < <(curl -sS -D - -o /dev/null -H 'X-Request-Id: ear-check-1' \
    "$BASE/api/public/version") || fail "the request id is not echoed"
call 200 GET /health/ready
contains '"status":"UP"'
contains 'registry-database'
contains "\"server\":\"127.0.0.1:$SMTP_PORT\""
grep -Eq '"reachable":"?true' "$body" || fail "the mail server of mail/registry is not reachable: $(cat "$body")"
say "health: $(cat "$body")"
call 200 GET /health/live
contains '"status":"UP"'
call 200 GET '/metrics?scope=application'
grep -Eq '^registry_reminders_sent_total\{[^}]*\} 1(\.0)?$' "$body" || fail "no reminders-sent counter: $(head -c 600 "$body")"
say "version, request id, health (ready and live) and metrics answer"

call 200 GET /
call 200 GET /index.xhtml
say "the portal's index page answers"

if grep -q '\[SEVERE\]' "$LOG"; then
    grep -A8 '\[SEVERE\]' "$LOG" | cut -c1-400 | head -60
    fail "SEVERE in the server log"
fi
if grep -q -e "$DB_PASSWORD" -e "$ADMIN_PASSWORD" -e 'eva-secret-1' "$LOG"; then
    fail "a password in the server log"
fi
say "the server log has no SEVERE and no password"

remote undeploy registry >/dev/null || fail "undeploy"
deployed=false
say "EAR check passed"
