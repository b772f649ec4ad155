package id.sakip.local;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quarter of one indicator in real browsers, one per person: the bidang's operator enters the value (a mistyped
 * number refused beside its field, the input kept), attaches a file and submits with the explanation the capaian
 * asks for; another bidang's operator gets no form; the Kepala Bidang verifies; the Kepala OPD approves the period;
 * the beranda shows the capaian; the LKjIP downloads. Each main screen is checked by axe-core and photographed.
 */
final class QuarterInTheBrowser {

    static final String PERIOD = "2025Q4";
    static final String PERIOD_LABEL = "Triwulan IV 2025";

    private final String gateway;
    private final String idp;
    private final Function<WebDriver, List<String>> axe;

    QuarterInTheBrowser(String gateway, String idp, Function<WebDriver, List<String>> axe) {
        this.gateway = gateway;
        this.idp = idp;
        this.axe = axe;
    }

    void run(String indicatorId, String indicatorName, Map<String, String> users) throws IOException {
        String form = "/realisasi/" + indicatorId + "/" + PERIOD;
        try (Browser browser = signedIn(users.get("operator"), "/realisasi?periode=" + PERIOD)) {
            WebDriver driver = browser.driver();
            assertThat(heading(driver)).isEqualTo("Realisasi");
            assertThat(main(driver)).contains(indicatorName, "90 %", "Belum diisi");
            browser.screenshot("realisasi");
            accessible(browser, "realisasi");
            driver.findElement(By.cssSelector("a[href='" + form + "']")).click();
            browser.waitUntil("the entry form", Duration.ofSeconds(30), d -> !d.findElements(By.id("value")).isEmpty());

            type(driver, "value", "97,6,4");
            submit(driver, "nilai-judul");
            browser.waitUntil("the refusal beside the value", Duration.ofSeconds(30),
                    d -> !d.findElements(By.id("value-galat")).isEmpty());
            assertThat(driver.findElement(By.id("value-galat")).getText()).contains("bukan angka", "97,64");
            assertThat(driver.findElement(By.id("value")).getAttribute("value")).as("the input is kept")
                    .isEqualTo("97,6,4");
            assertThat(driver.findElement(By.id("value")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot("realisasi-galat");
            accessible(browser, "realisasi-galat");

            // the session ends while the form is open: sending it signs in again and shows the form, nothing saved
            driver.manage().deleteCookieNamed("SESSION");
            type(driver, "value", "97,64");
            submit(driver, "nilai-judul");
            browser.waitUntil("the form again after signing in", Duration.ofSeconds(60), d -> d.manage()
                    .getCookieNamed("SESSION") != null && !d.findElements(By.id("value")).isEmpty()
                    && d.findElements(By.id("value-galat")).isEmpty());
            assertThat(driver.getCurrentUrl()).isEqualTo(gateway + form);
            assertThat(main(driver)).as("nothing was saved").contains("status Belum diisi");

            type(driver, "value", "97,64");
            submit(driver, "nilai-judul");
            browser.waitUntil("the value saved", Duration.ofSeconds(30),
                    d -> d.findElement(By.tagName("main")).getText().contains("Nilai realisasi tersimpan"));
            assertThat(main(driver)).contains("108,49%", "Hijau", "Draf");

            Path evidence = Files.createTempFile("berita-acara", ".pdf");
            Files.writeString(evidence, "%PDF-1.4\n%%EOF\n", StandardCharsets.US_ASCII);
            driver.findElement(By.id("file")).sendKeys(evidence.toAbsolutePath().toString());
            submit(driver, "bukti-judul");
            browser.waitUntil("the file attached", Duration.ofSeconds(30),
                    d -> d.findElement(By.tagName("main")).getText().contains("Bukti dukung terlampir"));
            assertThat(driver.findElement(By.cssSelector(".berkas")).getText()).contains(evidence.getFileName()
                    .toString());

            // above target: the faktor pendorong is asked for, beside its field, before anything is submitted
            assertThat(main(driver)).contains("(wajib untuk capaian ini)");
            submit(driver, "ajukan-judul");
            browser.waitUntil("the explanation asked for", Duration.ofSeconds(30),
                    d -> !d.findElements(By.id("faktorPendorong-galat")).isEmpty());
            assertThat(driver.findElement(By.id("faktorPendorong-galat")).getText())
                    .contains("wajib diisi bila capaian melampaui target");
            type(driver, "faktorPendorong", "Pendataan PMKS terpadu dengan DTKS");
            submit(driver, "ajukan-judul");
            browser.waitUntil("the realisation submitted", Duration.ofSeconds(30),
                    d -> d.findElement(By.tagName("main")).getText().contains("Realisasi diajukan"));
            assertThat(main(driver)).contains("Diajukan", "Pendataan PMKS terpadu dengan DTKS", "Riwayat");
            assertThat(driver.findElements(By.id("value"))).as("no longer editable").isEmpty();
            browser.screenshot("realisasi-isi");
            accessible(browser, "realisasi-diajukan");

            // a 768 px tablet: the page reflows, nothing runs off to the side
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
            browser.waitUntil("the tablet's width", Duration.ofSeconds(10), d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("return window.innerWidth")).intValue() <= 768);
            assertThat(((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth")).intValue())
                    .as("no horizontal scrolling at 768 px").isLessThanOrEqualTo(0);
            browser.screenshot("realisasi-tablet");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));

            // what waits for the operator now: this year's indicator, not yet entered in the quarter running today
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
            String quarterNow = "Triwulan " + List.of("I", "II", "III", "IV").get((today.getMonthValue() - 1) / 3) + " "
                    + today.getYear();
            driver.findElement(By.linkText("Beranda")).click();
            browser.waitUntil("the operator's beranda", Duration.ofSeconds(30), d -> "Beranda".equals(heading(d)));
            assertThat(main(driver)).contains("Menunggu tindakan saya",
                    "1 indikator " + quarterNow + " belum diisi, draf, atau dikembalikan: menunggu diajukan");
        }

        try (Browser browser = signedIn(users.get("otherBidang"), form)) {
            WebDriver driver = browser.driver();
            assertThat(heading(driver)).isEqualTo("Tidak tersedia");
            assertThat(main(driver)).contains("Anda tidak berwenang mengisinya");
            assertThat(driver.findElements(By.id("value"))).as("no entry form for another bidang").isEmpty();
            driver.get(gateway + "/realisasi?periode=" + PERIOD);
            browser.waitUntil("the other bidang's worksheet", Duration.ofSeconds(30),
                    d -> "Realisasi".equals(heading(d)));
            assertThat(main(driver)).doesNotContain(indicatorName);
        }

        try (Browser browser = signedIn(users.get("kabid"), "/verifikasi?periode=" + PERIOD)) {
            WebDriver driver = browser.driver();
            assertThat(heading(driver)).isEqualTo("Verifikasi");
            assertThat(main(driver)).contains("Menunggu verifikasi (1)", indicatorName, "97,64 %", "108,49%",
                    "Pendataan PMKS terpadu dengan DTKS", "1 bukti dukung");
            browser.screenshot("verifikasi");
            accessible(browser, "verifikasi");
            driver.findElement(By.cssSelector("button[value=verifikasi]")).click();
            browser.waitUntil("the realisation verified", Duration.ofSeconds(30),
                    d -> d.findElement(By.tagName("main")).getText().contains("Realisasi diverifikasi."));
            assertThat(main(driver)).contains("Menunggu verifikasi (0)", "Diverifikasi");
        }

        try (Browser browser = signedIn(users.get("kadis"), "/persetujuan?periode=" + PERIOD)) {
            WebDriver driver = browser.driver();
            assertThat(heading(driver)).isEqualTo("Persetujuan periode");
            assertThat(main(driver)).contains(indicatorName, "Diverifikasi");
            accessible(browser, "persetujuan");
            driver.findElement(By.cssSelector("form[action$='/persetujuan/" + PERIOD + "'] button")).click();
            browser.waitUntil("the period approved", Duration.ofSeconds(30),
                    d -> d.findElement(By.tagName("main")).getText().contains("disetujui dan dikunci"));
            assertThat(main(driver)).contains("Disetujui", "sudah disetujui dan terkunci");
            browser.screenshot("persetujuan");

            // the approval reaches reporting through the events: the beranda shows it once it has arrived
            browser.waitUntil("the beranda with the approved capaian", Duration.ofSeconds(60), d -> {
                d.get(gateway + "/?tahun=2025");
                String page = d.findElement(By.tagName("main")).getText();
                return page.contains("108,49%") && page.contains("Disetujui (" + PERIOD + ")");
            });
            accessible(browser, "beranda-kadis");

            driver.get(gateway + "/laporan?tahun=2025");
            browser.waitUntil("the reports", Duration.ofSeconds(30), d -> "Laporan".equals(heading(d)));
            assertThat(main(driver)).contains("LKjIP 2025", "Perjanjian Kinerja 2025", "Evaluasi Renja 2025");
            browser.screenshot("laporan");
            accessible(browser, "laporan");
            String href = driver.findElement(By.linkText("LKjIP 2025")).getAttribute("href");
            Object downloaded = ((JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
                        + r.headers.get('content-type') + ' '
                        + String.fromCharCode(...new Uint8Array(b.slice(0, 5))) + ' ' + b.byteLength)))
                        .catch(e => done('error ' + e));""", href);
            String[] answer = String.valueOf(downloaded).split(" ");
            assertThat(answer[0]).as("LKjIP download: " + downloaded).isEqualTo("200");
            assertThat(answer[1]).startsWith("application/pdf");
            assertThat(answer[2]).isEqualTo("%PDF-");
            assertThat(Long.parseLong(answer[3])).isGreaterThan(2_000);
        }
    }

    private Browser signedIn(String user, String path) {
        return Browser.signedIn(gateway, idp, user, path);
    }

    private void accessible(Browser browser, String screen) {
        assertThat(axe.apply(browser.driver())).as("axe-core on " + screen).isEmpty();
    }

    /** Submits the form of the section whose heading has this id (the page swaps in place: htmx). */
    private static void submit(WebDriver driver, String headingId) {
        driver.findElement(By.cssSelector("section[aria-labelledby='" + headingId + "'] button[type=submit]")).click();
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String heading(WebDriver driver) {
        List<WebElement> h1 = driver.findElements(By.tagName("h1"));
        return h1.isEmpty() ? "" : h1.get(0).getText();
    }

    private static String main(WebDriver driver) {
        return driver.findElement(By.tagName("main")).getText();
    }
}
