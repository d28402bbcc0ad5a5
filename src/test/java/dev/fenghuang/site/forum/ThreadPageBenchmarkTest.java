package dev.fenghuang.site.forum;

import static dev.fenghuang.site.forum.ForumFixtures.CLOCK;
import static dev.fenghuang.site.forum.ForumFixtures.SITE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.http.WebPage;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.site.forum.scan.BodyTree;
import dev.fenghuang.site.forum.scan.ThreadPageFrame;
import dev.fenghuang.site.forum.scan.ThreadPageScan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What reading a thread page costs: parse plus extract ({@link ThreadPageParser}) of a 20-floor page, in
 * operations per second on one thread, in the same run: the whole page parsed by jsoup, the page cut to what is read
 * ({@link ThreadPageCut}) and parsed by jsoup (what {@link ForumReading} did until it read the text itself), the posts
 * scanned from the text with their bodies parsed by jsoup, the posts scanned with their bodies and the page's frame
 * built from their tags ({@link ThreadPageScan}, {@link BodyTree}, {@link ThreadPageFrame}), and the client's own
 * path, {@link ForumReading#thread} on a page answered at once (page gate's text checks, scan, record). Run on demand: {@code mvn -B test -Dgroups=benchmark
 * -Dtest.excludedGroups= -Dtest=ThreadPageBenchmarkTest}. The page is the demo portal's tid 1 as a guest sees it,
 * its first two pages (ten floors each, as the site shows them) joined into one page of 20 floors; beside it the
 * hand-written thread page (quotes, code, attachments, a banned and a hidden floor) repeated up to 20 floors.
 */
@Tag("benchmark")
class ThreadPageBenchmarkTest {
    private static final Pattern POST = Pattern.compile("(?s)<div id=\"post_(\\d+)\" >.*?</table></div>\n");
    private static final String URL = SITE + "forum.php?mod=viewthread&tid=51";
    private static final String REPLY_BOX = "<div id=\"postlistreply\"";

    /** The fixture with its posts repeated to {@code floors} posts, each under a pid of its own. */
    static String twentyFloors(int floors) {
        String page = ForumFixtures.text("thread-page.html");
        Matcher m = POST.matcher(page);
        List<String[]> posts = new ArrayList<>();
        int first = -1;
        int last = -1;
        while (m.find()) {
            posts.add(new String[] {m.group(1), m.group()});
            first = first < 0 ? m.start() : first;
            last = m.end();
        }
        StringBuilder repeated = new StringBuilder();
        for (int i = 0; i < floors; i++) {
            String[] post = posts.get(i % posts.size());
            String pid = String.valueOf(1000 + i);
            repeated.append(post[1].replace("postnum" + post[0], "postnum" + pid)
                    .replace("_" + post[0], "_" + pid).replace("pid" + post[0], "pid" + pid)
                    .replace("authorposton" + post[0], "authorposton" + pid)
                    .replace("avatar" + post[0], "avatar" + pid).replace("userinfo" + post[0], "userinfo" + pid));
        }
        return page.substring(0, first) + repeated + page.substring(last);
    }

    /** The demo's tid 1, pages 1 and 2 as a guest gets them, the second page's posts after the first page's. */
    static String demoTwentyFloors() throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.defaults())) {
            String first = guestGet(portal, "forum.php?mod=viewthread&tid=1&page=1");
            String second = guestGet(portal, "forum.php?mod=viewthread&tid=1&page=2");
            String posts = second.substring(second.indexOf("<div id=\"post_"), second.indexOf(REPLY_BOX));
            int at = first.indexOf(REPLY_BOX);
            return first.substring(0, at) + posts + first.substring(at);
        }
    }

    private static String guestGet(DemoPortal portal, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(portal.baseUrl().resolve(path))
                .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.0.0 Safari/537.36").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void parsesAndExtractsATwentyFloorPageAtThreeThousandPerSecond() throws Exception {
        String demo = demoTwentyFloors();
        String url = "http://127.0.0.1/forum.php?mod=viewthread&tid=1";
        Rate demoNow = compare("demo tid 1, pages 1+2", demo, url);
        Rate fixtureNow = compare("hand-written page x 20", twentyFloors(20), URL);
        assertThat(demoNow.perCpuSecond()).isGreaterThanOrEqualTo(3000);
        assertThat(fixtureNow.perCpuSecond()).isGreaterThanOrEqualTo(3000);
    }

    /** The client's reading of a thread page, answered at once with the page: gate, scan or jsoup, record. */
    private static ForumReading client(String html, String url) {
        URI site = URI.create(url.substring(0, url.indexOf("forum.php")));
        WebPage page = new WebPage(URI.create(url), URI.create(url), 200, "text/html; charset=utf-8",
                StandardCharsets.UTF_8, true, html);
        return new ForumReading(site, StandardCharsets.UTF_8, asked -> page, CLOCK);
    }

    /** jsoup alone, before (whole page) and now (cut page), one after the other; the figures printed, now returned. */
    private static Rate compare(String name, String html, String url) throws Exception {
        ThreadPage before = ThreadPageParser.parse(Jsoup.parse(html, url), CLOCK);
        ThreadPage now = ThreadPageParser.parse(html, url, CLOCK);
        assertThat(now.floors()).hasSize(20);
        assertThat(now).isEqualTo(before);
        assertThat(ThreadPageParser.scanned(html, url, CLOCK)).isEqualTo(before);
        assertThat(ThreadPageCut.of(html)).isNotSameAs(html);
        String cutHtml = ThreadPageCut.of(html);
        org.jsoup.nodes.Document cutTree = Jsoup.parse(cutHtml, url);
        Rate jsoupOnly = rate(() -> Jsoup.parse(html, url).childNodeSize());
        Rate jsoupCut = rate(() -> Jsoup.parse(cutHtml, url).childNodeSize());
        Rate extractOnly = rate(() -> ThreadPageParser.parse(cutTree, CLOCK).floors().size());
        Rate whole = rate(() -> ThreadPageParser.parse(Jsoup.parse(html, url), CLOCK).floors().size());
        Rate cut = rate(() -> ThreadPageParser.parse(Jsoup.parse(ThreadPageCut.of(html), url), CLOCK).floors().size());
        assertThat(ThreadPageParser.scanned(ThreadPageScan.of(html).withJsoupBodies(), url, CLOCK)).isEqualTo(before);
        Rate jsoupBodies = rate(() -> ThreadPageParser.scanned(ThreadPageScan.of(html).withJsoupBodies(), url, CLOCK)
                .floors().size());
        Rate scan = rate(() -> ThreadPageParser.parse(html, url, CLOCK).floors().size());
        ForumReading reading = client(html, url);
        long tid = ForumUrls.tid(url);
        assertThat(reading.thread(tid, 1, 0)).isEqualTo(before);
        Rate client = rate(() -> reading.thread(tid, 1, 0).floors().size());
        System.out.printf("BENCH thread page, %s, 20 floors, %d kB (cut to %d kB); ops/s per CPU second (per wall"
                + " second), %d cores, load average %.1f:%n", name, html.getBytes(StandardCharsets.UTF_8).length / 1024,
                cutHtml.getBytes(StandardCharsets.UTF_8).length / 1024, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        print("jsoup alone, whole page", jsoupOnly);
        print("jsoup alone, cut page", jsoupCut);
        print("extract alone (cut page's tree built once)", extractOnly);
        print("whole page parse + extract", whole);
        print("cut + parse + extract (the client until now)", cut);
        print("scan posts, jsoup bodies, frame built", jsoupBodies);
        print("scan posts, bodies built, frame built", scan);
        print("the client's path (ForumReading.thread)", client);
        System.out.printf("BENCH   %-46s %7d kB%n", "allocated per page on the client's path",
                allocatedPerOperation(() -> reading.thread(tid, 1, 0).floors().size()) / 1024);
        return client;
    }

    private static void print(String what, Rate rate) {
        System.out.printf("BENCH   %-46s %7.0f (%7.0f)%n", what, rate.perCpuSecond(), rate.perWallSecond());
    }

    /**
     * Operations per second of this thread's CPU time, and per second of wall time, best of five one-second rounds
     * after three seconds of warm-up. On a shared machine the wall figure counts the time other processes held the
     * core; the CPU figure is what one core does.
     */
    record Rate(double perCpuSecond, double perWallSecond) {
    }

    private static Rate rate(Operation operation) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            sink += operation.run();
        }
        double bestCpu = 0;
        double bestWall = 0;
        for (int round = 0; round < 5; round++) {
            int ops = 0;
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long now = start;
            while (now - start < 1_000_000_000L) {
                sink += operation.run();
                ops++;
                now = System.nanoTime();
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            bestCpu = Math.max(bestCpu, ops / (cpu / 1e9));
            bestWall = Math.max(bestWall, ops / ((now - start) / 1e9));
        }
        assertThat(sink).isPositive();
        return new Rate(bestCpu, bestWall);
    }

    /** Bytes this thread allocates per operation, over 200 operations after warm-up. */
    private static long allocatedPerOperation(Operation operation) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = operation.run();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 200; i++) {
            sink += operation.run();
        }
        assertThat(sink).isPositive();
        return (threads.getCurrentThreadAllocatedBytes() - before) / 200;
    }

    @FunctionalInterface
    private interface Operation {
        int run() throws Exception;
    }
}
