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
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90)).scriptTimeout(Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits until the condition holds; on time-out says where the browser is and what it shows. */
    void waitUntil(String what, Duration timeout, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout).until(condition::apply);
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
