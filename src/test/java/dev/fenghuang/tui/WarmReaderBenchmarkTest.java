package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.ReaderFactory;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.http.HttpSettings;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.Article;
import dev.fenghuang.site.markup.PageGate;
import dev.fenghuang.site.read.ArticleParser;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's in-session and "keep" targets in one table, side by side in one run: a new article over loopback
 * against {@code curl} fetching the same page, a seen article (its requests and its time to frame), the portal
 * article page's parses a second on one thread, and the bytes a one-line scroll and a page send at 80×24 in the
 * article view and the forum's thread view. The reader runs as {@code main} builds it for a named site (with its
 * store), on Lanterna's ANSI terminal, its requests on a worker pool as {@code Tui} makes it, this thread being its UI
 * thread: a key's time is from the key posted to the loop to the frame's last byte written to the terminal (what the
 * loop does after the frame, handing the page to the store's thread, is not in it), and its CPU is that of this thread
 * and the workers over the key. Run on demand:
 * {@code mvn -B -o test -Dtest=WarmReaderBenchmarkTest -Dgroups=benchmark -Dtest.excludedGroups=}.
 */
@Tag("benchmark")
class WarmReaderBenchmarkTest {
    /** The demo portal's articles: aid 1 (the sample) and the generated 2 to 73. */
    static final int ARTICLES = 73;
    /** Readers opened only to warm the JIT on every article before the one measured. */
    static final int WARM_READERS = 3;
    static final int SEEN_OPENS = 200;

    @TempDir
    static Path home;

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final List<String[]> table = new ArrayList<>();
    /** Medians the floor rows add up, in ns: a seen article's frame, one parse of a new article's page. */
    private double seenFrame;
    private double parseMedian;

    @Test
    void warmInSessionAndKeepTargets() throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults());
                BareGets bare = new BareGets()) {
            for (int i = 0; i < WARM_READERS; i++) {
                try (PortalSession session = session(portal, "warm" + i, "local"); Workers workers = new Workers()) {
                    newArticles(portal, rig(session, workers), workers, null);
                }
            }
            try (PortalSession session = session(portal, "measured", "local"); Workers workers = new Workers()) {
                WireRig rig = rig(session, workers);
                newArticles(portal, rig, workers, "with its store");
                seenArticles(portal, rig, workers);
            }
            try (PortalSession session = session(portal, "unstored", SiteProfile.DEMO);
                    Workers workers = new Workers()) {
                newArticles(portal, rig(session, workers), workers, "no store");
            }
            parses(portal);
            getsAlone(portal, bare);
        }
        scrollBytes();
        System.out.println();
        System.out.printf("%-44s %-30s %s%n", "issue 13 (load " + loadAverage() + ")", "measured", "target");
        for (String[] row : table) {
            System.out.printf("%-44s %-30s %s%n", row[0], row[1], row[2]);
        }
    }

    /**
     * A session on {@code portal} as {@code main} opens one for the site {@code site}, in a home of its own: a named
     * site keeps a store, {@code demo} none.
     */
    static PortalSession session(DemoPortal portal, String name, String site) throws IOException {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.resolve(name).toString());
        Files.createDirectories(dirs.config());
        SiteProfile profile = SiteProfile.from(site, portal.baseUrl().toString(), Settings.load(dirs));
        PortalSession session = new ReaderFactory(dirs).openSession(profile, null, () -> { });
        session.reader().storeBehind(); // as Tui.run does
        return session;
    }

    /** The reader on {@code session}, at its first article's frame, its requests on {@code workers}. */
    static WireRig rig(PortalSession session, Workers workers) throws Exception {
        WireRig rig = WireRig.open(session.reader(), TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 400,
                workers.pool(), loop -> loop.forum(Tui.forumOf(session)));
        turnWhileBusy(rig.loop());
        return rig;
    }

    /** The worker pool {@code Tui} runs the requests on, its threads' CPU time told. */
    static final class Workers implements AutoCloseable {
        private final List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2,
                r -> {
                    Thread t = new Thread(r, "fenghuang-worker");
                    t.setDaemon(true);
                    threads.add(t);
                    return t;
                });

        java.util.concurrent.Executor pool() {
            return pool;
        }

        /** The CPU time the workers have used so far, in ns. */
        long cpu() {
            long sum = 0;
            for (Thread t : threads) {
                long used = CPU.getThreadCpuTime(t.getId());
                sum += Math.max(0, used);
            }
            return sum;
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** One key's times: to its frame written, to the loop's turn ending, and the CPU of the UI thread and workers. */
    record KeyTimes(long toFrame, long toTurnEnd, long uiCpu, long workerCpu) {
    }

    /**
     * Opens every article once with {@code :aid}; when {@code measured} names the reader, each beside curl fetching
     * the same URL.
     */
    private void newArticles(DemoPortal portal, WireRig rig, Workers workers, String measured) throws Exception {
        long[] reader = new long[ARTICLES - 1];
        long[] turnEnd = new long[ARTICLES - 1];
        long[] cpu = new long[ARTICLES - 1];
        long[] uiCpu = new long[ARTICLES - 1];
        long[] curl = new long[ARTICLES - 1];
        long[] curlGzip = new long[ARTICLES - 1];
        long requests = 0;
        for (int aid = 2; aid <= ARTICLES; aid++) {
            long before = portal.requestCount();
            KeyTimes t = open(rig, workers, aid);
            reader[aid - 2] = t.toFrame();
            turnEnd[aid - 2] = t.toTurnEnd();
            cpu[aid - 2] = t.uiCpu() + t.workerCpu();
            uiCpu[aid - 2] = t.uiCpu();
            requests += portal.requestCount() - before;
            if (measured != null) {
                String url = portal.baseUrl() + "portal.php?mod=view&aid=" + aid;
                boolean gzipFirst = aid % 2 == 0;
                curlGzip[aid - 2] = gzipFirst ? curl(url, true) : 0;
                curl[aid - 2] = curl(url, false);
                curlGzip[aid - 2] = gzipFirst ? curlGzip[aid - 2] : curl(url, true);
            }
        }
        if (measured != null) {
            double r = median(reader);
            double c = median(curl);
            table.add(new String[] {"new article " + measured + ", key to frame", spread(reader), ""});
            table.add(new String[] {"  key to the loop's turn ending", spread(turnEnd), ""});
            table.add(new String[] {"  CPU, UI thread + workers (median)", ms(median(cpu)), ""});
            table.add(new String[] {"  CPU, UI thread alone (median)", ms(median(uiCpu)), ""});
            double g = median(curlGzip);
            table.add(new String[] {"  curl, same URLs, time_total", spread(curl), ""});
            table.add(new String[] {"  ratio of medians, reader / curl", String.format("%.2fx", r / c), "<= 1.3x"});
            table.add(new String[] {"  curl --compressed (gzip, as the reader)", spread(curlGzip), ""});
            table.add(new String[] {"  ratio of medians, reader / curl gzip", String.format("%.2fx", r / g), ""});
            table.add(new String[] {"  requests per article", String.format("%.2f", requests
                    / (double) reader.length), ""});
        }
    }

    /**
     * The floor of a new article's frame, side by side with curl in one loop with no reader running: Apache HttpClient
     * 5's GET alone, with and without compression, plus one parse of the page and the frame of a seen article (its
     * layout and paint), against curl's time_total for the same URLs.
     */
    private void getsAlone(DemoPortal portal, BareGets bare) throws Exception {
        for (int round = 0; round < 20; round++) {
            for (int aid = 2; aid <= ARTICLES; aid++) {
                String url = portal.baseUrl() + "portal.php?mod=view&aid=" + aid;
                bare.get(url, true);
                bare.get(url, false);
            }
        }
        long[] gzip = new long[ARTICLES - 1];
        long[] identity = new long[ARTICLES - 1];
        long[] curl = new long[ARTICLES - 1];
        long[] curlGzip = new long[ARTICLES - 1];
        for (int aid = 2; aid <= ARTICLES; aid++) {
            String url = portal.baseUrl() + "portal.php?mod=view&aid=" + aid;
            curl[aid - 2] = curl(url, false);
            curlGzip[aid - 2] = curl(url, true);
            gzip[aid - 2] = bare.get(url, true);
            identity[aid - 2] = bare.get(url, false);
        }
        double c = median(curl);
        double cz = median(curlGzip);
        double g = median(gzip) + parseMedian + seenFrame;
        double i = median(identity) + parseMedian + seenFrame;
        table.add(new String[] {"floor, no reader running: curl", spread(curl), ""});
        table.add(new String[] {"  curl --compressed", spread(curlGzip), ""});
        table.add(new String[] {"  one GET alone, HttpClient 5 (gzip)", spread(gzip), ""});
        table.add(new String[] {"  one GET alone, no compression", spread(identity), ""});
        table.add(new String[] {"  GET (gzip) + one parse + seen frame", ms(g) + String.format(" = %.2fx curl", g / c),
                "<= 1.3x"});
        table.add(new String[] {"  GET (none) + one parse + seen frame", ms(i) + String.format(" = %.2fx curl", i / c),
                "<= 1.3x"});
        table.add(new String[] {"  GET (gzip) + one parse + seen frame", String.format("%.2fx curl --compressed",
                g / cz), ""});
    }

    /**
     * Apache HttpClient 5 as its builder makes it, nothing of Fenghuang around it: one GET of a page read whole into
     * bytes, over a kept-alive connection, with compression asked for (as the reader asks) or not.
     */
    static final class BareGets implements AutoCloseable {
        private final org.apache.hc.client5.http.impl.classic.CloseableHttpClient gzip =
                org.apache.hc.client5.http.impl.classic.HttpClients.createDefault();
        private final org.apache.hc.client5.http.impl.classic.CloseableHttpClient identity =
                org.apache.hc.client5.http.impl.classic.HttpClients.custom().disableContentCompression().build();

        /**
         * The time of one GET of {@code url}, in ns, with the reader's desktop User-Agent: HttpClient's own ("Java")
         * gets Discuz's mobile page, a tenth of the size.
         */
        long get(String url, boolean compressed) throws IOException {
            var request = new org.apache.hc.client5.http.classic.methods.HttpGet(url);
            request.setHeader("User-Agent", HttpSettings.DESKTOP_USER_AGENT);
            long start = System.nanoTime();
            byte[] body = (compressed ? gzip : identity).execute(request,
                    response -> org.apache.hc.core5.http.io.entity.EntityUtils.toByteArray(response.getEntity()));
            long time = System.nanoTime() - start;
            assertThat(new String(body, StandardCharsets.UTF_8)).as(url).contains("id=\"article_content\"");
            return time;
        }

        @Override
        public void close() throws IOException {
            gzip.close();
            identity.close();
        }
    }

    /** Opens articles already read again, each after another: no request, the time to frame. */
    private void seenArticles(DemoPortal portal, WireRig rig, Workers workers) throws Exception {
        long[] nanos = new long[SEEN_OPENS];
        long[] cpu = new long[SEEN_OPENS];
        long before = portal.requestCount();
        for (int i = 0; i < SEEN_OPENS; i++) {
            KeyTimes t = open(rig, workers, 2 + i % (ARTICLES - 1));
            nanos[i] = t.toFrame();
            cpu[i] = t.uiCpu() + t.workerCpu();
        }
        long requests = portal.requestCount() - before;
        table.add(new String[] {"seen article, requests", Long.toString(requests), "0"});
        table.add(new String[] {"seen article, key to frame", spread(nanos), "<= 2 ms"});
        seenFrame = median(nanos);
        table.add(new String[] {"  CPU, UI thread + workers (median)", ms(median(cpu)), ""});
    }

    /** The times of Enter on {@code :aid}. */
    private static KeyTimes open(WireRig rig, Workers workers, long aid) throws Exception {
        press(rig, ":");
        for (char c : Long.toString(aid).toCharArray()) {
            press(rig, String.valueOf(c));
        }
        KeyTimes t = press(rig, workers, "Enter");
        assertThat(rig.loop().current()).isInstanceOf(dev.fenghuang.tui.read.ArticleView.class);
        assertThat(((dev.fenghuang.tui.read.ArticleView) rig.loop().current()).article()).isNotNull();
        return t;
    }

    private static void press(WireRig rig, String key) throws Exception {
        rig.out().reset();
        rig.loop().post(() -> rig.loop().press(ScreenTester.stroke(key)));
        turnUntilIdle(rig.loop());
    }

    /**
     * Posts {@code key} to the loop as the key reader does and turns the loop, as its thread does, until no request
     * runs: the key's frame, or the frame of the answer it waited for.
     */
    private static KeyTimes press(WireRig rig, Workers workers, String key) throws Exception {
        rig.out().reset();
        long workerCpu = workers.cpu();
        long uiCpu = CPU.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        rig.loop().post(() -> rig.loop().press(ScreenTester.stroke(key)));
        turnUntilIdle(rig.loop());
        long end = System.nanoTime();
        uiCpu = CPU.getCurrentThreadCpuTime() - uiCpu;
        long frame = rig.out().lastWrite();
        assertThat(rig.out().size()).as("bytes sent for " + key).isPositive();
        assertThat(frame).as("the frame of " + key + " written after it").isGreaterThan(start);
        return new KeyTimes(frame - start, end - start, uiCpu, workers.cpu() - workerCpu);
    }

    /** Turns the loop for the event just posted, then until no request runs, for at most 10 s. */
    static void turnUntilIdle(UiLoop loop) throws Exception {
        loop.turns().turn();
        turnWhileBusy(loop);
    }

    /** Turns the loop until no request runs, for at most 10 s. */
    static void turnWhileBusy(UiLoop loop) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (loop.turns().idleWait() != null) {
            assertThat(System.nanoTime()).as("the loop still busy after 10 s").isLessThan(deadline);
            loop.turns().turn();
        }
    }

    /**
     * curl's own total time for one GET of {@code url} (connect, request, whole body), in ns; {@code gzip} asks for
     * the body compressed and inflates it, as the reader does (the portal then spends the time to compress it).
     */
    private static long curl(String url, boolean gzip) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "--noproxy", "*", "-o", "/dev/null", "-A",
                HttpSettings.DESKTOP_USER_AGENT, "-w", "%{time_total}"));
        if (gzip) {
            command.add("--compressed");
        }
        command.add(url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(p.waitFor()).as("curl " + url).isZero();
        return (long) (Double.parseDouble(out) * 1e9);
    }

    /** Article pages parsed as the reader parses them (the page gate, then the extraction) on this one thread. */
    private void parses(DemoPortal portal) throws Exception {
        // aid 5 carries the 20 comments an article page shows at most: the heaviest ordinary page.
        URI url = URI.create(portal.baseUrl() + "portal.php?mod=view&aid=5");
        WebPage page = fetch(url);
        Clock clock = Clock.systemUTC();
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < deadline) {
            parse(page, clock);
        }
        int n = 0;
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long end = start + 3_000_000_000L;
        long now = start;
        while (now < end) {
            parse(page, clock);
            n++;
            now = System.nanoTime();
        }
        double perCpuSecond = n / ((CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        double perSecond = n / ((now - start) / 1e9);
        table.add(new String[] {"article page (aid 5, " + page.text().getBytes(StandardCharsets.UTF_8).length / 1024
                + " kB) parses/CPU s", String.format("%,.0f (%,.0f per wall s)", perCpuSecond, perSecond),
                ">= 3,000"});
        parseMedian = parseOfEach(portal, clock);
        table.add(new String[] {"one parse of each new article's page (median)", ms(parseMedian), ""});
    }

    /** The median over the pages of articles 2 to 73 of one page's parse, each timed over 20 parses once warm. */
    private static double parseOfEach(DemoPortal portal, Clock clock) throws Exception {
        List<WebPage> pages = new ArrayList<>();
        for (int aid = 2; aid <= ARTICLES; aid++) {
            pages.add(fetch(URI.create(portal.baseUrl() + "portal.php?mod=view&aid=" + aid)));
        }
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (WebPage page : pages) {
                parse(page, clock);
            }
        }
        long[] each = new long[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            long start = System.nanoTime();
            for (int k = 0; k < 20; k++) {
                parse(pages.get(i), clock);
            }
            each[i] = (System.nanoTime() - start) / 20;
        }
        return median(each);
    }

    private static Article parse(WebPage page, Clock clock) throws IOException {
        return ArticleParser.parse(PageGate.open(page, "#article_content", "article page"), clock);
    }

    private static WebPage fetch(URI url) throws IOException, InterruptedException {
        var request = java.net.http.HttpRequest.newBuilder(url).header("User-Agent", HttpSettings.DESKTOP_USER_AGENT)
                .build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new WebPage(url, url, response.statusCode(), "text/html", StandardCharsets.UTF_8, true,
                response.body());
    }

    /** The most a one-line scroll sends down the whole article (and a thread's first page) and a page down. */
    private void scrollBytes() throws Exception {
        try (PortalSession session = dev.fenghuang.DemoReader.session(home.resolve("bytes"))) {
            WireRig article = WireRig.open(session.reader(), TuiOptions.defaults().withLanguage("zh").withOpenAid(1L),
                    400, loop -> { });
            int articleLine = most(article.walk("j"), article.walk("k"));
            int articlePage = WireRig.bytes(article.frameFor("Space"));
            WireRig thread = WireRig.open(session.reader(), TuiOptions.defaults().withLanguage("zh"), 200,
                    loop -> loop.forum(Tui.forumOf(session)));
            for (String key : List.of("Tab", ":", "1", "Enter")) {
                thread.frameFor(key);
            }
            int threadLine = most(thread.walk("j"), thread.walk("k"));
            thread.frameFor("]"); // k stops at the floors in sight, short of the top: a page from the next one's top
            int threadPage = WireRig.bytes(thread.frameFor("Space"));
            table.add(new String[] {"article view 80x24: one-line scroll, most", articleLine + " B", "<= 200 B"});
            table.add(new String[] {"article view 80x24: page down", articlePage + " B", "<= 2,560 B"});
            table.add(new String[] {"thread view 80x24: one-line scroll, most", threadLine + " B", "<= 200 B"});
            table.add(new String[] {"thread view 80x24: page down", threadPage + " B", "<= 2,560 B"});
        }
    }

    private static int most(List<String> down, List<String> up) {
        return java.util.stream.Stream.concat(down.stream(), up.stream()).mapToInt(WireRig::bytes).max().orElse(0);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Median, and in brackets the lowest and the highest. */
    private static String spread(long[] nanos) {
        return ms(median(nanos)) + " (" + ms(min(nanos)) + "-" + ms(max(nanos)) + ")";
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static String ms(double nanos) {
        return String.format("%.2f ms", nanos / 1e6);
    }
}
