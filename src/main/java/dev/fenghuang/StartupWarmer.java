package dev.fenghuang;

import dev.fenghuang.cache.CacheKey;
import dev.fenghuang.cache.CachePolicy;
import dev.fenghuang.cache.PageCache;
import dev.fenghuang.store.SiteStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Loads, on the second core, the classes a command is about to need while the first reads the command line and
 * opens the site's session: logging (on a thread of its own), the site's time zone, the memory cache, the texts, the
 * session, the terminal library, and last, once a command's first request goes to the site, jsoup, the parsers and
 * the HTTP client.
 * Purely an optimisation: nothing it does is kept but what the libraries would make and keep themselves (logging's
 * set-up, the factory Caffeine makes for the memory cache's class, the store's
 * adapter of an article's records), and a failure here changes nothing.
 */
final class StartupWarmer {
    /** What the way to the first page meets, a read answered from the store too: the session. */
    private static final List<String> SESSION = List.of(
            "dev.fenghuang.http.WebClient", "dev.fenghuang.site.DiscuzAccount", "dev.fenghuang.app.PortalReader");

    /**
     * What the terminal reader's first frame meets besides: the terminal and the article's view. A command that
     * prints a page and ends ({@code read}) has no use for them.
     */
    private static final List<String> TERMINAL = List.of(
            "com.googlecode.lanterna.terminal.DefaultTerminalFactory", "com.googlecode.lanterna.screen.TerminalScreen",
            "dev.fenghuang.tui.read.ArticleView", "dev.fenghuang.tui.read.ArticleLayout");

    /** What only a page fetched from the site needs: the HTTP client's insides and the parsers. */
    private static final List<String> FETCHING = List.of(
            "org.apache.hc.client5.http.impl.classic.HttpClients",
            "org.apache.hc.client5.http.impl.classic.MinimalHttpClient",
            "org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager",
            "org.apache.hc.client5.http.impl.classic.InternalExecRuntime",
            "org.apache.hc.client5.http.protocol.RequestAddCookies",
            "org.apache.hc.client5.http.protocol.ResponseProcessCookies",
            "dev.fenghuang.http.SiteProtocol",
            "dev.fenghuang.site.read.ArticleParser", "dev.fenghuang.site.markup.PageGate");

    /** Opened as the process's first request goes to the site. */
    private static final CountDownLatch FETCHING_STARTS = new CountDownLatch(1);
    /** How long the warmer waits for a first request before it ends: later, its work is no use. */
    private static final Duration FETCH_WAIT = Duration.ofSeconds(10);

    /** Set once the terminal reader starts: its first page is fetched and read by a thread of its own. */
    private static volatile boolean readerStarting;

    /** Opened once the command is known to hold pages in memory or not; the memory cache is warmed after. */
    private static final CountDownLatch CACHE_KNOWN = new CountDownLatch(1);
    /** How long the warmer waits to know: a command line is read in a few milliseconds. */
    private static final Duration CACHE_WAIT = Duration.ofMillis(50);
    private static volatile boolean memoryCacheUnused;

    private StartupWarmer() {
    }

    /**
     * Tells the warmer the terminal reader is starting, so it leaves out its last step, the HTTP client and jsoup:
     * the reader's first page is fetched and read on a thread of its own as soon as the session opens, and that step
     * only competed with the UI thread. Reader to the first frame, 20 runs each, alternating, at load 3: from the
     * store 293 -> 276 ms, from the site 400 -> 395 ms. (A cold {@code read} from the site still gains from it.)
     */
    static void leaveFetchingToTheReader() {
        readerStarting = true;
        CACHE_KNOWN.countDown(); // the reader holds its pages in memory
    }

    /**
     * Tells the warmer the command holds no pages in memory (one that reads a page once and ends), so it leaves the
     * memory cache alone: Caffeine's classes and first cache were ~30 ms of its processor in a cold {@code read},
     * shared with the main thread for nothing.
     */
    static void memoryCacheUnused() {
        memoryCacheUnused = true;
        CACHE_KNOWN.countDown();
    }

    /** Tells the warmer the command opens a session that holds its pages in memory. */
    static void memoryCacheUsed() {
        CACHE_KNOWN.countDown();
    }

    /**
     * Tells the warmer a request goes to the site: it then warms what reading the page needs (for a command; the
     * terminal reader's UI thread does it itself). Returns at once.
     */
    static void fetchingStarts() {
        FETCHING_STARTS.countDown();
    }

    /**
     * Starts two threads: one setting logging up, the other warming the rest. Logging is set up by the first class
     * with a logger (~10 ms of CPU), which the main thread meets ~12 ms into {@code main} (the reader's {@code Tui},
     * the session's factory); on its own thread its set-up starts at once, and a thread asking for a logger meanwhile
     * is given one that passes its lines on once it is done, without waiting. Behind the store's date format on the
     * warmer, it came too late and the main thread made it itself.
     *
     * @param launcher whose language's texts the command line's help and output use
     * @return the threads started: logging's, then the warmer
     */
    static List<Thread> start(Main launcher) {
        Thread logging = new Thread(null, null, "startup-logging") { // subclasses, not lambdas: the first lambda
            @Override                                               // links LambdaMetafactory, ~7 ms on the main
            public void run() {                                     // thread
                setUpLogging();
            }
        };
        Thread warmer = new Thread(null, null, "startup-warmer") {
            @Override
            public void run() {
                warm(launcher);
            }
        };
        for (Thread t : new Thread[] {logging, warmer}) {
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
        return List.of(logging, warmer);
    }

    /**
     * Sets SLF4J up, with its provider (kept by its library, made once per process whoever asks); the log itself is
     * opened at the first line written ({@link FileLoggers}), or, under the tests' own logback configuration, here.
     */
    static void setUpLogging() {
        try {
            org.slf4j.LoggerFactory.getILoggerFactory();
        } catch (Throwable ignored) {
            // only ever an optimisation: the first logger asked for tries again
        }
    }

    static void warm(Main launcher) {
        warm(launcher, FETCH_WAIT);
    }

    /** Warms, waiting up to {@code fetchWait} for a request to the site before the last step. */
    static void warm(Main launcher, Duration fetchWait) {
        try {
            // (Logging is set up beside this, on a thread of its own. The public suffix list is not warmed: it is
            // read a few names at a time. Nor is the date format of SQLite's connections, which the jar's sqlite-jdbc
            // makes only when asked for one: see the build's SqliteDateFormat.) First the site's time zone, which
            // the session's first class makes (its rules are read from the JDK's time zone database, ~5 ms) before
            // it starts opening the store.
            java.time.ZoneId.of("Asia/Shanghai");
            // Next the memory cache, which the session's opening builds next, unless the command holds no pages in
            // memory (read, list: known once the command line is read): Caffeine's first cache of a shape writes its
            // class's name with a string concatenation (~9 ms), after asking the JDK for its logger
            // (PlatformLogFinder); what it keeps is the factory of that shape's class. Made after the texts, it came
            // too late for the reader, and the main thread made it itself.
            CACHE_KNOWN.await(CACHE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (!memoryCacheUnused) {
                new PageCache(CachePolicy.defaults());
            }
            // The texts in the user's language (the settings file read for it), which the command line builds its
            // help with while picocli reads the command (~100 ms of the main thread's), and the reader its first
            // frame: ~8 ms, read once a process.
            dev.fenghuang.app.Texts.forLanguage(launcher.language());
            // And the classes the store's codec reads an article's records with, before the first stored page.
            SiteStore.prepareToRead(CacheKey.Kind.ARTICLE);
            dev.fenghuang.model.TimeText.parseIso("2016-11-06T15:20"); // how the store writes an article's times
            ClassLoader loader = StartupWarmer.class.getClassLoader();
            load(SESSION, loader);
            // (a command that holds no pages in memory prints what it reads and ends: it draws no frame)
            if (!memoryCacheUnused) {
                load(TERMINAL, loader);
            }
            // Last what a page fetched from the site needs (jsoup's first page is ~20 ms of CPU), and only once a
            // request goes to the site, while the main thread builds the HTTP client and waits for the answer: a
            // read the store answers never uses it, and warmed before, it competed with the main thread for
            // nothing (the terminal reader's UI thread sets it up itself while it waits: see PortalReader).
            if (readerStarting || !FETCHING_STARTS.await(fetchWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            // (the pages' own tree builder, as a page from the site is read: jsoup's parser, ~100 classes of
            // tokenizer states, reads only what that builder cannot)
            dev.fenghuang.site.markup.PageGate.prepare();
            load(FETCHING, loader);
        } catch (Throwable ignored) {
            // only ever an optimisation
        }
    }

    private static void load(List<String> names, ClassLoader loader) throws ClassNotFoundException {
        for (String name : names) {
            Class.forName(name, true, loader);
        }
    }
}
