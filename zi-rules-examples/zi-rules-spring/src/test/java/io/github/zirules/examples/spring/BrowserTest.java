package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: headless Chromium driven by Selenium uploads a sample and an LKE workbook, reads the
 * verdict and downloads the report as PDF and JSON, as a person would. Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run}
 * installs them). Without them the test is skipped with a message on a developer's machine, and fails under CI
 * ({@code CI=true}), where a skipped browser test would hide a broken page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest extends ServiceTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Path work;
    private WebDriver browser;
    private Path downloads;

    @BeforeAll
    void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI must run the browser test, but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: "
                    + ".ci/run installs the Debian packages chromium and chromium-driver");
        }
        Assumptions.assumeTrue(present, "browser test skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are not "
                + "both installed (apt-get install -y chromium chromium-driver)");
        work = Files.createTempDirectory("zirules-browser");
        downloads = Files.createDirectories(work.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(work.resolve("profile")), "--window-size=1280,1600");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (work != null) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aPersonUploadsASampleReadsTheVerdictAndDownloadsTheReport() throws Exception {
        Path sample = work.resolve("lke-r1001-0.json");
        Files.write(sample, resource("examples/random-1001-00.json"));

        submit("/?lang=en", sample, null);
        String verdict = wait(By.cssSelector(".verdict")).getText();

        assertTrue(verdict.contains("NOT ELIGIBLE for Menuju WBK"), verdict);

        browser.findElement(By.id("download-pdf")).click();
        Path pdf = downloads.resolve("R1001-0.report.pdf");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Files.isRegularFile(pdf));
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));

        browser.findElement(By.id("download-json")).click();
        Path report = downloads.resolve("R1001-0.report.json");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(report));
        String json = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(json.contains("zi-report/1") && json.contains("R1001-0"), json);
    }

    @Test
    void aPersonUploadsAnLkeWorkbookWithItsTargetAndReadsTheVerdict() throws Exception {
        Path workbook = work.resolve("lke-unit.xlsx");
        Files.write(workbook, resource("workbooks/r01-random-wbk.xlsx"));

        submit("/?lang=en", workbook, "WBK");
        String verdict = wait(By.cssSelector(".verdict")).getText();

        assertTrue(verdict.contains("NOT ELIGIBLE for Menuju WBK"), verdict);
        assertTrue(browser.getPageSource().contains("75.62"), "the workbook's expected total");
    }

    @Test
    void aPersonAsksForAPlanAndSeesTheReasonInBahasaIndonesia() throws Exception {
        Path sample = work.resolve("lke-plan.json");
        Files.write(sample, resource("examples/random-1001-00.json"));

        submit("/plan?lang=id", sample, null);
        String reason = wait(By.id("plan-reason")).getText();

        assertTrue(!reason.isBlank(), "the plan's reason");
        assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    @Test
    void aBrokenFileShowsWhereInWords() throws Exception {
        Path broken = work.resolve("broken.json");
        Files.writeString(broken, new String(resource("examples/random-1001-00.json"), StandardCharsets.UTF_8)
                .replace("\"PEM.MP.1.a\": \"Ya\"", "\"PEM.MP.1.a\": \"Mungkin\""));

        submit("/?lang=id", broken, null);
        String where = wait(By.cssSelector("td.where")).getText();

        assertTrue(where.contains("butir PEM.MP.1.a (Unit kerja telah membentuk tim untuk melakukan …)"), where);
    }

    /** Opens the form at {@code path}, chooses {@code file} and, unless null, the target, and submits. */
    private void submit(String path, Path file, String target) {
        browser.get(uri(path).toString());
        browser.findElement(By.id("assessment")).sendKeys(file.toString());
        if (target != null) {
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("target"))).selectByValue(target);
        }
        browser.findElement(By.id("submit")).click();
    }

    private org.openqa.selenium.WebElement wait(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(what));
    }
}
