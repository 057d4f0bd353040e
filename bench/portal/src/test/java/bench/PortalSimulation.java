package bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The portal at work: registrants sign in, look at their dashboard and add a PE activity to their renewal dossier (the
 * JSF form posted by Ajax, as PrimeFaces posts it, carrying the view state), and the office opens the worklist of
 * dossiers to review and pages its lazy table by Ajax. A closed model: USERS people (default 50) are busy at any
 * moment, each of them pausing 1 to 3 seconds between pages (PAUSE_MIN/PAUSE_MAX), one in ten of them the office.
 * Every person signs in, works through ROUNDS (5) rounds and leaves; another takes their place.
 *
 * <p>Settings (environment): BASE (http://localhost:18380), USERS, STEADY_SECONDS (120, after a ramp of 20 s), ROUNDS,
 * REGISTRANTS (a CSV file with the columns username,registration: registrants with an open dossier), PASSWORD,
 * OFFICE_USER, TODAY (dd-MM-yyyy, the day of the activities: a day of the current registration year), WORKLIST_ROWS.
 */
public class PortalSimulation extends Simulation {

    static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static final String BASE = setting("BASE", "http://localhost:18380");
    static final int USERS = Integer.parseInt(setting("USERS", "50"));
    static final int SECONDS = Integer.parseInt(setting("STEADY_SECONDS", "120"));
    static final int ROUNDS = Integer.parseInt(setting("ROUNDS", "5"));
    static final int PAUSE_MIN = Integer.parseInt(setting("PAUSE_MIN", "1000"));
    static final int PAUSE_MAX = Integer.parseInt(setting("PAUSE_MAX", "3000"));
    static final String PASSWORD = setting("PASSWORD", "bench-wachtwoord");
    static final String OFFICE_USER = setting("OFFICE_USER", "bench-office");
    static final String TODAY = setting("TODAY", "15-06-2026");
    static final int WORKLIST_ROWS = Integer.parseInt(setting("WORKLIST_ROWS", "1000"));
    static final String VIEW_STATE = "input[name='jakarta.faces.ViewState']";

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("nl")
            .userAgentHeader("Gatling (portal benchmark)")
            .disableCaching();

    static ChainBuilder think() {
        return pause(Duration.ofMillis(PAUSE_MIN), Duration.ofMillis(PAUSE_MAX));
    }

    /** Opens the sign-in page and signs in; the redirect leads to the role's start page. */
    static ChainBuilder signIn(String username) {
        return exec(http("login page").get("/login.xhtml")
                        .check(status().is(200), css(VIEW_STATE, "value").saveAs("viewState")))
                .exec(think())
                .exec(http("sign in").post("/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:username", username)
                        .formParam("login:password", PASSWORD)
                        .formParam("login:signIn", "Inloggen")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200), currentLocationRegex(".*/(registrant|office)/dashboard\\.xhtml.*"),
                                substring("login:password").notExists()));
    }

    /** Posts a faces Ajax request as PrimeFaces does. */
    static io.gatling.javaapi.http.HttpRequestActionBuilder ajax(String name, String url, String source,
                                                                   String execute, String render) {
        return http(name).post(url)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam("jakarta.faces.ViewState", "#{viewState}");
    }

    ScenarioBuilder registrants = scenario("registrant")
            .feed(csv(setting("REGISTRANTS", "registrants.csv")).circular())
            .exec(signIn("#{username}"))
            .repeat(ROUNDS).on(
                    exec(think())
                    .exec(http("dashboard").get("/registrant/dashboard.xhtml")
                            .check(status().is(200), substring("dossier.xhtml?registration=#{registration}")))
                    .exec(think())
                    .exec(http("dossier").get("/registrant/dossier.xhtml?registration=#{registration}")
                            .check(status().is(200), css(VIEW_STATE, "value").saveAs("viewState"),
                                    css("#activity\\:save").exists()))
                    .exec(think())
                    .exec(ajax("add PE activity", "/registrant/dossier.xhtml?registration=#{registration}",
                            "activity:save", "activity", "activity summary submit")
                            .formParam("activity:save", "activity:save")
                            .formParam("activity", "activity")
                            .formParam("activity:date_input", TODAY)
                            .formParam("activity:title", "Cursus omgevingswet")
                            .formParam("activity:provider", "VNG Academie")
                            .formParam("activity:points", session -> String.valueOf(1 + ThreadLocalRandom.current().nextInt(8)))
                            .formParam("activity:category", session -> ThreadLocalRandom.current().nextInt(10) < 3 ? "NETWORK" : "TRAINING")
                            .check(status().is(200), substring("is toegevoegd"))));

    ScenarioBuilder office = scenario("office")
            .exec(signIn(OFFICE_USER))
            .repeat(ROUNDS).on(
                    exec(think())
                    .exec(http("worklist").get("/office/worklist.xhtml?list=DOSSIERS")
                            .check(status().is(200), css(VIEW_STATE, "value").saveAs("viewState"),
                                    css("#work\\:table").exists()))
                    .repeat(3).on(
                            exec(think())
                            .exec(session -> session.set("first",
                                    ThreadLocalRandom.current().nextInt(Math.max(1, WORKLIST_ROWS / 25)) * 25))
                            .exec(ajax("worklist page", "/office/worklist.xhtml?list=DOSSIERS", "work:table",
                                    "work:table", "work:table")
                                    .formParam("work:table_pagination", "true")
                                    .formParam("work:table_first", "#{first}")
                                    .formParam("work:table_rows", "25")
                                    .formParam("work:table_skipChildren", "true")
                                    .formParam("work:table_encodeFeature", "true")
                                    .formParam("work", "work")
                                    .check(status().is(200), substring("<tr")))));

    {
        int officeUsers = Math.max(1, USERS / 10);
        int registrantUsers = USERS - officeUsers;
        Duration ramp = Duration.ofSeconds(20);
        Duration steady = Duration.ofSeconds(SECONDS);
        PopulationBuilder people = registrants.injectClosed(
                rampConcurrentUsers(0).to(registrantUsers).during(ramp),
                constantConcurrentUsers(registrantUsers).during(steady));
        PopulationBuilder clerks = office.injectClosed(
                rampConcurrentUsers(0).to(officeUsers).during(ramp),
                constantConcurrentUsers(officeUsers).during(steady));
        setUp(people, clerks).protocols(protocol).maxDuration(ramp.plus(steady).plusSeconds(60));
    }
}
