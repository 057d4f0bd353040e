package nl.beroepsregister.portal;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the portal's tests: Debian's chromium and chromium-driver at fixed paths (nothing is
 * downloaded), a fresh profile per browser, the language of the pages chosen by the browser's preference. Helpers to
 * fill in forms as a person would, take screenshots (kept under target/screenshots) and check accessibility with
 * axe-core in the same browser.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** Marks the page, and notes in it when it is being left: a form submitted, a link followed, an unload. */
    private static final String WATCH_LEAVING = """
            window.__registerPage = arguments[0];
            window.__registerLeaving = false;
            if (!window.__registerWatching) {
                window.__registerWatching = true;
                const leave = () => { window.__registerLeaving = true; };
                window.addEventListener('submit', e => { if (!e.defaultPrevented) leave(); });
                window.addEventListener('click', e => {
                    const link = e.target.closest ? e.target.closest('a[href]') : null;
                    const href = link ? link.getAttribute('href') : '';
                    if (link && !e.defaultPrevented && !href.startsWith('#') && !href.startsWith('javascript:')
                            && link.target !== '_blank') {
                        leave();
                    }
                });
                window.addEventListener('beforeunload', leave);
                window.addEventListener('pagehide', leave);
                const submit = HTMLFormElement.prototype.submit;
                HTMLFormElement.prototype.submit = function () { leave(); return submit.apply(this, arguments); };
            }
            """;
    private static final String PAGE_STATE = """
            return [window.__registerPage === arguments[0], window.__registerLeaving === true, document.readyState,
                    !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()];
            """;

    private final WebDriver driver;
    private final String base;
    private final Path profile;
    private final List<String> blockedByPolicy = new ArrayList<>();

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** A browser that prefers the given language (nl or en) and a window of a laptop, or of a phone. */
    public static Browser open(URL deployment, String language, boolean phone) {
        for (String program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(program).canExecute()) {
                throw new IllegalStateException(program + " is missing: the browser tests use Debian's chromium and "
                        + "chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)");
            }
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                    "--lang=" + language, phone ? "--window-size=390,844" : "--window-size=1280,1000");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            String url = deployment.toExternalForm();
            return new Browser(driver, url.endsWith("/") ? url.substring(0, url.length() - 1) : url, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Browser open(URL deployment) {
        return open(deployment, "nl", false);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Every cookie the register set in this browser, by name, for a plain HTTP client that continues the browser's
     * session: with distributable sessions that is the session cookie and the session's version beside it.
     */
    public Map<String, String> cookies() {
        Map<String, String> cookies = new java.util.LinkedHashMap<>();
        driver.manage().getCookies().forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
        return cookies;
    }

    public Browser go(String path) {
        driver.get(base + path);
        settle();
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Types into the field labelled with the given id (Faces ids contain ':', so they are looked up by id). */
    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser choose(String id, String value) {
        driver.findElement(By.cssSelector("input[name='" + id + "'][value='" + value + "']")).click();
        return this;
    }

    public Browser click(String id) {
        return press(driver.findElement(By.id(id)));
    }

    /** Follows the link with the given text and waits for the page it leads to. */
    public Browser follow(String linkText) {
        return press(driver.findElement(By.linkText(linkText)));
    }

    /**
     * Clicks the element and waits for what the click started: the next page when it submitted a form, followed a
     * link or redirected, else the end of the Ajax requests. A plain wait for "document complete" right after a click
     * can still see the page being left and read its text while it goes away.
     */
    public Browser press(WebElement element) {
        String page = UUID.randomUUID().toString();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(WATCH_LEAVING, page);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(JavascriptException.class)
                .until(d -> {
                    List<?> state = (List<?>) js.executeScript(PAGE_STATE, page);
                    boolean samePage = Boolean.TRUE.equals(state.get(0));
                    boolean leaving = Boolean.TRUE.equals(state.get(1));
                    return !(samePage && leaving) && "complete".equals(state.get(2))
                            && Boolean.TRUE.equals(state.get(3));
                });
        return this;
    }

    /** Waits until the page has loaded and PrimeFaces has no request in flight. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            JavascriptExecutor js = (JavascriptExecutor) d;
            Object ready = js.executeScript("return document.readyState");
            Object idle = js.executeScript(
                    "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()");
            return "complete".equals(ready) && Boolean.TRUE.equals(idle);
        });
    }

    public Path screenshot(String name) {
        settle();
        Path directory = Path.of(System.getProperty("registry.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The serious and critical accessibility violations axe-core finds on the page, described one per line, and any
     * script or style the page's Content-Security-Policy blocked so far (a blocked handler is a broken button).
     */
    public List<String> accessibilityProblems() {
        settle();
        List<String> problems = new ArrayList<>(blockedByPolicy());
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Browser::describe)
                .forEach(problems::add);
        return problems;
    }

    /** What the browser refused to run or apply because of the Content-Security-Policy, since the last call. */
    public List<String> blockedByPolicy() {
        List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .map(message -> "blocked by the Content-Security-Policy: " + message)
                .toList();
        blockedByPolicy.addAll(blocked);
        return blocked;
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** Closes the browser; fails when a page had a script or style blocked by the Content-Security-Policy. */
    @Override
    public void close() {
        List<String> blocked;
        try {
            blockedByPolicy();
            blocked = List.copyOf(blockedByPolicy);
        } catch (RuntimeException gone) {
            blocked = List.of();
        }
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind does no harm
            }
        }
        if (!blocked.isEmpty()) {
            throw new AssertionError(String.join("\n", blocked));
        }
    }
}
