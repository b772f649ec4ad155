package id.sakip.local;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Chromium as a person's browser, from the machine's own packages (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them when missing). Nothing is downloaded: the driver and the
 * browser are named by path, so Selenium Manager never runs.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String[] BROWSERS = {"/usr/bin/chromium", "/usr/bin/chromium-browser"};
    private static final String[] DRIVERS = {"/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"};

    private final ChromeDriver driver;

    Browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(existing(BROWSERS, "chromium (apt-get install chromium)"));
        // a command returns once the page's HTML is there: on two busy cores the renderer may take its time with
        // the rest, and the tests wait for what they look at themselves
        options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.EAGER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=id-ID", "--no-first-run",
                "--disable-background-networking");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(existing(DRIVERS, "chromedriver (apt-get install chromium-driver)")))
                .usingAnyFreePort().build();
        // a command the browser does not answer fails within 90 s rather than Selenium's three minutes
        driver = new ChromeDriver(service, options, org.openqa.selenium.remote.http.ClientConfig.defaultConfig()
                .readTimeout(Duration.ofSeconds(90)));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90)).scriptTimeout(Duration.ofSeconds(60));
    }

    /**
     * A browser of 1366 x 768 in which the person has signed in at the identity provider, asked for {@code path} of
     * the gateway, and is back at it.
     */
    static Browser signedIn(String gateway, String idp, String user, String path) {
        try {
            return signingIn(gateway, idp, user, path);
        } catch (org.openqa.selenium.WebDriverException | AssertionError stuck) {
            // signing in changes nothing: a browser that stopped answering on these two busy cores (seen once in a
            // full run: no command answered for minutes) is replaced once; a second failure is the test's failure
            System.err.println("Signing in as " + user + " failed once, trying in a new browser: " + stuck);
            return signingIn(gateway, idp, user, path);
        }
    }

    private static Browser signingIn(String gateway, String idp, String user, String path) {
        Browser browser = new Browser(1366, 768);
        try {
            return signIn(browser, gateway, idp, user, path);
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
    }

    private static Browser signIn(Browser browser, String gateway, String idp, String user, String path) {
        WebDriver driver = browser.driver();
        driver.get(gateway + path);
        browser.waitUntil("the sign-in page", Duration.ofSeconds(60),
                d -> !d.findElements(org.openqa.selenium.By.id("username")).isEmpty());
        if (!driver.getCurrentUrl().startsWith(idp + "/login")) {
            throw new AssertionError("not sent to the identity provider to sign in: " + driver.getCurrentUrl());
        }
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
        driver.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        browser.waitUntil("the page asked for, signed in", Duration.ofSeconds(90), d -> d.getCurrentUrl()
                .startsWith(gateway) && !d.findElements(org.openqa.selenium.By.cssSelector("main#isi")).isEmpty());
        if (!driver.getCurrentUrl().equals(gateway + path)) {
            throw new AssertionError("signed in, but at " + driver.getCurrentUrl() + " instead of " + gateway + path);
        }
        return browser;
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits until the condition holds; on time-out says where the browser is and what it shows. */
    void waitUntil(String what, Duration timeout, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            // htmx swaps the page in place: an element read in the middle of a swap is gone, and read again
            new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            String page;
            try {
                screenshot("gagal");
                page = driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
            } catch (RuntimeException | IOException unreadable) {
                page = "(unreadable: " + unreadable.getMessage() + ")";
            }
            throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what + "; the browser is at "
                    + driver.getCurrentUrl() + " showing: " + page.substring(0, Math.min(page.length(), 600)), e);
        }
    }

    /** Saves what the page shows now as target/screenshots/{name}.png. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private static String existing(String[] paths, String what) {
        for (String path : paths) {
            if (new File(path).canExecute()) {
                return path;
            }
        }
        throw new IllegalStateException("The browser test needs " + what + "; .ci/run installs it");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
