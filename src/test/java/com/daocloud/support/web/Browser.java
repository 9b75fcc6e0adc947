package com.daocloud.support.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through its own ChromeDriver, headless, with a fresh profile each time.
 * Both executables are set explicitly so that Selenium Manager never looks for (or downloads) a
 * browser or driver. Screenshots and page sources go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path profile;
  private final WebDriverWait wait;
  private final String baseUrl;

  private Browser(ChromeDriver driver, Path profile, String baseUrl) {
    this.driver = driver;
    this.profile = profile;
    this.baseUrl = baseUrl;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  /** Skips the calling test (not fails it) on a machine without Chromium; {@code .ci/run} installs it. */
  static void assumeChromium() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Browser test skipped: " + CHROMIUM + " and " + CHROMEDRIVER
            + " are needed (Debian packages chromium and chromium-driver; .ci/run installs them)");
  }

  static Browser open(int port) {
    try {
      Path profile = Files.createTempDirectory("dce-chromium-");
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort()
          .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
          "--user-data-dir=" + profile.toAbsolutePath());
      return new Browser(new ChromeDriver(service, options), profile, "http://localhost:" + port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a Camunda webapp ({@code tasklist}, {@code cockpit}) and logs in through its form. */
  void login(String app, String user, String password) {
    driver.get(baseUrl + "/camunda/app/" + app + "/default/");
    By username = By.cssSelector("input[ng-model='username']");
    By passwordField = By.cssSelector("input[ng-model='password']");
    // The page focuses the user name field once it has rendered; on a busy machine that can happen while the
    // password is being typed, which then lands in the user name. Type until both fields hold what was typed.
    wait.until(d -> {
      type(username, user);
      type(passwordField, password);
      return user.equals(waitFor(username).getDomProperty("value"))
          && password.equals(waitFor(passwordField).getDomProperty("value"));
    });
    click(By.cssSelector("form button[type='submit']"));
    // The login form disappears once the session exists.
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
  }

  WebElement waitFor(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  WebElement waitForClickable(By locator) {
    return wait.until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** Waits until nothing the locator finds is visible (e.g. a dialog that closed). */
  void waitUntilGone(By locator) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  /** Whether an element the locator finds is shown now (present but hidden is not shown). */
  boolean isDisplayed(By locator) {
    return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
  }

  void waitUntilUrlContains(String fragment) {
    wait.until(ExpectedConditions.urlContains(fragment));
  }

  void waitUntilTextIn(By locator, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /** Waits until the element's text is no longer {@code text} (e.g. a countdown's next second). */
  String waitUntilTextChanges(By locator, String text) {
    wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(locator, text)));
    return text(locator);
  }

  void type(By locator, String text) {
    WebElement field = waitFor(locator);
    field.clear();
    field.sendKeys(text);
  }

  /** Clicks once clickable, centred first: Camunda's fixed footer covers the bottom of the page. */
  void click(By locator) {
    WebElement element = waitForClickable(locator);
    scrollToCentre(element);
    waitForClickable(locator).click();
  }

  void scrollToCentre(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  void scrollToTop(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
  }

  String text(By locator) {
    return waitFor(locator).getText().trim();
  }

  String attribute(By locator, String name) {
    return driver.findElement(locator).getDomAttribute(name);
  }

  /** The given attribute of every element found, in document order. */
  java.util.List<String> attributes(By locator, String attribute) {
    return driver.findElements(locator).stream().map(e -> e.getDomAttribute(attribute)).toList();
  }

  /** The current value of every input or textarea found (a property: the page sets it, not the markup). */
  java.util.List<String> values(By locator) {
    return driver.findElements(locator).stream().map(e -> e.getDomProperty("value")).toList();
  }

  /** Opens a page of the application, e.g. a Cockpit route. */
  void open(String path) {
    driver.get(baseUrl + path);
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Opens any address, e.g. a page of another site. */
  void navigate(String url) {
    driver.get(url);
  }

  /** The text the window shows (for an API answer: the JSON). */
  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** A Chrome DevTools command, e.g. {@code Network.setExtraHTTPHeaders}. */
  void devTools(String command, java.util.Map<String, Object> parameters) {
    driver.executeCdpCommand(command, parameters);
  }

  /** Keeps a PNG of the window, e.g. {@code target/screenshots/tasklist-contact-form.png}. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps a PNG of one element only (e.g. a diagram without the webapp around it). */
  Path screenshot(By element, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.findElement(element).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Resizes the window, e.g. so that a wide diagram is drawn at a readable scale. */
  void resize(int width, int height) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  /** Runs a script in the page and answers its result. */
  Object script(String javaScript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
  }

  /**
   * Runs a script that answers later: it calls its last argument ({@code arguments[arguments.length - 1]}) with
   * the result, e.g. when a promise settles.
   */
  Object asyncScript(String javaScript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeAsyncScript(javaScript, arguments);
  }

  /** What a failed test leaves to look at: the window and the page source. */
  void keepEvidence(String name) {
    try {
      screenshot(name);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (RuntimeException | IOException e) {
      // Evidence is best effort; the test's own failure is what matters.
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A leftover temporary profile is harmless.
    }
  }
}
