package dev.fenghuang.site.forum;

import static dev.fenghuang.site.forum.ForumFixtures.CLOCK;
import static dev.fenghuang.site.forum.ForumFixtures.SITE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.forum.ThreadPage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What reading a thread page costs: parse (jsoup) plus extract ({@link ThreadPageParser}) of a 20-floor page, in
 * operations per second on one thread. Run on demand: {@code mvn -B test -Dgroups=benchmark -Dtest.excludedGroups=
 * -Dtest=ThreadPageBenchmarkTest}. The page is the hand-written thread page with its seven floors (quotes, code,
 * attachments, a banned and a hidden floor) repeated under new pids up to 20 floors.
 */
@Tag("benchmark")
class ThreadPageBenchmarkTest {
    private static final Pattern POST = Pattern.compile("(?s)<div id=\"post_(\\d+)\" >.*?</table></div>\n");
    private static final String URL = SITE + "forum.php?mod=viewthread&tid=51";

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

    @Test
    void parsesAndExtractsATwentyFloorPageAtThreeThousandPerSecond() throws Exception {
        String html = twentyFloors(20);
        ThreadPage check = ThreadPageParser.parse(Jsoup.parse(html, URL), CLOCK);
        assertThat(check.floors()).hasSize(20);
        Rate jsoupOnly = rate(() -> Jsoup.parse(html, URL).childNodeSize());
        Rate withExtract = rate(() -> ThreadPageParser.parse(Jsoup.parse(html, URL), CLOCK).floors().size());
        System.out.printf("BENCH thread page, 20 floors, %d kB, per CPU second (per wall second): jsoup alone %.0f (%.0f)"
                + " ops/s, parse + extract %.0f (%.0f) ops/s%n", html.getBytes(StandardCharsets.UTF_8).length / 1024,
                jsoupOnly.perCpuSecond(), jsoupOnly.perWallSecond(), withExtract.perCpuSecond(),
                withExtract.perWallSecond());
        assertThat(withExtract.perCpuSecond()).isGreaterThanOrEqualTo(3000);
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

    @FunctionalInterface
    private interface Operation {
        int run() throws Exception;
    }
}
