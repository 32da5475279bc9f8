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
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
 * properties {@code chromium.binary} and {@code chromedriver.binary} say otherwise). Runs in every
 * build; without Chromium its tests are reported as skipped with the reason, unless the system
 * property {@code browser.required} is true (the Maven profile {@code browser}), which makes that a
 * failure. Screenshots land in {@code target/browser/}.
 */
@Tag("browser")
class HtmlTimelineBrowserTest {

  private static final Path OUT = Paths.get("target", "browser");

  private static ChromeDriver driver;
  private static String skipReason;

  @BeforeAll
  static void start() throws IOException {
    Path chromium = Paths.get(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    Path chromedriver = Paths.get(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    boolean found = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
    skipReason = "No Chromium at " + chromium + " with chromedriver at " + chromedriver
        + ": install them (Debian, Ubuntu: apt-get install chromium chromium-driver) or set the system"
        + " properties chromium.binary and chromedriver.binary";
    if (!found && Boolean.getBoolean("browser.required")) {
      throw new IllegalStateException(skipReason);
    }
    if (!found) {
      return;
    }
    Files.createDirectories(OUT);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 900));
  }

  /** Skips each test, with the reason, when no Chromium was found: reported as skipped, not passed. */
  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(driver != null, skipReason);
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

  /** The boxes of the drawn labels (with their symbols) and of the tick labels, and the ticks. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> layout() {
    return (Map<String, Object>) driver.executeScript(
        "function box(n) { var b = n.getBBox(); return [b.x, b.y, b.x + b.width, b.y + b.height]; }"
            + "var labels = Array.prototype.map.call(document.querySelectorAll('svg#timeline g.event'), function (g) {"
            + "  var a = box(g.querySelector('text.symbol')), b = box(g.querySelector('text.label'));"
            + "  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]; });"
            + "var ticks = Array.prototype.map.call(document.querySelectorAll('svg#timeline .axis > text'), box);"
            + "var tickTexts = Array.prototype.map.call(document.querySelectorAll('svg#timeline .axis > text'),"
            + "  function (t) { return t.textContent; });"
            + "return {labels: labels, ticks: ticks, tickTexts: tickTexts,"
            + "  width: document.getElementById('timeline').getBoundingClientRect().width,"
            + "  breaks: document.querySelectorAll('svg#timeline .break').length};");
  }

  private static void assertNoOverlap(List<List<Number>> boxes, String what) {
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        List<Number> a = boxes.get(i);
        List<Number> b = boxes.get(j);
        boolean apart = a.get(2).doubleValue() <= b.get(0).doubleValue() || b.get(2).doubleValue() <= a.get(0).doubleValue()
            || a.get(3).doubleValue() <= b.get(1).doubleValue() || b.get(3).doubleValue() <= a.get(1).doubleValue();
        assertThat(apart).as("%s %d %s and %d %s overlap", what, i, a, j, b).isTrue();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void assertReadable(Map<String, Object> layout) {
    List<List<Number>> labels = (List<List<Number>>) layout.get("labels");
    List<List<Number>> ticks = (List<List<Number>>) layout.get("ticks");
    List<String> tickTexts = (List<String>) layout.get("tickTexts");
    double width = ((Number) layout.get("width")).doubleValue();
    assertNoOverlap(labels, "labels");
    assertNoOverlap(ticks, "tick labels");
    assertThat(tickTexts).isNotEmpty().doesNotHaveDuplicates();
    for (List<Number> label : labels) {
      assertThat(label.get(0).doubleValue()).as("label %s starts in the page", label).isGreaterThanOrEqualTo(-0.5);
      assertThat(label.get(2).doubleValue()).as("label %s ends in the page", label).isLessThanOrEqualTo(width + 0.5);
    }
  }

  @Test
  void largestExample_labelsDoNotOverlap_ticksAreUnique() throws IOException {
    Path largest;
    try (java.util.stream.Stream<Path> files = Files.list(Paths.get("..", "examples"))) {
      largest = files.filter(p -> p.toString().endsWith(".json"))
          .max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    Timeline timeline = Timeline.build(io.github.eventline.export.json.StoryJson.read(largest));
    page("largest.html", timeline, HtmlOptions.defaults());

    assertThat(severeLogs()).isEmpty();
    assertThat(driver.findElements(By.cssSelector("svg#timeline g.event"))).hasSize((int) datedEvents(timeline));
    assertReadable(layout());
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, OUT.resolve("largest.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aDistantOutlier_isSetApartByABreak_andTheRestStaysReadable() throws IOException {
    io.github.eventline.core.Story.Builder story = io.github.eventline.core.Story.builder().title("Deepwater Horizon");
    for (int day = 0; day < 12; day++) {
      story.event(io.github.eventline.core.Event.builder("e" + day, "Response event number " + day + " in April 2010")
          .when(io.github.eventline.core.time.TimeBounds.on(java.time.LocalDate.of(2010, 4, 20).plusDays(day % 4)))
          .build());
    }
    story.event(io.github.eventline.core.Event.builder("ruling", "The court rules on liability, five years later")
        .when(io.github.eventline.core.time.TimeBounds.on(java.time.LocalDate.of(2015, 7, 2))).build());
    page("outlier.html", Timeline.build(story.build()), HtmlOptions.defaults());

    assertThat(severeLogs()).isEmpty();
    Map<String, Object> layout = layout();
    assertThat(((Number) layout.get("breaks")).intValue()).isEqualTo(1);
    assertReadable(layout);
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, OUT.resolve("outlier.png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
