package io.github.eventline.export.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.eventline.core.KurskStory;
import io.github.eventline.timeline.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML view in a real browser: headless Chromium driven by chromedriver (Debian's packages
 * {@code chromium} and {@code chromium-driver}, found at {@code /usr/bin} unless the system
 * properties {@code chromium.binary} and {@code chromedriver.binary} say otherwise). Runs only in
 * the Maven profile {@code browser}; screenshots land in {@code target/browser/}.
 */
@Tag("browser")
class HtmlTimelineBrowserTest {

  private static final Path OUT = Paths.get("target", "browser");

  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    Files.createDirectories(OUT);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Paths.get(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 900));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Path page(String name, Timeline timeline, HtmlOptions options) throws IOException {
    Path file = OUT.resolve(name).toAbsolutePath();
    Files.writeString(file, HtmlTimeline.toHtml(timeline, options));
    driver.get(file.toUri().toString());
    return file;
  }

  private static List<String> severeLogs() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString)
        .collect(Collectors.toList());
  }

  private static long datedEvents(Timeline timeline) {
    return timeline.events().stream().filter(e -> timeline.place(e.id()).isPresent()).count();
  }

  @Test
  void seedStory_drawsEveryDatedEventAndTheLegend_withoutConsoleErrors() throws IOException {
    Timeline timeline = Timeline.build(KurskStory.build());
    page("kursk.html", timeline, HtmlOptions.defaults().withRelations(true));

    assertThat(severeLogs()).isEmpty();
    assertThat(driver.findElements(By.cssSelector("svg#timeline g.event"))).hasSize((int) datedEvents(timeline));
    assertThat(driver.findElements(By.cssSelector("#legend li[data-status]"))).hasSize(6);
    assertThat(driver.findElements(By.cssSelector("svg#timeline g.density"))).isEmpty();
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, OUT.resolve("timeline.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void hostileSummaries_runNoScript() throws IOException {
    Timeline timeline = HtmlTimelineTest.hostileTimeline();
    page("hostile.html", timeline, HtmlOptions.defaults());

    assertThat(severeLogs()).isEmpty();
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(driver.findElement(By.cssSelector("g.event[data-id='hostile'] text.label")).getText())
        .startsWith("<script>alert(1)</script>");
  }

  @Test
  void pastTheThreshold_drawsDensity_andZoomingInDrawsEvents() throws IOException {
    Timeline timeline = Timeline.build(KurskStory.build());
    page("density.html", timeline, HtmlOptions.defaults().withDensityThreshold(3));

    assertThat(severeLogs()).isEmpty();
    assertThat(driver.findElements(By.cssSelector("svg#timeline g.density rect"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("svg#timeline g.event"))).isEmpty();
    for (int i = 0; i < 12 && driver.findElements(By.cssSelector("svg#timeline g.event")).isEmpty(); i++) {
      driver.findElement(By.id("zoom-in")).click();
    }
    assertThat(driver.findElements(By.cssSelector("svg#timeline g.event"))).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, OUT.resolve("zoomed.png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
