package nl.beroepsregister.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import jakarta.servlet.annotation.WebServlet;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beroepsregister.journey.Api;
import nl.beroepsregister.journey.Api.Admitted;
import nl.beroepsregister.journey.Api.Login;
import nl.beroepsregister.journey.Deployments;
import nl.beroepsregister.portal.PortalSession;
import nl.beroepsregister.portal.PortalSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of the portal and every file or export it serves, asked for (GET, plain HTTP, through the login form) by
 * each kind of caller: nobody signed in, the registrant it belongs to, another registrant, an auditor with nothing
 * assigned, the office and an administrator. Nobody signed in is sent to the login page; a role that may not gets the
 * "Geen toegang" page with status 403; another registrant asking for a registrant's own page or file gets "not found"
 * with status 404 (never 403, so that ids reveal nothing); whoever may gets it, with 200. No answer shows a stack trace
 * or the server's own error report.
 *
 * <p>The pages are read from the WAR and the servlets from its classes and web.xml: a page or servlet added without
 * an entry here fails the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAccessMatrixIT {

    enum Who { ANONYMOUS, OWNER, OTHER_REGISTRANT, AUDITOR, OFFICE, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> REGISTRANTS = EnumSet.of(Who.OWNER, Who.OTHER_REGISTRANT);
    private static final Set<Who> OWNER = EnumSet.of(Who.OWNER);
    private static final Set<Who> STAFF = EnumSet.of(Who.OFFICE, Who.ADMIN);
    private static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
    private static final Set<Who> AUDITOR = EnumSet.of(Who.AUDITOR);

    private static final String NO_ACCESS = "Geen toegang";
    private static final String NOT_FOUND = "Pagina niet gevonden";
    private static final byte[] CSV = ("firstName;lastName;email;employer;jobTitle;username;level;startDate\r\n"
            + "Imke;Import;imke@gemeente.example;;;imke.matrix;C;2025-11-01\r\n"
            + "Ilse;Import;geen-e-mailadres;;;ilse.matrix;C;2025-11-01\r\n").getBytes(StandardCharsets.UTF_8);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    /**
     * One address: the page or servlet mapping it stands for, the path asked for, who may, whether it is a
     * registrant's own (another registrant then gets 404), and the status of a caller who may (200, or the redirect
     * of a short link).
     */
    record Entry(String covers, String path, Set<Who> allowed, boolean registrantData, int allowedStatus) {

        Entry(String covers, String path, Set<Who> allowed, boolean registrantData) {
            this(covers, path, allowed, registrantData, 200);
        }

        static Entry page(String page, String query, Set<Who> allowed) {
            return new Entry(page, page + query, allowed, false);
        }

        static Entry own(String page, String query) {
            return new Entry(page, page + query, OWNER, true);
        }
    }

    @Test
    @DisplayName("Each page, file and export refuses each caller who may not, in the right way, and serves the others")
    void matrix() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Login auditor = api.staff("AUDITOR");
        Login idleAuditor = api.staff("AUDITOR");
        Admitted owner = api.admitted(office, auditor, "B", "2026-01-05");
        Admitted other = api.admitted(office, auditor, "C", "2026-01-05");
        api.clock("2026-03-01");
        Login ownerLogin = owner.person().login();
        long registration = owner.registrationId();
        long registrant = owner.person().id();
        long activity = api.provenActivity(ownerLogin, registration, "2026-02-01", 4, "TRAINING");
        long portfolio = api.propose(ownerLogin, registration, true);
        api.judgePortfolio(office, portfolio, true, null).then().statusCode(200);
        long meeting = api.meeting(office, "2026-10-01");
        api.enrol(office, meeting, registration).then().statusCode(200);
        api.report(ownerLogin, portfolio).then().statusCode(204);
        String certificate = (String) api.certificates(office, registration).get(0).get("certificateNumber");
        long application = api.apply(owner.person(), "A", "UPGRADE", 8, "WO_PLUS", "A", null);
        Response account = api.as(api.admin()).body(Map.of("username", Api.unique("kantoor"), "password",
                "een-goed-wachtwoord-1", "roles", List.of("OFFICE"))).post("/accounts");
        assertThat(account.statusCode()).isEqualTo(201);
        String accountId = account.header("Location").replaceAll(".*/", "");

        Map<Who, PortalSession> sessions = new EnumMap<>(Who.class);
        sessions.put(Who.ANONYMOUS, PortalSession.anonymous(base));
        sessions.put(Who.OWNER, PortalSession.signIn(base, ownerLogin));
        sessions.put(Who.OTHER_REGISTRANT, PortalSession.signIn(base, other.person().login()));
        sessions.put(Who.AUDITOR, PortalSession.signIn(base, idleAuditor));
        sessions.put(Who.OFFICE, PortalSession.signIn(base, office));
        sessions.put(Who.ADMIN, PortalSession.signIn(base, api.admin()));
        String document = applicationDocument(sessions.get(Who.OWNER), application);
        String run = importRun(sessions.get(Who.OFFICE));

        String files = "/registrant/files/";
        String officeFiles = "/office/files/";
        List<Entry> entries = List.of(
                Entry.page("/index.xhtml", "", EVERYONE),
                Entry.page("/login.xhtml", "", EVERYONE),
                Entry.page("/public/indication.xhtml", "", EVERYONE),
                Entry.page("/public/register.xhtml", "?q=Anna", EVERYONE),
                Entry.page("/public/verify.xhtml", "?code=onbekend", EVERYONE),
                Entry.page("/error/busy.xhtml", "", EVERYONE),
                Entry.page("/error/error.xhtml", "", EVERYONE),
                Entry.page("/error/expired.xhtml", "", EVERYONE),
                Entry.page("/error/no-access.xhtml", "", EVERYONE),
                Entry.page("/error/not-found.xhtml", "", EVERYONE),
                new Entry("/verify/*", "/verify/onbekend", EVERYONE, false, 302),

                Entry.page("/account/password.xhtml", "", SIGNED_IN),

                Entry.page("/registrant/dashboard.xhtml", "", REGISTRANTS),
                Entry.page("/registrant/apply.xhtml", "", REGISTRANTS),
                Entry.own("/registrant/dossier.xhtml", "?registration=" + registration),
                Entry.own("/registrant/upgrade.xhtml", "?registration=" + registration),
                Entry.own("/registrant/application.xhtml", "?id=" + application),
                new Entry(files + "*", files + "certificate/" + certificate + ".pdf", OWNER, true),
                new Entry(files + "*", files + "evidence/" + activity, OWNER, true),
                new Entry(files + "*", files + "report/" + portfolio, OWNER, true),
                new Entry(files + "*", files + "application/" + application + "/" + document, OWNER, true),
                new Entry(files + "*", files + "personal-data.zip", REGISTRANTS, false),

                Entry.page("/auditor/worklist.xhtml", "", AUDITOR),

                Entry.page("/office/dashboard.xhtml", "", STAFF),
                Entry.page("/office/worklist.xhtml", "?list=AUDIT_TO_PLAN", STAFF),
                Entry.page("/office/registrations.xhtml", "", STAFF),
                Entry.page("/office/registration.xhtml", "?id=" + registration, STAFF),
                Entry.page("/office/registrant.xhtml", "?id=" + registrant, STAFF),
                Entry.page("/office/meetings.xhtml", "", STAFF),
                Entry.page("/office/meeting.xhtml", "?id=" + meeting, STAFF),
                Entry.page("/office/statistics.xhtml", "", STAFF),
                Entry.page("/office/import.xhtml", "?run=" + run, STAFF),
                Entry.page("/office/audit.xhtml", "", STAFF),
                new Entry(officeFiles + "*", officeFiles + "evidence/" + activity, STAFF, false),
                new Entry(officeFiles + "*", officeFiles + "report/" + portfolio, STAFF, false),
                new Entry(officeFiles + "*", officeFiles + "certificate/" + certificate, STAFF, false),
                new Entry(officeFiles + "*", officeFiles + "personal-data/" + registrant, STAFF, false),
                new Entry("/office/registrations.csv", "/office/registrations.csv", STAFF, false),
                new Entry("/office/registrations.xlsx", "/office/registrations.xlsx?status=ACTIVE", STAFF, false),
                new Entry("/office/import-template.csv", "/office/import-template.csv", STAFF, false),
                new Entry("/office/import-rejections.csv", "/office/import-rejections.csv?run=" + run, STAFF, false),

                Entry.page("/admin/accounts.xhtml", "", ADMIN),
                Entry.page("/admin/account.xhtml", "?id=" + accountId, ADMIN),
                Entry.page("/admin/registers.xhtml", "", ADMIN),
                Entry.page("/admin/register.xhtml", "?code=AMB", ADMIN),
                Entry.page("/admin/level.xhtml", "?code=AMB&level=B", ADMIN),
                Entry.page("/admin/questions.xhtml", "?code=AMB", ADMIN),
                Entry.page("/admin/reminders.xhtml", "", ADMIN));

        assertThat(uncovered(entries)).as("pages and servlets of the WAR without an entry in this matrix").isEmpty();

        List<String> wrong = new ArrayList<>();
        for (Entry entry : entries) {
            for (Who who : Who.values()) {
                Page answer = sessions.get(who).get(entry.path());
                String problem = problem(entry, who, answer);
                if (problem != null) {
                    wrong.add(entry.path() + " as " + who + ": " + problem + " (answered " + answer + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("Another registrant's ids, unknown ids and malformed ids all answer the same 404 page")
    void unknownSubjects() {
        Api api = new Api(base);
        api.clock("2026-01-05");
        Login office = api.staff("OFFICE");
        Login auditor = api.staff("AUDITOR");
        Admitted rita = api.admitted(office, auditor, "C", "2026-01-05");
        PortalSession registrant = PortalSession.signIn(base, rita.person().login());
        PortalSession admin = PortalSession.signIn(base, api.admin());
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/registrant/dossier.xhtml", "/registrant/dossier.xhtml?registration=999999999",
                "/registrant/dossier.xhtml?registration=abc", "/registrant/upgrade.xhtml?registration=999999999",
                "/registrant/application.xhtml?id=999999999", "/registrant/application.xhtml?id=%27",
                "/registrant/files/evidence/999999999", "/registrant/files/nothing")) {
            expectNotFound(registrant, path, wrong);
        }
        for (String path : List.of("/admin/account.xhtml?id=999999999", "/admin/register.xhtml?code=XYZ",
                "/admin/level.xhtml?code=XYZ&level=B", "/admin/questions.xhtml?code=XYZ",
                "/office/registration.xhtml?id=999999999", "/office/registrant.xhtml?id=999999999",
                "/office/meeting.xhtml?id=999999999", "/office/worklist.xhtml?list=NOTHING",
                "/office/files/evidence/999999999", "/office/files/personal-data/999999999",
                "/office/import-rejections.csv?run=999999999")) {
            expectNotFound(admin, path, wrong);
        }
        assertThat(wrong).isEmpty();
    }

    private static void expectNotFound(PortalSession session, String path, List<String> wrong) {
        Page answer = session.get(path);
        if (answer.status() != 404 || !answer.body().contains(NOT_FOUND) || leaks(answer)) {
            wrong.add(path + ": " + answer);
        }
    }

    /** What is wrong with an answer, or null when it is the one due. */
    private static String problem(Entry entry, Who who, Page answer) {
        if (leaks(answer)) {
            return "a stack trace or the server's own error report";
        }
        if (entry.allowed().contains(who)) {
            if (answer.status() != entry.allowedStatus()) {
                return "status " + answer.status() + " where " + entry.allowedStatus() + " was due";
            }
            // a refusal shown with 200 would look like success to caches and tools; the error pages themselves, asked
            // for by their own address, are no refusal
            boolean refusalPage = answer.body().contains(NO_ACCESS + " |") || answer.body().contains(NOT_FOUND + " |");
            if (answer.status() == 200 && refusalPage && !entry.path().startsWith("/error/")) {
                return "a refusal page with status 200";
            }
            return null;
        }
        if (who == Who.ANONYMOUS) {
            return answer.status() == 302 && answer.location().endsWith("/login.xhtml") ? null
                    : "no redirect to the login page";
        }
        if (who == Who.OTHER_REGISTRANT && entry.registrantData()) {
            return answer.status() == 404 && answer.body().contains(NOT_FOUND) ? null : "not the 404 page";
        }
        return answer.status() == 403 && answer.body().contains(NO_ACCESS) ? null : "not the 403 page";
    }

    /**
     * Whether an answer shows what only the server should know: a stack frame, an exception with its message, or the
     * server's own error report. (The names of exception types alone may appear: PrimeFaces' settings on every page
     * name the view-expired exception that leads to the "page expired" page.)
     */
    static boolean leaks(Page answer) {
        String body = answer.body();
        return STACK_FRAME.matcher(body).find() || THROWN.matcher(body).find() || body.contains("Caused by")
                || body.contains("Payara") || body.contains("Error report") || body.contains("HTTP Status");
    }

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$<>]+)+\\(");
    private static final Pattern THROWN = Pattern.compile("\\b[\\w.$]+(Exception|Error): ");

    /** Uploads a CV to the application through its page, and returns the id of the stored document. */
    private static String applicationDocument(PortalSession owner, long application) {
        String path = "/registrant/application.xhtml?id=" + application;
        Page page = owner.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        Page uploaded = owner.upload(page, path, "attach", "attach:file", "attach:file attach:kind",
                Map.of("attach:kind", "CV"), "cv.pdf", "application/pdf", Api.PDF);
        assertThat(uploaded.body()).as("the CV is taken").contains("cv.pdf is toegevoegd");
        Page listed = owner.get(path);
        Matcher link = Pattern.compile("/registrant/files/application/" + application + "/(\\d+)")
                .matcher(listed.body());
        assertThat(link.find()).as("the uploaded CV is listed: " + listed.body()).isTrue();
        return link.group(1);
    }

    /** Starts an import of one registrant through the import page, and returns the id of its run. */
    private static String importRun(PortalSession office) {
        Page page = office.get("/office/import.xhtml");
        Page started = office.submitFile(page, "/office/import.xhtml", "upload", Map.of("upload:start", "Importeren"),
                "upload:file", "registranten.csv", "text/csv", CSV);
        Matcher run = Pattern.compile("[?&]run=(\\d+)").matcher(started.location());
        assertThat(run.find()).as("the import starts and shows its run: " + started).isTrue();
        return run.group(1);
    }

    /** The pages and servlet mappings of the WAR that no entry asks for. */
    private static Set<String> uncovered(List<Entry> entries) {
        WebArchive war = Deployments.builtWar();
        Set<String> addresses = new TreeSet<>();
        for (Map.Entry<ArchivePath, Node> item : war.getContent().entrySet()) {
            String name = item.getKey().get();
            if (name.endsWith(".xhtml") && !name.startsWith("/WEB-INF/") && !name.startsWith("/resources/")) {
                addresses.add(name);
            }
            if (name.startsWith("/WEB-INF/classes/") && name.endsWith(".class") && !name.contains("$")) {
                String type = name.substring("/WEB-INF/classes/".length(), name.length() - ".class".length())
                        .replace('/', '.');
                WebServlet servlet = servletOf(type);
                if (servlet != null) {
                    addresses.addAll(List.of(servlet.value()));
                    addresses.addAll(List.of(servlet.urlPatterns()));
                }
            }
        }
        String webXml = new String(readAll(war.get("/WEB-INF/web.xml")), StandardCharsets.UTF_8);
        Matcher mapping = Pattern.compile("<servlet-mapping>.*?<url-pattern>(.*?)</url-pattern>", Pattern.DOTALL)
                .matcher(webXml);
        while (mapping.find()) {
            if (!mapping.group(1).equals("*.xhtml")) {
                addresses.add(mapping.group(1).strip());
            }
        }
        assertThat(addresses).as("the scan finds the pages and the servlets")
                .contains("/office/dashboard.xhtml", "/registrant/files/*", "/office/registrations.csv", "/verify/*");
        addresses.removeIf(address -> entries.stream().anyMatch(entry -> entry.covers().equals(address)
                && (address.endsWith("/*") ? entry.path().startsWith(address.substring(0, address.length() - 1))
                : entry.path().equals(address) || entry.path().startsWith(address + "?"))));
        return addresses;
    }

    private static WebServlet servletOf(String type) {
        try {
            return Class.forName(type, false, PortalAccessMatrixIT.class.getClassLoader())
                    .getAnnotation(WebServlet.class);
        } catch (ClassNotFoundException | LinkageError notLoadable) {
            throw new AssertionError("the class " + type + " of the WAR cannot be inspected", notLoadable);
        }
    }

    private static byte[] readAll(Node node) {
        try (var in = node.getAsset().openStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
