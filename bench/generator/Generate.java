import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Fills a register's database (PostgreSQL or H2, schema made by the application's migrations) with N registrants in
 * a realistic mix, in bulk through JDBC batches: levels C/B/A 50/35/15 %, statuses active/lapsed/withdrawn/struck off
 * 85/9/4/2 %, one to three registration years each with about five PE activities a year, dossiers in every stage
 * (open and partly built, submitted on time or late, returned, approved with the next year opened), questionnaires
 * and portfolios for B and A, peer-review meetings with enrolments, certificates, and a login per registrant
 * (username reg<i>, password "bench-wachtwoord"). For the office's worklists besides: applications from one in twenty
 * of the registrants (three in five waiting for an audit to be planned, the others with an audit planned, half of
 * them held), an auditor ("bench-auditor") and an office account ("bench-office"), both with the same password, and
 * one failed reminder for one in two hundred registrations.
 *
 * <p>One generator for every benchmark and both databases: plain JDBC batches (on PostgreSQL rewritten into multi-row
 * inserts by the driver), so the same rows go into H2 and PostgreSQL. Deterministic for a given seed and size.
 *
 * <pre>java -cp postgresql.jar:h2.jar Generate.java --url jdbc:postgresql://localhost/registry --user registry
 *     --password registry --registrants 100000 --today 2026-06-15</pre>
 */
public class Generate {

    static final String PASSWORD = "bench-wachtwoord";
    static final String[] FIRST = {"Jan", "Anna", "Pieter", "Fatima", "Sanne", "Mohamed", "Lotte", "Kees", "Eva",
            "Daan", "Sophie", "Lucas", "Emma", "Noah", "Julia", "Sem", "Lisa", "Milan", "Yara", "Bram", "Iris",
            "Thijs", "Noor", "Ruben", "Fleur", "Ahmet", "Marieke", "Joost", "Esther", "Willem"};
    static final String[] LAST = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
            "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "El Amrani",
            "Yilmaz", "Kok", "Jacobs", "Vermeulen"};
    static final String[] TOWNS = {"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere",
            "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zwolle", "Leiden",
            "Maastricht", "Dordrecht", "Delft", "Venlo"};

    final Connection db;
    final Random random;
    final LocalDate today;
    final Instant now;
    final boolean postgres;
    final Map<String, Long> next = new HashMap<>();
    final Map<String, Batch> batches = new HashMap<>();
    long registerId;
    long currentYearId;
    List<long[]> meetings = new ArrayList<>();
    /** registrant id and level of the registrants without an active registration: the applicants */
    final List<Object[]> applicants = new ArrayList<>();
    long rows;

    Generate(Connection db, long seed, LocalDate today) throws SQLException {
        this.db = db;
        this.random = new Random(seed);
        this.today = today;
        this.now = today.atTime(9, 0).toInstant(ZoneOffset.UTC);
        this.postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = options.getOrDefault("url", "jdbc:postgresql://localhost:5432/registry");
        int registrants = Integer.parseInt(options.getOrDefault("registrants", "100000"));
        LocalDate today = LocalDate.parse(options.getOrDefault("today", LocalDate.now().toString()));
        long started = System.nanoTime();
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", options.getOrDefault("user", "registry"));
        properties.setProperty("password", options.getOrDefault("password", "registry"));
        // PostgreSQL's driver sends a batch as multi-row INSERTs: several times faster than one statement a row
        properties.setProperty("reWriteBatchedInserts", "true");
        try (Connection db = DriverManager.getConnection(url, properties)) {
            db.setAutoCommit(false);
            Generate generate = new Generate(db, Long.parseLong(options.getOrDefault("seed", "42")), today);
            generate.run(registrants);
        }
        System.out.printf("generated %d registrants in %.1f s%n", registrants, (System.nanoTime() - started) / 1e9);
    }

    void run(int registrants) throws Exception {
        registerId = single("SELECT id FROM register WHERE code = 'AMB'");
        for (String sequence : List.of("registrant", "account", "registration", "status_change", "registration_year",
                "pe_activity", "portfolio_activity", "peer_review_meeting", "certificate", "document", "application",
                "reminder")) {
            next.put(sequence, single("SELECT COALESCE(MAX(id), 0) FROM " + sequence) + 1000);
        }
        next.put("registration_number", single("SELECT COALESCE(MAX(CAST(SUBSTRING(registration_number, 5) AS BIGINT)), 0)"
                + " FROM registration") + 1);
        next.put("certificate_number", single("SELECT COUNT(*) FROM certificate") + 1);
        String hash = hash(PASSWORD);
        meetings();
        for (int i = 1; i <= registrants; i++) {
            registrant(i, hash);
            if (i % 5000 == 0) {
                flush();
                db.commit();
                System.out.printf("  %d registrants, %d rows%n", i, rows);
            }
        }
        flush();
        db.commit();
        office(hash, registrants);
        flush();
        db.commit();
        for (Map.Entry<String, Long> sequence : next.entrySet()) {
            String name = sequence.getKey() + "_seq";
            long value = sequence.getKey().endsWith("_number") || sequence.getKey().equals("reminder")
                    ? sequence.getValue()
                    : (sequence.getValue() / 50 + 2) * 50;
            try (Statement statement = db.createStatement()) {
                statement.execute("ALTER SEQUENCE " + name + " RESTART WITH " + value);
            }
        }
        db.commit();
        if (postgres) {
            try (Statement statement = db.createStatement()) {
                db.setAutoCommit(true);
                statement.execute("ANALYZE");
            }
        }
    }

    void registrant(int i, String hash) throws SQLException {
        String first = pick(FIRST);
        String last = pick(LAST);
        String town = pick(TOWNS);
        long registrant = id("registrant");
        insert("registrant", "id, version, first_name, last_name, search_name, email, employer, job_title, language,"
                        + " employer_public, created_at", registrant, 0, first, last,
                (first + " " + last).toLowerCase(), "reg" + i + "@gemeente-" + town.toLowerCase() + ".example",
                "Gemeente " + town, "Accountmanager bedrijven", random.nextInt(10) == 0 ? "EN" : "NL",
                random.nextInt(5) == 0, time(now));
        long account = id("account");
        insert("account", "id, version, username, password_hash, registrant_id, enabled, created_at,"
                + " password_changed_at", account, 0, "reg" + i, hash, registrant, true, time(now), time(now));
        insert("account_role", "account_id, role", account, "REGISTRANT");

        int roll = random.nextInt(100);
        String level = roll < 50 ? "C" : roll < 85 ? "B" : "A";
        int statusRoll = random.nextInt(100);
        String status = statusRoll < 85 ? "ACTIVE" : statusRoll < 94 ? "LAPSED" : statusRoll < 98 ? "WITHDRAWN"
                : "STRUCK_OFF";
        // the first admission: up to three years ago; a lapsed registration's last year has ended
        LocalDate start = today.minusDays(1 + random.nextInt(3 * 365));
        if (status.equals("LAPSED") && !start.plusYears(1).isBefore(today)) {
            start = start.minusYears(1);
        }
        long registration = id("registration");
        String number = String.format("AMB-%06d", next.merge("registration_number", 1L, Long::sum) - 1);
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate year = start; !year.isAfter(today); year = year.plusYears(1)) {
            starts.add(year);
        }
        if (status.equals("LAPSED")) {
            starts.remove(starts.size() - 1);
        }
        LocalDate lastStart = starts.get(starts.size() - 1);
        boolean approvedEarly = status.equals("ACTIVE") && random.nextInt(100) < 20
                && lastStart.plusYears(1).minusMonths(2).isBefore(today.plusDays(1));
        LocalDate validUntil = lastStart.plusYears(approvedEarly ? 2 : 1);
        insert("registration", "id, version, registration_number, registrant_id, register_id, level, status,"
                + " start_date, valid_until, course_completed_on", registration, 1, number, registrant, registerId,
                level, status, date(start), date(validUntil), null);
        history(registration, "ADMITTED", null, "ACTIVE", level, start, "auditor");

        for (int y = 0; y < starts.size(); y++) {
            LocalDate yearStart = starts.get(y);
            boolean current = y == starts.size() - 1;
            String stage;
            if (!current) {
                stage = "APPROVED";
            } else if (status.equals("LAPSED")) {
                stage = random.nextBoolean() ? "OPEN" : "REFUSED";
            } else if (approvedEarly) {
                stage = "APPROVED";
            } else {
                int s = random.nextInt(100);
                stage = s < 70 ? "OPEN" : s < 93 ? "SUBMITTED" : "RETURNED";
            }
            year(registration, level, yearStart, stage, current);
            if (stage.equals("APPROVED")) {
                history(registration, "RENEWED", "ACTIVE", "ACTIVE", level, yearStart.plusYears(1).minusMonths(1),
                        "bureau");
            }
        }
        if (approvedEarly) {
            year(registration, level, lastStart.plusYears(1), "OPEN", false);
        }
        if (!status.equals("ACTIVE")) {
            applicants.add(new Object[] {registrant, level});
        } else if (i % 200 == 0) {
            failedReminder(registration, "reg" + i + "@gemeente-" + town.toLowerCase() + ".example", lastStart);
        }
        switch (status) {
            case "LAPSED" -> history(registration, "LAPSED", "ACTIVE", "LAPSED", level,
                    lastStart.plusYears(1).plusDays(1), "system");
            case "WITHDRAWN" -> history(registration, "WITHDRAWN", "ACTIVE", "WITHDRAWN", level,
                    today.minusDays(random.nextInt(60) + 1), "reg" + i);
            case "STRUCK_OFF" -> history(registration, "STRUCK_OFF", "ACTIVE", "STRUCK_OFF", level,
                    today.minusDays(random.nextInt(60) + 1), "bureau");
            default -> {
            }
        }
        LocalDate issued = level.equals("C") ? lastStart : start.plusYears(((lastStart.getYear() - start.getYear()) / 2) * 2L);
        int validity = level.equals("C") ? 12 : 24;
        insert("certificate", "id, version, registration_id, certificate_number, verification_code, level,"
                        + " issue_date, expiry_date, issued_at, superseded_on", id("certificate"), 0, registration,
                String.format("AMB-%d-%06d", issued.getYear(), next.merge("certificate_number", 1L, Long::sum) - 1),
                code(), level, date(issued), date(issued.plusMonths(validity)), time(now), null);
    }

    void year(long registration, String level, LocalDate start, String stage, boolean current) throws SQLException {
        LocalDate renewal = start.plusYears(1);
        LocalDate deadline = renewal.minusMonths(2);
        boolean submitted = !stage.equals("OPEN");
        boolean late = submitted && random.nextInt(100) < 8;
        LocalDate submittedOn = late ? deadline.plusDays(1 + random.nextInt(20)) : deadline.minusDays(random.nextInt(60));
        if (submittedOn.isAfter(today)) {
            submittedOn = today;
        }
        long year = id("registration_year");
        if (current) {
            currentYearId = year;
        }
        boolean bOrA = !level.equals("C");
        Long meeting = null;
        boolean attended = false;
        if (bOrA && (submitted || random.nextBoolean())) {
            long[] candidate = meetings.get(random.nextInt(meetings.size()));
            LocalDate meetingDate = LocalDate.ofEpochDay(candidate[1]);
            if (!meetingDate.isBefore(start) && meetingDate.isBefore(renewal)) {
                meeting = candidate[0];
                attended = submitted && !meetingDate.isAfter(today);
            }
        }
        insert("registration_year", "id, version, registration_id, start_date, renewal_date, submission_deadline,"
                        + " level, pe_exempt, dossier_status, submitted_at, submitted_by, late, decision_reason,"
                        + " decided_at, decided_by, declaration_employer, declaration_job_title, declaration_in_function,"
                        + " declaration_signed_at, declaration_signed_by, meeting_id, enrolled_at, attended, presented,"
                        + " attendance_recorded_at, attendance_recorded_by",
                year, 1, registration, date(start), date(renewal), date(deadline), level, false, stage,
                submitted ? time(submittedOn) : null, submitted ? "registrant" : null, submitted ? late : null,
                stage.equals("RETURNED") || stage.equals("REFUSED") ? "Bewijsstukken onvolledig" : null,
                stage.equals("APPROVED") || stage.equals("RETURNED") || stage.equals("REFUSED")
                        ? time(submittedOn.plusDays(10).isAfter(today) ? today : submittedOn.plusDays(10)) : null,
                stage.equals("OPEN") || stage.equals("SUBMITTED") ? null : "bureau",
                submitted || random.nextBoolean() ? "Gemeente" : null, submitted ? "Accountmanager" : null,
                submitted ? Boolean.TRUE : null, submitted ? time(submittedOn) : null, submitted ? "registrant" : null,
                meeting, meeting == null ? null : time(start.plusMonths(1)), attended, attended,
                attended ? time(LocalDate.ofEpochDay(meetingLookup(meeting))) : null, attended ? "bureau" : null);
        // about five activities a year; an open year is built up to as far as it has run
        long daysRun = Math.min(365, Math.max(0, today.toEpochDay() - start.toEpochDay()));
        int activities = submitted ? 4 + random.nextInt(3) : (int) Math.round(5.0 * daysRun / 365 * random.nextDouble());
        for (int a = 0; a < activities; a++) {
            LocalDate on = start.plusDays(random.nextInt((int) Math.max(1, Math.min(daysRun, 364))));
            boolean network = random.nextInt(100) < 30;
            insert("pe_activity", "id, version, year_id, activity_date, title, provider, points, category,"
                            + " evidence_id, created_at, created_by", id("pe_activity"), 0, year, date(on),
                    network ? "Netwerkbijeenkomst ondernemers" : "Cursus vergunningverlening",
                    network ? "Kamer van Koophandel" : "VNG Academie", 2 + random.nextInt(6),
                    network ? "NETWORK" : "TRAINING", submitted || random.nextInt(10) > 0 ? document("PE_EVIDENCE", "bewijs-" + a + ".pdf", on) : null,
                    time(on), "registrant");
        }
        if (bOrA) {
            if (submitted || random.nextInt(100) < 60) {
                for (String code : List.of("JOB_CHANGES", "MAIN_FOCUS", "KEY_RESULT", "DEVELOPMENT_WISH")) {
                    insert("questionnaire_answer", "year_id, question_code, answer", year, code,
                            "Antwoord op " + code.toLowerCase());
                }
            }
            int p = random.nextInt(100);
            if (submitted || p < 80) {
                String status = submitted || p < 55 ? "APPROVED" : "PROPOSED";
                insert("portfolio_activity", "id, version, year_id, title, description, local_level, status,"
                                + " proposed_at, proposed_by, decided_at, decided_by, rejection_reason, report_id",
                        id("portfolio_activity"), 0, year, "Samenwerking met de ondernemersvereniging",
                        "Een plan met de lokale ondernemers.", true, status, time(start.plusDays(7)), "registrant",
                        status.equals("APPROVED") ? time(start.plusDays(21)) : null,
                        status.equals("APPROVED") ? "auditor" : null, null, submitted ? document("PRACTICE_REPORT", "praktijkverslag.pdf", start.plusMonths(9)) : null);
            }
        }
    }

    /** A reminder the mail server would not take: the office's list of failed reminders. */
    void failedReminder(long registration, String recipient, LocalDate yearStart) throws SQLException {
        insert("reminder", "id, version, registration_id, year_id, year_start, kind, recipient, copy_to, status,"
                        + " due_on, queued_at, attempts, next_attempt_at, sent_at, last_error", id("reminder"), 5,
                registration, currentYearId, date(yearStart), "DOSSIER_DUE", recipient, null,
                "FAILED", date(yearStart.plusMonths(10)), time(now), 5, time(now), null,
                "550 5.1.1 mailbox unavailable");
    }

    /**
     * The office's side: an office account and an auditor, and applications from one in twenty registrants (those
     * without an active registration): three in five waiting for an audit to be planned, the rest with an audit
     * planned, half of them already held.
     */
    void office(String hash, int registrants) throws SQLException {
        long officeAccount = id("account");
        insert("account", "id, version, username, password_hash, registrant_id, enabled, created_at,"
                + " password_changed_at", officeAccount, 0, "bench-office", hash, null, true, time(now), time(now));
        insert("account_role", "account_id, role", officeAccount, "OFFICE");
        long auditor = id("account");
        insert("account", "id, version, username, password_hash, registrant_id, enabled, created_at,"
                + " password_changed_at", auditor, 0, "bench-auditor", hash, null, true, time(now), time(now));
        insert("account_role", "account_id, role", auditor, "AUDITOR");
        int applications = Math.min(applicants.size(), registrants / 20);
        for (int a = 0; a < applications; a++) {
            Object[] applicant = applicants.get(a);
            String level = (String) applicant[1];
            boolean planned = a % 5 >= 3;
            insert("application", "id, version, registrant_id, register_id, requested_level, route,"
                            + " experience_years, work_level, function_level, status, applied_at, applied_by,"
                            + " audit_date, auditor_id", id("application"), 0, applicant[0], registerId, level,
                    "ENTRY_AUDIT", new java.math.BigDecimal(level.equals("C") ? 1 : level.equals("B") ? 4 : 8),
                    level.equals("C") ? "MBO_PLUS" : level.equals("B") ? "HBO_PLUS" : "WO_PLUS", level,
                    planned ? "AUDIT_PLANNED" : "APPLIED", time(today.minusDays(a % 90)), "registrant",
                    planned ? date(today.minusDays(30).plusDays(a % 60)) : null, planned ? auditor : null);
        }
    }

    long meetingLookup(Long id) {
        for (long[] meeting : meetings) {
            if (meeting[0] == id) {
                return meeting[1];
            }
        }
        return today.toEpochDay();
    }

    void history(long registration, String kind, String from, String to, String level, LocalDate on, String by)
            throws SQLException {
        insert("status_change", "id, registration_id, kind, from_status, to_status, level, changed_at, changed_by,"
                + " reason", id("status_change"), registration, kind, from, to, level, time(on), by, null);
    }

    static final byte[] PDF = "%PDF-1.4\n% bewijs van deelname\n%%EOF\n".getBytes();

    /** A file of its own, as every upload is: evidence of one activity, or a practice report. */
    long document(String kind, String filename, LocalDate uploaded) throws SQLException {
        long id = id("document");
        insert("document", "id, kind, filename, file_type, size_bytes, sha256, uploaded_at, uploaded_by", id,
                kind, filename, "PDF", PDF.length, "0".repeat(64), time(uploaded), "registrant");
        insert("document_content", "document_id, content", id, PDF);
        return id;
    }

    void meetings() throws SQLException {
        for (LocalDate day = today.minusYears(3).withDayOfMonth(10); day.isBefore(today.plusYears(1));
             day = day.plusWeeks(1)) {
            long id = id("peer_review_meeting");
            insert("peer_review_meeting", "id, version, register_id, meeting_date, location, created_at, created_by",
                    id, 0, registerId, date(day), pick(TOWNS) + ", Stadhuis", time(now), "bureau");
            meetings.add(new long[] {id, day.toEpochDay()});
        }
        flush();
    }

    long id(String sequence) {
        return next.merge(sequence, 1L, Long::sum) - 1;
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    String code() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        StringBuilder code = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            code.append(alphabet.charAt(random.nextInt(32)));
        }
        return code.toString();
    }

    static java.sql.Date date(LocalDate date) {
        return java.sql.Date.valueOf(date);
    }

    static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime time(LocalDate day) {
        return day.atTime(10, 0).atOffset(ZoneOffset.UTC);
    }

    long single(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A row into the table's batch; batches go to the database in thousands, parents before children. */
    void insert(String table, String columns, Object... values) throws SQLException {
        Batch batch = batches.computeIfAbsent(table, t -> new Batch(t, columns, values.length));
        batch.add(values);
        rows++;
    }

    static final List<String> ORDER = List.of("document", "document_content", "peer_review_meeting", "registrant",
            "account", "account_role", "registration", "status_change", "registration_year", "pe_activity",
            "questionnaire_answer", "portfolio_activity", "certificate", "reminder", "application");

    void flush() throws SQLException {
        for (String table : ORDER) {
            Batch batch = batches.get(table);
            if (batch != null) {
                batch.flush();
            }
        }
    }

    final class Batch {
        final String sql;
        final List<Object[]> pending = new ArrayList<>();

        Batch(String table, String columns, int count) {
            this.sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(count - 1) + "?)";
        }

        void add(Object[] values) {
            pending.add(values);
        }

        void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (Object[] values : pending) {
                    for (int i = 0; i < values.length; i++) {
                        statement.setObject(i + 1, values[i]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            pending.clear();
        }
    }

    /** The same format as the application's Pbkdf2PasswordHash: algorithm:iterations:salt:hash, Base64. */
    static String hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 210_000, 64 * 8);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        return "PBKDF2WithHmacSHA512:210000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }
}
