package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cold {@code read AID} loads none of what it used to make on its way to the page and does not need (issue 13):
 * picocli's model of the command line, java.net.IDN for an ASCII host, a SecureRandom for drafts never written,
 * the method handles of a record's generated methods, and sqlite-jdbc's search for its library (which starts a
 * process) once an earlier run noted where it is, an HTTP client when the article comes from the store, and the
 * audit log's Gson, nor any Gson at all: the store reads and writes a reader's records field by field with Gson's
 * streaming API, not with its reflective adapters; nor java.util.logging, Caffeine's logger being found by
 * {@link PlatformLogFinder}; nor java.sql's driver manager (its search for drivers), the store's connection being
 * made directly; nor logback's own initializer (its configurators looked for with a service loader, its status
 * texts), the log being set up by {@link FileLogProvider}; nor a {@code .properties} bundle of texts read whole, the
 * texts being looked up in the tables the build wrote ({@code TextTable}); nor jsoup, which the warmer readies only
 * once a request goes to the site; nor Caffeine, a command that reads one page holding none in memory.
 */
class ColdReadClassesTest {
    private static final List<String> NOT_LOADED = List.of("picocli.CommandLine$Model$CommandSpec", "java.net.IDN",
            "java.security.SecureRandom", "java.lang.runtime.ObjectMethods", "org.sqlite.util.OSInfo",
            "java.lang.ProcessImpl", "org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder",
            "dev.fenghuang.app.AuditLog$Json", "com.google.gson.Gson",
            "com.google.gson.internal.bind.ReflectiveTypeAdapterFactory", "java.util.logging.LogManager",
            "java.sql.DriverManager", "org.sqlite.JDBC", "java.util.PropertyResourceBundle",
            "org.jsoup.nodes.Document", "com.github.benmanes.caffeine.cache.Caffeine");

    @TempDir
    Path home;

    @Test
    void aColdReadLoadsNothingItCanDoWithout() throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            read(portal); // the first run puts SQLite's library in place, naming a temporary file at random
            String out = read(portal);
            for (String name : NOT_LOADED) {
                assertThat(loaded(out, name)).as(name).isEmpty();
            }
        }
    }

    /**
     * A first read of an article, from the site, reads the page with the pages' own tree builder and loads none of
     * jsoup's parser: its tokenizer's ~100 classes (one per state), which a link's {@code &ac=comment} sent the
     * page's references to, and which the warmer loaded by parsing a page with jsoup.
     */
    @Test
    void aReadFromTheSiteLoadsNoneOfJsoupsTokenizer() throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            String out = read(portal);
            assertThat(out).contains("[class,load] dev.fenghuang.site.markup.tree.WellFormedHtml ");
            assertThat(loaded(out, "org.jsoup.parser.Tokeniser")).isEmpty();
            assertThat(loaded(out, "org.jsoup.parser.TokeniserState")).isEmpty();
        }
    }

    /**
     * Run as the jar runs, without the tests' logback-test.xml: logback is set up without its initializer, SLF4J says
     * nothing on the terminal, and the log still gets what is logged at the level asked for.
     */
    @Test
    void aColdReadSetsUpItsLogWithoutLogbacksInitializer() throws Exception {
        String mainOnly = mainOnlyClassPath();
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            read(portal, mainOnly, "DEBUG");
            String out = read(portal, mainOnly, "DEBUG"); // the article from the store
            assertThat(loaded(out, "ch.qos.logback.classic.util.ContextInitializer")).isEmpty();
            // nor, for an article from the store, java.time's formatter (its class makes ~30 others): times are
            // written and read by TimeText. (The tests' logback-test.xml dates its lines with one, and a fetch makes
            // one too: httpcore5's Deadline keeps one for its text.)
            assertThat(loaded(out, "java.time.format.DateTimeFormatter")).isEmpty();
            assertThat(loaded(out, "dev.fenghuang.FileLogProvider")).hasSize(1);
            assertThat(out.lines().filter(l -> !l.startsWith("["))).noneMatch(l -> l.contains("SLF4J"));
            String log = Files.readString(home.resolve("state/fenghuang/fenghuang.log"));
            assertThat(log.lines()).anyMatch(l -> l.contains(" DEBUG ") && l.contains("aid=1"));
        }
    }

    /**
     * Run as the jar runs, at the default level: a read that logs nothing opens no log, and logback is not set up at
     * all ({@link FileLoggers}).
     */
    @Test
    void aColdReadThatLogsNothingSetsUpNoLogback() throws Exception {
        String mainOnly = mainOnlyClassPath();
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            read(portal, mainOnly, "INFO"); // the store's first opening says it made its tables, at INFO
            String out = read(portal, mainOnly, "INFO");
            assertThat(out).contains("[class,load] dev.fenghuang.FileLoggers ");
            assertThat(loaded(out, "ch.qos.logback.classic.LoggerContext")).isEmpty();
            assertThat(loaded(out, "ch.qos.logback.core.OutputStreamAppender")).isEmpty();
        }
    }

    /** The class path as the jar has it: without the tests' classes, their logback-test.xml among them. */
    private static String mainOnlyClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static List<String> loaded(String out, String name) {
        return ChildRead.loaded(out, name);
    }

    private String read(DemoPortal portal) throws Exception {
        return read(portal, System.getProperty("java.class.path"), "INFO");
    }

    /** What a child JVM running {@code read 1} from {@code classPath} printed, the classes it loaded among it. */
    private String read(DemoPortal portal, String classPath, String logLevel) throws Exception {
        return ChildRead.output(home, portal, List.of("-Xshare:off", "-Xlog:class+load=info", "-cp", classPath,
                Main.class.getName()), logLevel);
    }
}
