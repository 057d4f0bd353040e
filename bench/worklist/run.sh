#!/usr/bin/env bash
# The office's worklists over N registrations: the time to open a worklist and to page deep into it, through the JSON
# API (/api/admin/worklists, the same boundary the pages use) and through the portal's page itself (the first page of
# /office/worklist.xhtml, and paging its lazy table by Ajax, as its paginator does).
#
#   bench/worklist/run.sh [N] [runs]          (defaults: 100000 7)
#
# Each figure is the median of RUNS requests after one warm-up, each including its HTTP round trip. The database is
# bench/target/pg-N (made by bench/generator on first use). EXPLAIN=1 adds the plan of the deepest page of the
# dossiers list. Writes bench/target/results/worklist-N.md.
source "$(dirname "$0")/../lib.sh"

N=${1:-100000}
RUNS=${2:-7}

trap 'stop_register; stop_postgres' EXIT
prepare "$N"

# the median time in milliseconds of RUNS requests (after a warm-up) made by the given command
timed() {
    "$@" >/dev/null
    for _ in $(seq 1 "$RUNS"); do "$@"; done | median
}
ms() { awk '{printf "%.0f\n", $1 * 1000}'; }
api_get() { curl -sf -u "admin:$ADMIN_PASSWORD" -o /dev/null -w '%{time_total}\n' "$BASE/api/admin/worklists$1" | ms; }
total() { curl -sf -u "admin:$ADMIN_PASSWORD" "$BASE/api/admin/worklists/$1?size=1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }

log "signing in to the portal"
jar="$WORK/worklist-cookies"; rm -f "$jar"
state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
curl -sf -c "$jar" -b "$jar" "$BASE/login.xhtml" -o "$WORK/login.html"
curl -sf -c "$jar" -b "$jar" -o /dev/null "$BASE/login.xhtml" \
    --data-urlencode "login=login" --data-urlencode "login:username=bench-office" \
    --data-urlencode "login:password=$USER_PASSWORD" --data-urlencode "login:signIn=Inloggen" \
    --data-urlencode "jakarta.faces.ViewState=$(state "$WORK/login.html")"

page_open() { curl -sf -b "$jar" -o /dev/null -w '%{time_total}\n' "$BASE/office/worklist.xhtml?list=$1" | ms; }
# pages the lazy table of an open worklist page by Ajax, as the paginator does
ajax_page() {
    curl -sf -b "$jar" -o "$WORK/ajax.xml" -w '%{time_total}\n' "$BASE/office/worklist.xhtml?list=$1" \
        -H "Faces-Request: partial/ajax" -H "X-Requested-With: XMLHttpRequest" \
        --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=work:table" \
        --data-urlencode "jakarta.faces.partial.execute=work:table" \
        --data-urlencode "jakarta.faces.partial.render=work:table" \
        --data-urlencode "work:table_pagination=true" --data-urlencode "work:table_first=$2" \
        --data-urlencode "work:table_rows=25" --data-urlencode "work:table_skipChildren=true" \
        --data-urlencode "work:table_encodeFeature=true" --data-urlencode "work=work" \
        --data-urlencode "jakarta.faces.ViewState=$3" | ms
}

out=$(results_file worklist "$N")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
{
    echo "| worklist | rows | API first page (ms) | API page at 90 % (ms, row) | page opens (ms) | Ajax page at 90 % (ms) | load |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
} > "$out"
for list in DOSSIERS DEADLINES_MISSED ABOUT_TO_LAPSE PORTFOLIOS AUDIT_TO_PLAN AUDITS_HELD FAILED_REMINDERS REGISTRATIONS; do
    rows=$(total "$list")
    deep=$(( rows > 50 ? (rows * 9 / 10) / 25 * 25 : 0 ))
    first_ms=$(timed api_get "/$list?first=0&size=25")
    deep_ms=$(timed api_get "/$list?first=$deep&size=25")
    if [ "$list" = REGISTRATIONS ]; then
        open_ms="–"; ajax_ms="–"
    else
        open_ms=$(timed page_open "$list")
        curl -sf -b "$jar" -o "$WORK/page.html" "$BASE/office/worklist.xhtml?list=$list"
        ajax_ms=$(timed ajax_page "$list" "$deep" "$(state "$WORK/page.html")")
        if [ "$rows" -gt 0 ] && ! grep -q "<tr" "$WORK/ajax.xml"; then
            log "the Ajax page of $list has no rows"; cat "$WORK/ajax.xml" >&2; exit 1
        fi
    fi
    echo "| $list | $rows | $first_ms | $deep_ms ($deep) | $open_ms | $ajax_ms | $(load) |" >> "$out"
    log "$list: $rows rows, first page $first_ms ms, page at row $deep $deep_ms ms, page $open_ms ms, Ajax $ajax_ms ms"
done
name_desc=$(timed api_get "/REGISTRATIONS?first=$(( N * 9 / 10 ))&size=25&sort=name&order=desc")
by_name=$(timed api_get "/REGISTRATIONS?first=0&size=25&query=jansen")
counts=$(timed api_get "")
{
    echo
    echo "- all registrations sorted by name (descending), page at row $(( N * 9 / 10 )): $name_desc ms"
    echo "- all registrations whose name or number contains \"jansen\", first page: $by_name ms"
    echo "- the dashboard's counts of the office worklists, in one request: $counts ms"
    echo
    echo "$N registrations; median of $RUNS requests after one warm-up, each including its HTTP round trip."
    echo "$(machine); load average at the start $load_before."
} >> "$out"
cat "$out"
if [ -n "${EXPLAIN:-}" ]; then
    "${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT y.id FROM registration_year y JOIN registration r ON r.id = y.registration_id
        WHERE y.dossier_status = 'SUBMITTED' AND r.status = 'ACTIVE' ORDER BY y.submitted_at, y.id LIMIT 25 OFFSET $(( N / 10 ))"
fi
