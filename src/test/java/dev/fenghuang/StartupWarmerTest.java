package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupWarmerTest {
    @TempDir
    Path home;

    /**
     * Caffeine's first cache of the memory cache's shape costs ~15 ms of CPU (java.util.logging set up for its logger,
     * the process's first string concatenation linked, the class of that shape looked up): the warmer pays it, so
     * the main thread building the cache loads nothing.
     */
    @Test
    void afterTheWarmerTheMemoryCacheIsBuiltWithoutLoadingAClass() throws Exception {
        List<String> lines = classesLoadedByAWarmedStart();
        int building = lines.indexOf(StartupWarmerProcess.BUILDING);
        int built = lines.indexOf(StartupWarmerProcess.BUILT);
        assertThat(building).isNotNegative();
        assertThat(lines.subList(building + 1, built)).isEmpty();
    }

    /**
     * jsoup's first page (~20 ms of CPU) serves only a page fetched from the site: the warmer makes it after the
     * session's and the terminal's classes, which a read answered from the store meets before its first frame too,
     * and only once a request goes to the site.
     */
    @Test
    void theWayToTheFirstFrameIsWarmedBeforeJsoupsFirstPage() throws Exception {
        List<String> lines = classesLoadedByAWarmedStart();
        int jsoup = firstLoad(lines, "org.jsoup.nodes.Document");
        assertThat(jsoup).isNotNegative();
        for (String firstFrame : List.of("dev.fenghuang.app.PortalReader", "dev.fenghuang.site.DiscuzAccount",
                "com.googlecode.lanterna.screen.TerminalScreen", "dev.fenghuang.tui.read.ArticleView")) {
            assertThat(firstLoad(lines, firstFrame)).as(firstFrame).isNotNegative().isLessThan(jsoup);
        }
    }

    /**
     * A command whose read the store answers sends no request: the warmer leaves jsoup and the HTTP client alone
     * (~35 ms of processor under {@code java -jar}, which competed with the main thread for nothing).
     */
    @Test
    void aStartThatSendsNoRequestLeavesJsoupAndTheHttpClientAlone() throws Exception {
        List<String> lines = classesLoadedByAWarmedStart("store");
        assertThat(firstLoad(lines, "dev.fenghuang.tui.read.ArticleView")).isNotNegative();
        assertThat(firstLoad(lines, "org.jsoup.nodes.Document")).isNegative();
        assertThat(firstLoad(lines, "org.apache.hc.client5.http.impl.classic.InternalExecRuntime")).isNegative();
    }

    /**
     * Issue 13's first frame: the reader's first page is fetched and read on a thread of its own, and jsoup's first
     * page on the warmer only competed with the UI thread.
     */
    @Test
    void theReadersStartLeavesJsoupToItsFirstPage() throws Exception {
        List<String> lines = classesLoadedByAWarmedStart("reader");
        assertThat(firstLoad(lines, "dev.fenghuang.tui.read.ArticleView")).isNotNegative();
        assertThat(firstLoad(lines, "org.jsoup.nodes.Document")).isNegative();
        assertThat(firstLoad(lines, "org.apache.hc.client5.http.impl.classic.InternalExecRuntime")).isNegative();
    }

    /**
     * The jar's sqlite-jdbc makes no date format until one is asked for (the build's SqliteDateFormat), so the warmer
     * makes none either: made here, it set Java's locale data up (~20 ms of processor) for nothing. Its first step is
     * the site's time zone, which the session's first class makes before it starts opening the store.
     */
    @Test
    void theWarmerLeavesSqlitesDateFormatAloneAndStartsWithTheSitesTimeZone() throws Exception {
        List<String> lines = classesLoadedByAWarmedStart();
        assertThat(firstLoad(lines, "org.sqlite.date.FastDateFormat")).isNegative();
        int zone = firstLoad(lines, "java.time.ZoneRegion");
        assertThat(zone).isNotNegative().isLessThan(firstLoad(lines, "dev.fenghuang.app.Texts"));
    }

    /**
     * Issue 13's first frame: the main thread meets its first logger ~12 ms into {@code main}, before the warmer
     * is past the store's date format, and set logging up itself (~10 ms of CPU). Logging is set up on a thread
     * of its own from the start, neither the warmer's nor the main thread.
     */
    @Test
    void loggingIsSetUpOnAThreadOfItsOwn() throws Exception {
        // When the machine leaves the logging thread without a processor for ~50 ms, the warmer meets its first
        // logger first and sets logging up itself; that is allowed. Code that never sets it up apart fails thrice.
        AssertionError last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                assertLoggingSetUpOnAThreadOfItsOwn();
                return;
            } catch (AssertionError e) {
                last = e;
            }
        }
        throw last;
    }

    private void assertLoggingSetUpOnAThreadOfItsOwn() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:off", "-Xlog:class+load=info:stdout:tid", "-cp",
                System.getProperty("java.class.path"), StartupWarmerProcess.class.getName(), home.toString(), "start")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        String main = loader(lines, StartupWarmerProcess.class.getName());
        String warmer = loader(lines, "dev.fenghuang.cache.PageCache");
        String logging = loader(lines, "ch.qos.logback.classic.LoggerContext");
        assertThat(logging).isNotNull().isNotEqualTo(warmer).isNotEqualTo(main);
        assertThat(warmer).isNotNull().isNotEqualTo(main);
    }

    /** The thread id a class-load line with the {@code tid} decoration gives for {@code className}, or null. */
    private static String loader(List<String> lines, String className) {
        int i = firstLoad(lines, className);
        return i < 0 ? null : lines.get(i).substring(1, lines.get(i).indexOf(']'));
    }

    /**
     * Issue 13's first frame: the session's opening builds the memory cache ~25 ms into {@code main}, and the
     * reader reads its texts only when it draws; with the texts warmed first the main thread built the cache itself.
     */
    @Test
    void theMemoryCacheIsWarmedBeforeTheTexts() throws Exception {
        List<String> lines = classesLoadedByAWarmedStart();
        int cache = firstLoad(lines, "com.github.benmanes.caffeine.cache.Caffeine");
        assertThat(cache).isNotNegative().isLessThan(firstLoad(lines, "dev.fenghuang.app.Texts"));
    }

    /**
     * A command that reads a page once and ends ({@code read}) holds no pages in memory: the warmer leaves the memory
     * cache alone (Caffeine's classes and first cache, ~30 ms of processor competing with the main thread), and
     * warms the rest as before.
     */
    @Test
    void aCommandHoldingNoPagesInMemoryLeavesTheMemoryCacheAlone() throws Exception {
        List<String> lines = classesLoadedByAWarmedStart("one-page");
        int building = lines.indexOf(StartupWarmerProcess.BUILDING);
        assertThat(building).isNotNegative();
        assertThat(firstLoad(lines, "com.github.benmanes.caffeine.cache.Caffeine")).isGreaterThan(building);
        assertThat(firstLoad(lines, "dev.fenghuang.app.PortalReader")).isNotNegative().isLessThan(building);
    }

    /**
     * A command that prints a page and ends ({@code read}, which holds no pages in memory) draws no frame: the warmer
     * leaves the terminal's classes and the article's view alone, which only competed with the main thread.
     */
    @Test
    void aCommandHoldingNoPagesInMemoryLeavesTheTerminalAlone() throws Exception {
        List<String> lines = classesLoadedByAWarmedStart("one-page");
        assertThat(firstLoad(lines, "dev.fenghuang.app.PortalReader")).isNotNegative();
        assertThat(firstLoad(lines, "com.googlecode.lanterna.screen.TerminalScreen")).isNegative();
        assertThat(firstLoad(lines, "dev.fenghuang.tui.read.ArticleView")).isNegative();
    }

    /** The user's texts (a 50 KB bundle, ~8 ms) are read by the warmer, in the launcher's language, once. */
    @Test
    void afterTheWarmerTheUsersTextsAreReadWithoutLoadingAClass() throws Exception {
        List<String> lines = classesLoadedByAWarmedStart();
        int reading = lines.indexOf(StartupWarmerProcess.TEXTS);
        int read = lines.indexOf(StartupWarmerProcess.TEXTS_READ);
        assertThat(reading).isNotNegative();
        assertThat(lines.subList(reading + 1, read)).isEmpty();
    }

    private static int firstLoad(List<String> lines, String className) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("] " + className + " ")) {
                return i;
            }
        }
        return -1;
    }

    private List<String> classesLoadedByAWarmedStart(String... mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xshare:off", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), StartupWarmerProcess.class.getName(), home.toString()));
        command.addAll(List.of(mode));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
