package nl.beroepsregister.journey;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The register's JSON API as the integration tests use it: a client per login, and the steps of the journeys
 * (create people, apply, plan, decide, build a dossier) written once. Every step asserts its status code, so a
 * journey stops at the first step that does not behave as the contract says.
 */
public final class Api {

    public static final String ADMIN_PASSWORD = "it-admin-secret";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final String base;

    public Api(URL deployment) {
        String url = deployment.toExternalForm();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public record Login(String username, String password) {
    }

    public record Person(long id, Login login) {
    }

    public String base() {
        return base;
    }

    public Login admin() {
        return new Login("admin", ADMIN_PASSWORD);
    }

    public RequestSpecification as(Login login) {
        return given().baseUri(base).basePath("/api")
                .auth().preemptive().basic(login.username(), login.password())
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public RequestSpecification anonymous() {
        return given().baseUri(base).basePath("/api").contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + SERIAL.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    // --- people ---

    public Login staff(String role) {
        Login login = new Login(unique(role.toLowerCase()), "secret-" + UUID.randomUUID());
        as(admin()).body(Map.of("username", login.username(), "password", login.password(), "roles", List.of(role)))
                .post("/accounts").then().statusCode(201);
        return login;
    }

    public Person registrant(Login office, String firstName, String lastName) {
        return registrant(office, firstName, lastName, "nl");
    }

    /** A registrant whose e-mail address is {@code <username>@gemeente.example}. */
    public Person registrant(Login office, String firstName, String lastName, String language) {
        Login login = new Login(unique(firstName.toLowerCase()), "secret-" + UUID.randomUUID());
        long id = as(office).body(Map.of("firstName", firstName, "lastName", lastName,
                        "email", email(login), "employer", "Gemeente Voorbeeld",
                        "jobTitle", "Accountmanager bedrijven", "username", login.username(),
                        "password", login.password(), "language", language))
                .post("/registrants").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Person(id, login);
    }

    public static String email(Login login) {
        return login.username() + "@gemeente.example";
    }

    // --- time ---

    public void clock(String date) {
        as(admin()).body(Map.of("instant", date + "T09:00:00Z")).put("/admin/clock").then().statusCode(200);
    }

    public JsonPath dailyRun(Login office) {
        return as(office).post("/admin/daily-run").then().statusCode(200).extract().jsonPath();
    }

    // --- admission ---

    public long apply(Person who, String level, String route, Object experienceYears, String workLevel,
                      String functionLevel, String courseCompletedOn) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("registrantId", who.id(), "register", "AMB",
                "requestedLevel", level, "route", route, "experienceYears", experienceYears,
                "workLevel", workLevel, "functionLevel", functionLevel));
        if (courseCompletedOn != null) {
            body.put("courseCompletedOn", courseCompletedOn);
        }
        return as(who.login()).body(body).post("/applications").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public void planAudit(Login office, long applicationId, String date, Login auditor) {
        as(office).body(Map.of("date", date, "auditor", auditor.username()))
                .post("/applications/" + applicationId + "/audit").then().statusCode(200);
    }

    public Response decide(Login decider, long applicationId, Map<String, Object> decision) {
        return as(decider).body(decision).post("/applications/" + applicationId + "/decision");
    }

    /** Passes the application and returns the registration's id. */
    public long pass(Login decider, long applicationId, String level, String startDate) {
        return decide(decider, applicationId, startDate == null ? Map.of("passed", true, "level", level)
                : Map.of("passed", true, "level", level, "startDate", startDate))
                .then().statusCode(200).extract().jsonPath().getLong("registrationId");
    }

    /** A registrant admitted at a level by entry audit, on the given day (the clock is moved there). */
    public Admitted admitted(Login office, Login auditor, String level, String onDay) {
        return admitted(office, auditor, level, onDay, "nl");
    }

    public Admitted admitted(Login office, Login auditor, String level, String onDay, String language) {
        clock(onDay);
        Person person = registrant(office, "Anna", unique("Admitted"), language);
        String workLevel = switch (level) {
            case "A" -> "WO_PLUS";
            case "B" -> "HBO_PLUS";
            default -> "MBO_PLUS";
        };
        int years = switch (level) {
            case "A" -> 8;
            case "B" -> 4;
            default -> 1;
        };
        long application = apply(person, level, "ENTRY_AUDIT", years, workLevel, level, null);
        planAudit(office, application, onDay, auditor);
        long registration = pass(auditor, application, level, onDay);
        return new Admitted(person, registration);
    }

    public record Admitted(Person person, long registrationId) {
    }

    // --- the dossier ---

    public JsonPath registration(Login login, long registrationId) {
        return as(login).get("/registrations/" + registrationId).then().statusCode(200).extract().jsonPath();
    }

    public JsonPath renewal(Login login, long registrationId) {
        return as(login).get("/registrations/" + registrationId + "/renewal").then().statusCode(200)
                .extract().jsonPath();
    }

    public long peActivity(Login login, long registrationId, String date, int points, String category) {
        return as(login).body(Map.of("date", date, "title", "Activiteit " + points, "provider", "VNG Academie",
                        "points", points, "category", category))
                .post("/registrations/" + registrationId + "/pe-activities").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static final byte[] PDF = "%PDF-1.7\n% certificate of attendance\n%%EOF\n".getBytes();

    /** A file the register takes for a PDF (by its first bytes), of the given size. */
    public static byte[] pdf(int size) {
        byte[] content = new byte[size];
        java.util.Arrays.fill(content, (byte) ' ');
        byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    public Response upload(Login login, String path, byte[] content, String contentType, String filename) {
        return given().baseUri(base).basePath("/api")
                .auth().preemptive().basic(login.username(), login.password())
                .contentType(contentType)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .body(content)
                .put(path);
    }

    public void evidence(Login login, long activityId) {
        upload(login, "/pe-activities/" + activityId + "/evidence", PDF, "application/pdf", "bewijs.pdf")
                .then().statusCode(204);
    }

    /** A PE activity with its evidence. */
    public long provenActivity(Login login, long registrationId, String date, int points, String category) {
        long id = peActivity(login, registrationId, date, points, category);
        evidence(login, id);
        return id;
    }

    public void declare(Login login, long registrationId) {
        as(login).body(Map.of("employer", "Gemeente Voorbeeld", "jobTitle", "Accountmanager bedrijven",
                "stillInFunction", true)).put("/registrations/" + registrationId + "/declaration")
                .then().statusCode(200);
    }

    public void answerAll(Login login, long registrationId) {
        as(login).body(Map.of("answers", Map.of(
                        "JOB_CHANGES", "Geen wijzigingen.",
                        "MAIN_FOCUS", "Bedrijventerreinen.",
                        "KEY_RESULT", "Ondernemersloket vernieuwd.",
                        "DEVELOPMENT_WISH", "Onderhandelen.")))
                .put("/registrations/" + registrationId + "/questionnaire").then().statusCode(200);
    }

    public long propose(Login login, long registrationId, boolean localLevel) {
        return as(login).body(Map.of("title", "Samenwerking ondernemersvereniging",
                        "description", "Een gezamenlijk plan met de lokale ondernemersvereniging.",
                        "localLevel", localLevel))
                .post("/registrations/" + registrationId + "/portfolio").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public Response judgePortfolio(Login judge, long portfolioId, boolean approved, String reason) {
        Map<String, Object> body = reason == null ? Map.of("approved", approved)
                : Map.of("approved", approved, "reason", reason);
        return as(judge).body(body).post("/portfolio/" + portfolioId + "/decision");
    }

    public long meeting(Login office, String date) {
        return as(office).body(Map.of("date", date, "location", "Utrecht, Stadskantoor"))
                .post("/meetings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public Response enrol(Login office, long meetingId, long registrationId) {
        return as(office).body(Map.of("registrationId", registrationId))
                .post("/meetings/" + meetingId + "/enrolments");
    }

    public Response attendance(Login office, long meetingId, long registrationId, boolean presented) {
        return as(office).body(Map.of("registrationId", registrationId, "presented", presented))
                .post("/meetings/" + meetingId + "/attendance");
    }

    public Response report(Login login, long portfolioId) {
        return upload(login, "/portfolio/" + portfolioId + "/report", PDF, "application/pdf", "praktijkverslag.pdf");
    }

    public Response submit(Login login, long registrationId) {
        return as(login).post("/registrations/" + registrationId + "/submission");
    }

    public Response renewalDecision(Login office, long registrationId, Map<String, Object> decision) {
        return as(office).body(decision).post("/registrations/" + registrationId + "/renewal-decision");
    }

    public List<Map<String, Object>> certificates(Login login, long registrationId) {
        return as(login).get("/registrations/" + registrationId + "/certificates").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}
