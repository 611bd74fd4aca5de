package dev.galley.render.html;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test site in a real browser: Debian's chromium, headless, driven through its chromedriver
 * and opened from {@code file://}. Skipped when chromium is not installed, unless the variable
 * {@code CI} is set: then a missing browser fails the build ({@code scripts/test.sh} installs it).
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("galley.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("galley.chromedriver", "/usr/bin/chromedriver"));
    static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
    static final Path SHOTS = Path.of("target", "screenshots");

    static ChromeDriver driver;
    static Path userData;
    static Rendered site;

    static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            if (inCi()) {
                throw new IllegalStateException("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing: scripts/test.sh installs chromium and chromium-driver");
            }
            return; // each test is skipped, see desktopLight()
        }
        site = TestSite.get();
        userData = Files.createTempDirectory("galley-chromium");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + userData, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (userData != null) {
            TestSite.deleteTree(userData);
        }
    }

    @BeforeEach
    void desktopLight() {
        Assumptions.assumeTrue(driver != null, "chromium and chromedriver are not installed");
        viewport(1280, 900, false);
        colorScheme("light");
    }

    /**
     * Opens {@code address}, once more if Chromium drops the navigation ("aborted by navigation:
     * Not attached to an active page", which Chromium 150's driver reports now and then after a
     * change of viewport or colour scheme): a page that cannot load fails the second time too.
     */
    static void load(String address) {
        for (int attempt = 1; ; attempt++) {
            try {
                driver.get(address);
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3 || !String.valueOf(e.getMessage()).contains("aborted by navigation")) {
                    throw e;
                }
            }
        }
    }

    /**
     * Waits (up to five seconds) until the page's stylesheets are in: on a loaded CI machine a
     * page was once measured unstyled (its 560-pixel logo and the body's margin, 568 > 375).
     */
    static void awaitStyled() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (Boolean.TRUE.equals(js("return document.readyState === 'complete' && document.styleSheets.length"
                    + " >= document.querySelectorAll('link[rel=stylesheet]').length"))) {
                return;
            }
            Thread.sleep(100);
        }
    }

    static String url(String page) {
        return url(site, page);
    }

    static String url(Rendered r, String page) {
        return r.out().toAbsolutePath().resolve(page).toUri().toString();
    }

    /** The test site, the desk's real content and the example desks in their house styles. */
    static List<Rendered> sites() {
        List<Rendered> all = new ArrayList<>(List.of(site, ContentSiteTest.get()));
        all.addAll(ExampleSitesTest.get().values());
        return all;
    }

    static void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    static void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static List<String> consoleProblems() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        return problems;
    }

    @Test
    void everyPageLoadsWithoutConsoleErrors() throws Exception {
        consoleProblems(); // drop what came before
        List<String> problems = new ArrayList<>();
        for (Rendered r : sites()) {
            for (String page : r.pages()) {
                load(url(r, page));
                // driver.get can return while a page's fonts are still coming (Chromium 150 with
                // this Selenium): wait for the load to end rather than catch it half way
                new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(d -> "complete".equals(js("return document.readyState")));
                assertFalse(driver.getTitle().isBlank(), page);
                for (String p : consoleProblems()) {
                    problems.add(r.out() + "/" + page + ": " + p);
                }
            }
        }
        // the search page with a query runs its script
        load(url("search/index.html") + "?q=nato");
        problems.addAll(consoleProblems());
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void tocLinksLandOnTheirSections() {
        load(url(SiteTest.SEED));
        List<WebElement> links = driver.findElements(By.cssSelector("nav.toc a"));
        assertEquals(5, links.size());
        List<String> hrefs = new ArrayList<>();
        for (WebElement link : links) {
            hrefs.add(link.getAttribute("href"));
        }
        for (String href : hrefs) {
            load(url(SiteTest.SEED));
            String id = href.substring(href.indexOf('#') + 1);
            driver.findElement(By.cssSelector("nav.toc a[href='#" + id + "']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> js("return location.hash").equals("#" + id));
            Number top = (Number) js("return document.getElementById(arguments[0]).getBoundingClientRect().top", id);
            Number height = (Number) js("return window.innerHeight");
            assertTrue(top.doubleValue() >= -1 && top.doubleValue() < height.doubleValue() / 2,
                    id + " is at " + top + " of " + height);
            Number scrolled = (Number) js("return window.scrollY");
            assertTrue(scrolled.doubleValue() > 0, id + ": the page scrolled");
        }
    }

    @Test
    void searchFindsAWordFromTheSeedsBodyFromFile() {
        load(url("search/index.html") + "?q=reverberations");
        assertTrue(driver.getCurrentUrl().startsWith("file:"));
        WebElement first = new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.findElement(By.cssSelector("#search-results li a")));
        assertTrue(first.getAttribute("href").endsWith("briefings/if-ukraine-falls/index.html"), first.getAttribute("href"));
        assertEquals("One briefing matches.", driver.findElement(By.id("search-status")).getText());
        assertTrue(driver.findElement(By.cssSelector("#search-results .snippet")).getText().contains("reverberations"));

        // typing a new query and submitting searches again, without leaving the page
        WebElement input = driver.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys("Baltic states");
        driver.findElement(By.cssSelector("#search-form button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("search-status")).getText().contains("match"));
        List<String> found = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("#search-results li h2 a"))) {
            found.add(a.getText());
        }
        assertTrue(found.contains("The Baltic states\u2019 exposure"), found.toString());
        assertTrue(found.contains("If Ukraine falls, does NATO hold?"), found.toString());
        // the result links work from file://
        driver.findElement(By.cssSelector("#search-results li h2 a")).click();
        assertTrue(driver.getCurrentUrl().startsWith("file:") && driver.getCurrentUrl().endsWith("/index.html"));
        assertFalse(driver.getTitle().startsWith("Search"));
    }

    @Test
    void noHorizontalOverflowAt375() throws Exception {
        viewport(375, 812, true);
        List<String> overflowing = new ArrayList<>();
        for (Rendered r : sites()) {
            for (String page : r.pages()) {
                load(url(r, page));
                awaitStyled();
                Number scroll = (Number) js("return document.documentElement.scrollWidth");
                Number client = (Number) js("return document.documentElement.clientWidth");
                if (scroll.intValue() > client.intValue()) {
                    overflowing.add(r.out() + "/" + page + ": " + scroll + " > " + client);
                }
            }
        }
        assertEquals(List.of(), overflowing);
        // the wide table scrolls inside its own box instead
        load(url("briefings/nato-after-ukraine/index.html"));
        assertEquals("auto", js("return getComputedStyle(document.querySelector('.table-scroll')).overflowX"));
    }

    @Test
    void axeFindsNoWcag21AaViolationsInLightAndDark() throws Exception {
        if (!Files.isRegularFile(AXE)) {
            if (inCi()) {
                throw new IllegalStateException(AXE + " missing: scripts/test.sh runs npm ci in src/test/js");
            }
            Assumptions.assumeTrue(false, "axe-core not installed (npm ci in render-html/src/test/js)");
        }
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (String scheme : List.of("light", "dark")) {
            colorScheme(scheme);
            for (Rendered r : sites()) {
            for (String page : r.pages()) {
                checked++;
                load(url(r, page) + (page.startsWith("search/") ? "?q=nato" : ""));
                js(axe);
                Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: {type: 'tag', values: "
                                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                                + ".then(function (r) { done(r.violations.map(function (v) {"
                                + "  return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) {"
                                + "    return n.target.join(' ') + ' ' + (n.failureSummary || ''); }).join(' | '); })); })"
                                + ".catch(function (e) { done(['axe failed: ' + e]); });");
                for (Object v : (List<?>) result) {
                    violations.add(scheme + " " + r.out() + "/" + page + ": " + v);
                }
            }
            }
        }
        System.out.println("[axe] " + checked + " page views (both sites, light and dark), "
                + violations.size() + " violations");
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void screenshotsAt375And1280LightAndDark() throws Exception {
        Files.createDirectories(SHOTS);
        for (String scheme : List.of("light", "dark")) {
            colorScheme(scheme);
            for (int width : List.of(375, 1280)) {
                for (String page : List.of("index.html", SiteTest.SEED, "briefings/nato-after-ukraine/index.html",
                        "search/index.html")) {
                    viewport(width, width == 375 ? 1400 : 1100, width == 375);
                    load(url(page) + (page.startsWith("search/") ? "?q=nato" : ""));
                    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
                    String name = page.replace("/index.html", "").replace('/', '-').replace(".html", "")
                            + "-" + width + "-" + scheme + ".png";
                    Files.write(SHOTS.resolve(name), png);
                    assertTrue(png.length > 1000);
                }
            }
        }
        // the desk's real briefing, too
        Rendered content = ContentSiteTest.get();
        for (String scheme : List.of("light", "dark")) {
            colorScheme(scheme);
            for (int width : List.of(375, 1280)) {
                viewport(width, width == 375 ? 1400 : 1100, width == 375);
                load(url(content, "briefings/nato-after-ukraine/index.html"));
                Files.write(SHOTS.resolve("content-nato-after-ukraine-" + width + "-" + scheme + ".png"),
                        driver.getScreenshotAs(OutputType.BYTES));
            }
        }
        // and each example desk's front page and first briefing, in its own style
        for (Map.Entry<String, Rendered> example : ExampleSitesTest.get().entrySet()) {
            for (int width : List.of(375, 1280)) {
                viewport(width, width == 375 ? 1400 : 1100, width == 375);
                colorScheme("light");
                for (String page : List.of("index.html", example.getValue().pages().stream()
                        .filter(p -> p.startsWith("briefings/")).sorted().findFirst().orElseThrow())) {
                    load(url(example.getValue(), page));
                    Files.write(SHOTS.resolve("example-" + example.getKey() + "-"
                                    + page.replace("/index.html", "").replace('/', '-').replace(".html", "") + "-" + width + ".png"),
                            driver.getScreenshotAs(OutputType.BYTES));
                }
            }
        }
        assertTrue(new File(SHOTS.toFile(), "index-375-light.png").isFile());
    }

    /**
     * The editor's loop in a real browser: the preview reloads the open page after a save, shows
     * a broken briefing's problem over the page, and clears it once the briefing is fixed.
     */
    @Test
    void livePreviewReloadsAndShowsProblemsOverThePage(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path content = dev.galley.core.testing.ContentFixture.write(dir.resolve("content"),
                "-- briefings/a.md --\n---\ntitle: First\n---\nText.\n");
        var request = new dev.galley.core.publish.PublishRequest(content, content.resolve("target/site"),
                dev.galley.core.publish.BuildContext.forTest(2), content, false);
        Path briefing = content.resolve("briefings/a.md");
        try (var preview = new dev.galley.core.serve.LivePreview(
                new dev.galley.core.publish.Publisher(List.of(new HtmlRenderer())), request, 0, line -> { })) {
            load(preview.address().resolve("briefings/a/index.html").toString());
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            // A reload can replace the heading between finding it and reading it: look again.
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("First"));

            Files.writeString(briefing, "---\ntitle: Second\n---\nText.\n");
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Second"));

            Files.writeString(briefing, "---\ntitle: Third\ndate: someday\n---\nText.\n");
            WebElement overlay = wait.until(d -> d.findElement(By.id("galley-problems")));
            assertTrue(overlay.getText().contains("briefings/a.md:3:7: error: 'date' must be a date"), overlay.getText());
            assertEquals("Second", driver.findElement(By.tagName("h1")).getText(), "the last good page stays");

            Files.writeString(briefing, "---\ntitle: Fourth\ndate: 2026-11-28\n---\nText.\n");
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Fourth"));
            assertTrue(driver.findElements(By.id("galley-problems")).isEmpty());
        }
    }

    /**
     * A chart opened on its own, as a reader following a link to it does, from the site's own
     * address: the file as it was saved runs its script there (which is why it is never published
     * as it is); the published one runs nothing and still draws.
     */
    @Test
    void aPublishedChartRunsNothingWhenOpenedOnItsOwn(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path content = dev.galley.core.testing.ContentFixture.write(dir.resolve("content"),
                "-- briefings/a.md --\n---\ntitle: A\n---\n![Chart](../charts/spend.svg)\n-- charts/spend.svg --\n"
                        + SvgImagesTest.HOSTILE_CHART);
        var report = new dev.galley.core.publish.Publisher(List.of(new HtmlRenderer())).publish(
                new dev.galley.core.publish.PublishRequest(content, dir.resolve("out"),
                        dev.galley.core.publish.BuildContext.forTest(2), dir, false));
        assertTrue(report.written(), report.diagnostics().toString());

        // The control: the chart as written runs its script in this browser. Without its
        // <?xml-stylesheet?> line, as a browser that no longer does XSLT (Chromium 150 on) does
        // not show a document whose stylesheet it cannot apply, and so runs nothing of it.
        Path control = dir.resolve("control.svg");
        Files.writeString(control, SvgImagesTest.HOSTILE_CHART.lines()
                .filter(line -> !line.startsWith("<?xml-stylesheet")).collect(java.util.stream.Collectors.joining("\n")));
        load(control.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> js("return window.PWNED || null") != null);

        load(dir.resolve("out/media/charts/spend.svg").toUri().toString());
        Thread.sleep(300); // time for an onload or a timer to have run, had anything been left to run
        assertEquals(null, js("return window.PWNED || null"));
        assertEquals("Spending", js("return document.querySelector('text').textContent"));
        assertEquals(40L, js("return Math.round(document.querySelector('use[href=\"#bar\"]').getBBox().height)"));
    }
}
