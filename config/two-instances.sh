#!/usr/bin/env bash
# Two instances of the register on this machine, as config/README.md (c) describes them: Payara Micro A and B on
# different ports, clustered with Payara's own Hazelcast (TCP/IP discovery on the loopback interface, a cluster name
# of their own), on one PostgreSQL and one mail server. It shows, and checks:
#   1. both start at the same moment on an empty database;
#   2. the daily work runs exactly once: with the clock moved on both to a day with reminders and lapses due, the
#      daily run is started on both at the same moment (twice), every reminder the register recorded reached the mail
#      server once, and every registration due to lapse lapsed once;
#   3. a portal session survives the stop of its instance: jan signs in on A through the login form, opens his
#      dashboard and his dossier there and adds a PE activity; A is killed (kill -9, the way a crashing instance
#      stops); with the same cookie B shows his dashboard without asking him to sign in, in the language he chose on A,
#      and takes a second activity from the form A rendered;
#   4. neither log reports a session attribute that could not be serialized, or any other error.
# It prints what it tried and what it found, and exits 1 on any failure. Everything it starts is stopped, and its
# database and server directories are removed, on every exit; the logs stay in registry-web/target/two-instances.
#
#   config/two-instances.sh
#
# Needs the built WAR and Payara Micro (./mvnw -DskipTests package; built when missing), a JDK 17, curl, python3 and
# PostgreSQL's server programs (Debian's postgresql). Ports (each settable): HTTP A_PORT=48180 and B_PORT=48280,
# Hazelcast A_HZ_PORT=48900 and B_HZ_PORT=48910, PostgreSQL PG_PORT=48432, SMTP SMTP_PORT=48425 (and 48426 for its API).
set -euo pipefail

CONFIG=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$CONFIG/.." && pwd)
source "$CONFIG/lib.sh"

A_PORT=${A_PORT:-48180}
B_PORT=${B_PORT:-48280}
A_HZ_PORT=${A_HZ_PORT:-48900}
B_HZ_PORT=${B_HZ_PORT:-48910}
PG_PORT=${PG_PORT:-48432}
SMTP_PORT=${SMTP_PORT:-48425}
SMTP_API_PORT=${SMTP_API_PORT:-$((SMTP_PORT + 1))}
WORK="$ROOT/registry-web/target/two-instances"
WAR="$ROOT/registry-web/target/registry.war"
MICRO="$ROOT/registry-web/target/payara-micro.jar"

TODAY=2026-06-15
REMINDER_DAY=2026-07-16      # jan's deadline (15 July) has passed, fatima's dossier and the new ones are due soon
EXTRA_REGISTRANTS=10         # half admitted on 1 October 2025: renewal 1 October 2026, "due soon" from 1 July;
                             # half on 1 July 2025: renewal 1 July 2026 passed without a renewal, so they lapse
ADMIN_PASSWORD="two-instances-$RANDOM-$RANDOM"
OFFICE=(-u bureau:demo-wachtwoord)
# a name of its own: an instance never joins a cluster of another name, so a run of this script never meets another
CLUSTER="beroepsregister-two-instances-$$"

declare -A PID=() PORT=([a]=$A_PORT [b]=$B_PORT) HZ=([a]=$A_HZ_PORT [b]=$B_HZ_PORT)
STARTED=$(date +%s)
say() { printf '[%s] %s\n' "$(date +%T)" "$*"; }
fail() { say "FAILED: $*"; exit 1; }
url() { echo "http://localhost:${PORT[$1]}"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

stop_pid() {
    local pid=$1 _
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    set +e
    for name in "${!PID[@]}"; do stop_pid "${PID[$name]}"; done
    smtp_stop
    pg_stop "$WORK/pg"
    [ -f "$WORK/pg/log" ] && cp "$WORK/pg/log" "$WORK/postgres.log"
    rm -rf "$WORK/pg" "$WORK/a-root" "$WORK/b-root" "$WORK/a-tmp" "$WORK/b-tmp" "$WORK/http"
    if [ "$status" -ne 0 ]; then say "logs: $WORK/a.log, $WORK/b.log, $WORK/smtp.log, $WORK/postgres.log"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -f "$WAR" ] && [ -f "$MICRO" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package -pl registry-web -am)
for port in "$A_PORT" "$B_PORT" "$A_HZ_PORT" "$B_HZ_PORT" "$PG_PORT" "$SMTP_PORT" "$SMTP_API_PORT"; do
    port_free "$port" || fail "port $port is in use; choose others (A_PORT, B_PORT, A_HZ_PORT, B_HZ_PORT, PG_PORT, SMTP_PORT)"
done
rm -rf "$WORK"
mkdir -p "$WORK/http"

pg_start "$WORK/pg" "$PG_PORT"
smtp_start "$WORK" "$SMTP_PORT" "$SMTP_API_PORT"
say "a new PostgreSQL on port $PG_PORT and an SMTP sink on port $SMTP_PORT are running"

# start NAME DEMO: one instance. Without --nohazelcast, and with what several instances on one machine need:
# the TCP/IP member list instead of multicast discovery, Hazelcast on the loopback interface only, and
# --nohostaware, because host-aware partitioning keeps no backup on a member with the same address: every member of
# this cluster has that address, so the sessions of a stopped instance would be lost with it.
start() {
    local name=$1 demo=$2
    mkdir -p "$WORK/$name-tmp"
    java -Xmx768m -Duser.timezone=UTC -Djava.io.tmpdir="$WORK/$name-tmp" \
        -Dregistry.db.url="jdbc:postgresql://localhost:$PG_PORT/registry" -Dregistry.db.user=registry \
        -Dregistry.db.password=registry -Dregistry.clock="${TODAY}T09:00:00Z" -Dregistry.demo-data="$demo" \
        -Dregistry.admin.password="$ADMIN_PASSWORD" -Dregistry.base-url="$(url "$name")/" \
        -Dregistry.mail.host=127.0.0.1 -Dregistry.mail.port="$SMTP_PORT" \
        -jar "$MICRO" --deploy "$WAR" --contextroot / --port "${PORT[$name]}" --name "$name" \
        --clustername "$CLUSTER" --clustermode "tcpip:127.0.0.1:$A_HZ_PORT,127.0.0.1:$B_HZ_PORT" \
        --startport "${HZ[$name]}" --interfaces 127.0.0.1 --nohostaware --disablephonehome \
        --rootdir "$WORK/$name-root" --logproperties "$CONFIG/logging.properties" \
        --prebootcommandfile "$CONFIG/pre-boot-commands.asadmin" > "$WORK/$name.log" 2>&1 &
    PID[$name]=$!
}

say "starting instance A (port $A_PORT, with the demonstration data) and instance B (port $B_PORT) at the same moment"
start a true
start b false
serving "$(url a)" "${PID[a]}" || fail "instance A did not start"
serving "$(url b)" "${PID[b]}" || fail "instance B did not start"
for _ in $(seq 1 60); do
    grep -q 'Members {size:2' "$WORK/a.log" && grep -q 'Members {size:2' "$WORK/b.log" && break
    sleep 1
done
grep -q 'Members {size:2' "$WORK/b.log" || fail "A and B did not form one cluster"
admins=$(pg_sql "$PG_PORT" "SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id WHERE r.role = 'ADMIN'")
say "both serve after $(($(date +%s) - STARTED)) s; Hazelcast: one cluster \"$CLUSTER\" of 2 members" \
    "(127.0.0.1:$A_HZ_PORT and 127.0.0.1:$B_HZ_PORT); the database has $admins administrator account(s)"
[ "$admins" = 1 ] || fail "expected one first administrator, found $admins"

# --- the daily work, exactly once -------------------------------------------------------------------------------------
say "admitting $EXTRA_REGISTRANTS more registrants through the API, by turns on A (starting 1 July 2025) and B" \
    "(starting 1 October 2025)"
for i in $(seq 1 "$EXTRA_REGISTRANTS"); do
    on=$([ $((i % 2)) -eq 1 ] && echo a || echo b)
    api=(curl -sf "${OFFICE[@]}" -H 'Content-Type: application/json')
    id=$("${api[@]}" -d "{\"firstName\":\"Test\",\"lastName\":\"Persoon $i\",\"email\":\"persoon$i@gemeente.example\",
        \"username\":\"persoon$i\",\"password\":\"two-instances-$i\"}" "$(url "$on")/api/registrants" | json "d['id']")
    application=$("${api[@]}" -d "{\"registrantId\":$id,\"requestedLevel\":\"C\",\"route\":\"ENTRY_AUDIT\",
        \"experienceYears\":1,\"workLevel\":\"MBO_PLUS\",\"functionLevel\":\"C\"}" "$(url "$on")/api/applications" \
        | json "d['id']")
    "${api[@]}" -d "{\"date\":\"$TODAY\",\"auditor\":\"auditor\"}" "$(url "$on")/api/applications/$application/audit" \
        >/dev/null
    start=$([ "$on" = a ] && echo 2025-07-01 || echo 2025-10-01)
    "${api[@]}" -d "{\"passed\":true,\"level\":\"C\",\"startDate\":\"$start\"}" \
        "$(url "$on")/api/applications/$application/decision" >/dev/null
done

for name in a b; do
    curl -sf -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -X PUT \
        -d "{\"instant\":\"${REMINDER_DAY}T09:00:00Z\"}" "$(url "$name")/api/admin/clock" >/dev/null \
        || fail "could not move the clock of instance ${name^^}"
done
lapsed_before=$(pg_sql "$PG_PORT" "SELECT COUNT(*) FROM registration WHERE status = 'LAPSED'")
say "moved the clock of A and of B (each has its own) to $REMINDER_DAY; starting the daily run on both at the same moment"
for round in 1 2; do
    runs=()
    for name in a b; do
        curl -sf -u "admin:$ADMIN_PASSWORD" -X POST "$(url "$name")/api/admin/daily-run" > "$WORK/http/run-$round-$name.json" &
        runs+=($!)
    done
    for run in "${runs[@]}"; do wait "$run" || fail "a daily run failed"; done
    for name in a b; do
        say "  round $round, instance ${name^^}: $(json "f\"queued {d['queued']}, sent {d['sent']}, failed {d['failed']}, lapsed {d['lapsed']}\"" \
            < "$WORK/http/run-$round-$name.json")"
    done
done
reported=$(python3 -c "import json,sys; print(sum(json.load(open(f))['lapsed'] for f in sys.argv[1:]))" "$WORK"/http/run-*.json)
lapses=$(pg_sql "$PG_PORT" "SELECT COUNT(*), COUNT(DISTINCT registration_id) FROM status_change WHERE to_status = 'LAPSED'")
lapsed_now=$(pg_sql "$PG_PORT" "SELECT COUNT(*) FROM registration WHERE status = 'LAPSED'")
say "lapses: the runs reported $reported; lapsed registrations in the database: $lapsed_before before, $lapsed_now" \
    "after; ${lapses%%|*} lapse record(s) for ${lapses##*|} registration(s)"
expected_lapses=$((EXTRA_REGISTRANTS / 2 + EXTRA_REGISTRANTS % 2))
[[ "$reported" == "$expected_lapses" && $((lapsed_now - lapsed_before)) == "$expected_lapses" \
    && "${lapses%%|*}" == "$lapsed_now" && "${lapses##*|}" == "$lapsed_now" ]] \
    || fail "expected $expected_lapses registrations to lapse once each"

pg_sql "$PG_PORT" "SELECT m.id, m.recipient, m.status,
        (SELECT COUNT(*) FROM reminder_attempt t WHERE t.reminder_id = m.id AND t.delivered),
        (SELECT MIN(t.server) FROM reminder_attempt t WHERE t.reminder_id = m.id AND t.delivered)
    FROM reminder m ORDER BY m.id" > "$WORK/http/reminders.txt"
python3 - "$WORK/http/reminders.txt" "$SMTP_API_PORT" "${PID[a]}" "${PID[b]}" <<'EOF' | while IFS= read -r line; do say "$line"; done \
    || fail "the reminders were not delivered exactly once"
import collections, json, sys, urllib.parse, urllib.request
rows = [line.split('|') for line in open(sys.argv[1]).read().split('\n') if line]
api = 'http://127.0.0.1:%s/api' % sys.argv[2]
instance = {sys.argv[3]: 'A', sys.argv[4]: 'B'}
def get(path):
    return json.load(urllib.request.urlopen(api + path))
received = collections.Counter()          # (mailbox, Message-ID) -> copies
total = 0
for user in get('/user'):
    for message in get('/user/%s/messages/' % urllib.parse.quote(user['email'])):
        received[(user['email'], message.get('Message-ID'))] += 1
        total += 1
by = collections.Counter(instance.get(row[4].split('@')[0], row[4]) for row in rows)
wrong = []
for id, recipient, status, delivered, server in rows:
    copies = received[(recipient, '<reminder-%s@localhost>' % id)]
    if status != 'SENT' or delivered != '1' or copies != 1:
        wrong.append('reminder %s to %s: %s, %s delivery attempt(s) recorded, %s mail(s) received'
                     % (id, recipient, status, delivered, copies))
print('the register recorded %d reminders (%s), %d of them sent with one delivery each: %s' % (
    len(rows), ', '.join('%d %s' % (n, s) for s, n in sorted(collections.Counter(r[2] for r in rows).items())),
    sum(1 for r in rows if r[2] == 'SENT' and r[3] == '1'),
    ', '.join('%d by instance %s' % (n, s) for s, n in sorted(by.items()))))
print('the SMTP sink received %d mails in %d mailboxes: %d reminders arrived exactly once, %d did not, '
      'and %d mails belong to no reminder' % (total, len({box for box, _ in received}), len(rows) - len(wrong),
      len(wrong), total - sum(received[(r[1], '<reminder-%s@localhost>' % r[0])] for r in rows)))
for line in wrong:
    print('  ' + line)
sys.exit(0 if rows and not wrong and total == len(rows) else 1)
EOF

# --- the sessions, across the stop of their instance -----------------------------------------------------------------
# every person has a browser of their own: a cookie jar. A load balancer without sticky sessions sends each request
# wherever it likes; here A serves until it dies, and then B.
jar() { echo "$WORK/http/cookies-$1.txt"; }
get() {   # get PERSON INSTANCE PATH FILE: prints the status code, and where a redirect leads
    local answer
    answer=$(curl -s -b "$(jar "$1")" -c "$(jar "$1")" -o "$WORK/http/$4" -w '%{http_code} %{redirect_url}' "$(url "$2")$3")
    echo "${answer% }"
}
field() { python3 -c "import html,re,sys; m=re.search(sys.argv[2], open(sys.argv[1], encoding='utf-8').read()); print(html.unescape(m.group(1)) if m else '')" "$WORK/http/$1" "$2"; }
VIEW_STATE='name="jakarta.faces.ViewState"[^>]*value="([^"]*)"'
sign_in() {   # sign_in PERSON PASSWORD INSTANCE: through the login form, as a browser does
    get "$1" "$3" /login.xhtml "login-$1.html" >/dev/null
    curl -s -b "$(jar "$1")" -c "$(jar "$1")" -o /dev/null -w '%{http_code} %{redirect_url}' \
        --data-urlencode 'login=login' --data-urlencode "login:username=$1" --data-urlencode "login:password=$2" \
        --data-urlencode 'login:signIn=Inloggen' \
        --data-urlencode "jakarta.faces.ViewState=$(field "login-$1.html" "$VIEW_STATE")" "$(url "$3")/login.xhtml"
}
add_activity() {   # add_activity INSTANCE TITLE DAY POINTS: the dossier's "add" button, as PrimeFaces' Ajax sends it
    curl -s -b "$(jar jan)" -c "$(jar jan)" -o "$WORK/http/add-$1.xml" -w '%{http_code}' \
        -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
        --data-urlencode 'jakarta.faces.partial.ajax=true' --data-urlencode 'jakarta.faces.source=activity:save' \
        --data-urlencode 'jakarta.faces.partial.execute=activity' \
        --data-urlencode 'jakarta.faces.partial.render=activity summary submit' \
        --data-urlencode 'activity:save=activity:save' --data-urlencode 'activity=activity' \
        --data-urlencode "activity:date_input=$3" --data-urlencode "activity:title=$2" \
        --data-urlencode 'activity:provider=VNG Academie' --data-urlencode "activity:points=$4" \
        --data-urlencode 'activity:category=TRAINING' --data-urlencode "primefaces.nonce=$NONCE" \
        --data-urlencode "jakarta.faces.ViewState=$DOSSIER_VIEW" "$(url "$1")/registrant/dossier.xhtml"
}
declare -A HOME_PAGE=([jan]=/registrant/dashboard.xhtml [fatima]=/registrant/dashboard.xhtml [sanne]=/registrant/dashboard.xhtml
    [bureau]=/office/dashboard.xhtml [auditor]=/auditor/worklist.xhtml [admin]=/office/dashboard.xhtml)

answer=$(sign_in jan demo-wachtwoord a)
session=$(awk '$6 == "REGISTER_SESSION" { print $7 }' "$(jar jan)")
[[ "$answer" == "302 $(url a)/registrant/dashboard.xhtml" && -n "$session" ]] || fail "signing in on A answered $answer"
answer=$(get jan a '/registrant/dashboard.xhtml?lang=en' dashboard-a.html)
lead=$(field dashboard-a.html '<p class="lead">([^.<]*)')
number=$(field dashboard-a.html '<dd class="number">([^<]*)')
registration=$(field dashboard-a.html 'dossier.xhtml\?registration=([0-9]+)')
say "signed in on A through the login form as jan (session ${session:0:6}…); his dashboard on A answers $answer;" \
    "he switched it to English: \"$lead\", registration $number"
[[ "$answer" == 200 && "$lead" == "Welcome, Jan" && -n "$number" ]] || fail "A did not show jan's dashboard"

answer=$(get jan a "/registrant/dossier.xhtml?registration=$registration" dossier-a.html)
DOSSIER_VIEW=$(field dossier-a.html "$VIEW_STATE")
NONCE=$(field dossier-a.html "PrimeFaces\\.csp\\.init\\('([^']*)'\\)")
[[ "$answer" == 200 && -n "$DOSSIER_VIEW" && -n "$NONCE" ]] || fail "A did not show jan's dossier ($answer)"
answer=$(add_activity a "Cursus ingevoerd op A" 01-03-2026 2)
grep -q 'The activity "Cursus ingevoerd op A" has been added' "$WORK/http/add-a.xml" \
    || fail "adding an activity on A answered $answer: $(head -c 400 "$WORK/http/add-a.xml")"
say "he opened his dossier on A and added the PE activity \"Cursus ingevoerd op A\" through its form (answer $answer)"

# more people at work on A, on the pages of every role, so that their view-scoped beans are in the sessions as well
for person in fatima sanne bureau auditor; do
    answer=$(sign_in "$person" demo-wachtwoord a)
    [[ "$answer" == "302 $(url a)${HOME_PAGE[$person]}" ]] || fail "signing in on A as $person answered $answer"
done
answer=$(sign_in admin "$ADMIN_PASSWORD" a)
[[ "$answer" == "302 $(url a)${HOME_PAGE[admin]}" ]] || fail "signing in on A as admin answered $answer"
ids=$(pg_sql "$PG_PORT" "SELECT (SELECT r.id FROM registration r JOIN account a ON a.registrant_id = r.registrant_id
        WHERE a.username = 'fatima'),
    (SELECT p.id FROM application p JOIN account a ON a.registrant_id = p.registrant_id WHERE a.username = 'sanne'),
    (SELECT registrant_id FROM account WHERE username = 'jan'), (SELECT MIN(id) FROM peer_review_meeting),
    (SELECT id FROM account WHERE username = 'bureau')")
IFS='|' read -r fatima_registration sanne_application jan_registrant meeting bureau_account <<<"$ids"
TOUR=(
    "fatima /registrant/dashboard.xhtml" "fatima /registrant/dossier.xhtml?registration=$fatima_registration"
    "sanne /registrant/dashboard.xhtml" "sanne /registrant/application.xhtml?id=$sanne_application"
    "sanne /registrant/apply.xhtml" "sanne /public/indication.xhtml" "sanne /account/password.xhtml"
    "bureau /office/dashboard.xhtml" "bureau /office/worklist.xhtml?list=DEADLINES_MISSED"
    "bureau /office/registrations.xhtml" "bureau /office/registration.xhtml?id=$registration"
    "bureau /office/registrant.xhtml?id=$jan_registrant" "bureau /office/meetings.xhtml"
    "bureau /office/meeting.xhtml?id=$meeting" "bureau /office/statistics.xhtml" "bureau /office/audit.xhtml"
    "bureau /office/import.xhtml" "bureau /public/register.xhtml?q=Jansen"
    "auditor /auditor/worklist.xhtml"
    "admin /admin/accounts.xhtml" "admin /admin/account.xhtml?id=$bureau_account" "admin /admin/registers.xhtml"
    "admin /admin/register.xhtml?code=AMB" "admin /admin/level.xhtml?code=AMB&level=B"
    "admin /admin/questions.xhtml?code=AMB" "admin /admin/reminders.xhtml"
)
refused=()
for stop in "${TOUR[@]}"; do
    read -r person path <<<"$stop"
    answer=$(get "$person" a "$path" tour.html)
    [ "$answer" = 200 ] || refused+=("$path as $person: $answer")
done
say "fatima, sanne, bureau, auditor and admin signed in on A as well and opened ${#TOUR[@]} pages of their roles" \
    "there: $((${#TOUR[@]} - ${#refused[@]})) answered 200"
[ ${#refused[@]} -eq 0 ] || fail "pages on A did not answer 200: ${refused[*]}"

kill -9 "${PID[a]}"
wait "${PID[a]}" 2>/dev/null || true
unset 'PID[a]'
say "killed instance A (kill -9 of its process: no shutdown, no goodbye to the cluster)"

began=$(date +%s%N)
answer=$(get jan b /registrant/dashboard.xhtml dashboard-b.html)
took=$((($(date +%s%N) - began) / 1000000))
lead=$(field dashboard-b.html '<p class="lead">([^.<]*)')
number_b=$(field dashboard-b.html '<dd class="number">([^<]*)')
login_form=$(grep -q 'login:password' "$WORK/http/dashboard-b.html" && echo "the login form" || echo "no login form")
say "jan's next request, with the same cookie, to B: his dashboard answers $answer in $took ms with $login_form:" \
    "\"$lead\" (still in English, as he chose on A), registration $number_b"
[[ "$answer" == 200 && "$lead" == "Welcome, Jan" && "$number_b" == "$number" && "$login_form" == "no login form" ]] \
    || fail "B did not continue jan's session"

answer=$(add_activity b "Cursus ingevoerd op B" 02-03-2026 3)
grep -q 'The activity "Cursus ingevoerd op B" has been added' "$WORK/http/add-b.xml" \
    || fail "adding an activity on B answered $answer: $(head -c 400 "$WORK/http/add-b.xml")"
stored=$(pg_sql "$PG_PORT" "SELECT string_agg(title || ' (' || points || ' points)', ', ' ORDER BY title)
    FROM pe_activity a JOIN registration_year y ON y.id = a.year_id
    WHERE y.registration_id = $registration AND title LIKE 'Cursus ingevoerd op %'")
say "B took his next activity from the dossier form that A had rendered (answer $answer); the database holds: $stored"
[ "$stored" = "Cursus ingevoerd op A (2 points), Cursus ingevoerd op B (3 points)" ] \
    || fail "the activities were not stored once each"

continued=()
for person in fatima sanne bureau auditor admin; do
    answer=$(get "$person" b "${HOME_PAGE[$person]}" "home-$person.html")
    if [ "$answer" = 200 ] && ! grep -q 'login:password' "$WORK/http/home-$person.html"; then continued+=("$person"); fi
done
say "the other five on B: ${#continued[@]} of 5 sessions continued without signing in again (${continued[*]})"
[ ${#continued[@]} -eq 5 ] || fail "not every session survived the stop of A"

# --- the logs -------------------------------------------------------------------------------------------------------
count() { cat "$WORK/a.log" "$WORK/b.log" | { grep -E -c "$1" || true; }; }
problems=$(count 'PWC2785|AS-WEB-CORE-00355|AS-WEB-CORE-00368|AS-WEB-CORE-00372|AS-WEB-CORE-00395|AS-WEB-HA-|NotSerializableException|Cannot serialize|CSP nonce mismatch')
severe=$(count ' SEVERE ')
say "the logs of A and B: $problems line(s) about a session attribute that could not be (de)serialized, $severe SEVERE"
if [ "$problems" -ne 0 ] || [ "$severe" -ne 0 ]; then
    grep -E -h 'PWC2785|AS-WEB-|NotSerializable|Cannot serialize|CSP nonce| SEVERE ' "$WORK/a.log" "$WORK/b.log" | head -20
    fail "the logs report problems"
fi

say "RESULT: every reminder went out and every due registration lapsed exactly once from two instances running the" \
    "daily work at the same moment, and jan's session outlived its instance; $(($(date +%s) - STARTED)) s in all"
