#!/usr/bin/env bash
# Fault test: the register killed (kill -9) in the middle of dossier submissions and 10 MB uploads.
# After each restart it checks, in the database, that nothing is half-stored: no document without its content or
# without anything that refers to it, no content without its document, every submitted dossier with its submission
# time, and the dossiers' versions consistent; and that every upload and submission the register answered as done is
# there (the embedded H2 writes each commit at once: WRITE_DELAY=0, as in the register's default URL). Prints what it tried and what it found; exits 1 on any inconsistency.
#
#   faults/kill-during-writes.sh [rounds]        (default 5)
source "$(dirname "$0")/lib.sh"

ROUNDS=${1:-5}
DATA="$WORK/kill-data"
rm -rf "$DATA"
URL="jdbc:h2:file:$DATA/registry;WRITE_DELAY=0;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
trap 'stop_register' EXIT

start_register "$URL"
prepare_registrants 8
say "prepared 8 registrants with open dossiers"

head -c $((10 * 1024 * 1024 - 100)) /dev/urandom > "$WORK/big.bin"
{ printf '%%PDF-1.4\n'; cat "$WORK/big.bin"; } > "$WORK/big.pdf"

problems=0
for round in $(seq 1 "$ROUNDS"); do
    # several writers at once: uploads of 10 MB and dossier submissions
    pids=()
    rm -f "$WORK"/done.* "$WORK"/status.* "$WORK"/answer.*
    for i in $(seq 1 8); do
        activity=$(cat "$WORK/activity.$i")
        registration=$(cat "$WORK/registration.$i")
        ( curl -s -o "$WORK/answer.upload.$i" -w '%{http_code}' -u "$(cat "$WORK/login.$i")" -X PUT \
              -H 'Content-Type: application/pdf' -H 'Content-Disposition: attachment; filename="bewijs.pdf"' \
              --data-binary @"$WORK/big.pdf" "$BASE/api/pe-activities/$activity/evidence" > "$WORK/status.upload.$i" \
              && mv "$WORK/status.upload.$i" "$WORK/done.upload.$i" ;
          curl -s -o "$WORK/answer.submission.$i" -w '%{http_code}' -u "$(cat "$WORK/login.$i")" -X POST \
              "$BASE/api/registrations/$registration/submission" > "$WORK/status.submission.$i" \
              && mv "$WORK/status.submission.$i" "$WORK/done.submission.$i"
        ) &
        pids+=($!)
    done
    # in the middle: once the first upload has been answered (so some writes are done and others under way), after a
    # random further 0 to 0.6 s
    started=$(date +%s.%N)
    for _ in $(seq 1 600); do
        compgen -G "$WORK/done.upload.*" >/dev/null && break
        sleep 0.05
    done
    sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", (r % 61) / 100 }')"
    kill -9 "$REGISTER_PID"
    delay=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
    answered=$(compgen -G "$WORK/done.*" | wc -l)
    statuses=$(for f in "$WORK"/done.*; do cat "$f"; echo; done 2>/dev/null | sort | uniq -c | awk '{ printf "%s%s× %s", sep, $1, $2; sep = ", " }')
    wait "$REGISTER_PID" 2>/dev/null || true
    REGISTER_PID=
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    say "round $round: killed the register with kill -9 after ${delay}s of concurrent uploads and submissions, with $answered of 16 requests answered (${statuses:-none})"

    report=$(h2_query "$URL" "
        SELECT 'documents without content', COUNT(*) FROM document d
            WHERE NOT EXISTS (SELECT 1 FROM document_content c WHERE c.document_id = d.id)
        UNION ALL SELECT 'content without document', COUNT(*) FROM document_content c
            WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.id = c.document_id)
        UNION ALL SELECT 'documents nothing refers to', COUNT(*) FROM document d
            WHERE NOT EXISTS (SELECT 1 FROM pe_activity a WHERE a.evidence_id = d.id)
              AND NOT EXISTS (SELECT 1 FROM portfolio_activity p WHERE p.report_id = d.id)
              AND NOT EXISTS (SELECT 1 FROM application_document x WHERE x.document_id = d.id)
        UNION ALL SELECT 'submitted dossiers without submission time', COUNT(*) FROM registration_year
            WHERE dossier_status = 'SUBMITTED' AND (submitted_at IS NULL OR late IS NULL)
        UNION ALL SELECT 'evidence of the wrong size', COUNT(*) FROM document d JOIN document_content c
            ON c.document_id = d.id WHERE d.size_bytes <> OCTET_LENGTH(c.content)")
    while IFS='|' read -r what count; do
        [ -z "$what" ] && continue
        if [ "$count" != 0 ]; then problems=$((problems + 1)); say "  FOUND $count $what"; else say "  none: $what"; fi
    done <<<"$report"
    # what the register answered as done must be there after the restart
    for i in $(seq 1 8); do
        if [ "$(cat "$WORK/done.upload.$i" 2>/dev/null)" = 204 ] && [ "$(h2_query "$URL" "SELECT COUNT(*) FROM pe_activity
                WHERE id = $(cat "$WORK/activity.$i") AND evidence_id IS NOT NULL")" != 1 ]; then
            problems=$((problems + 1)); say "  FOUND an upload answered 204 whose evidence is gone (registrant $i)"
        fi
        if [ "$(cat "$WORK/done.submission.$i" 2>/dev/null)" = 200 ] && [ "$(h2_query "$URL" "SELECT COUNT(*)
                FROM registration_year WHERE registration_id = $(cat "$WORK/registration.$i")
                AND dossier_status = 'SUBMITTED'")" = 0 ]; then
            problems=$((problems + 1)); say "  FOUND a submission answered 200 that is gone (registrant $i)"
        fi
    done
    stored=$(h2_query "$URL" "SELECT COUNT(*) FROM document")
    submitted=$(h2_query "$URL" "SELECT COUNT(*) FROM registration_year WHERE dossier_status = 'SUBMITTED'")
    say "  after the restart: $stored evidence documents stored whole, $submitted dossiers submitted"
    start_register "$URL"
done

if [ "$problems" -ne 0 ]; then
    say "RESULT: $problems inconsistencies found"
    exit 1
fi
say "RESULT: after $ROUNDS kills in the middle of uploads and submissions nothing was half-stored"
