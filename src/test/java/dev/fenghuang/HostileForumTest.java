package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.ReaderFactory;
import dev.fenghuang.app.Settings;
import dev.fenghuang.app.SiteProfile;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.app.forum.BoardRequest;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.HostileSite;
import dev.fenghuang.model.SafeText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forum of the hostile demo portal ({@code demo-portal --hostile}): escapes, controls and format characters in
 * every board name, thread type, subject, author name and body. None of them may reach a record, the CLI's output
 * (text or JSON); {@code tui.HostileScreensTest} looks at the forum tab's cells.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileForumTest {
    @TempDir
    static Path home;

    private PortalSession session;
    private String base;

    @BeforeAll
    void start() {
        XdgDirs dirs = XdgDirs.from(Map.of(), home.toString());
        DemoPortal portal = DemoPortal.start(DemoOptions.builder().hostile(true).build());
        base = portal.baseUrl().toString();
        session = new ReaderFactory(dirs).openSession(SiteProfile.from("demo", base, Settings.load(dirs)), null, portal);
    }

    @AfterAll
    void stop() throws Exception {
        session.close();
    }

    @Test
    void theDemoServesTheCorpusInTheForum() throws Exception {
        for (String page : List.of("forum.php", "forum.php?mod=forumdisplay&fid=2",
                "forum.php?mod=viewthread&tid=1")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + page))
                    .header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(answer.body()).as(page).contains(HostileSite.CORPUS.get(0)).contains("\u202E");
        }
    }

    @Test
    void everyStringOfTheForumsRecordsIsClean() throws Exception {
        List<RecordStrings.Found> strings = new ArrayList<>();
        strings.addAll(RecordStrings.of(session.forum().index(true), "index"));
        strings.addAll(RecordStrings.of(session.forum().board(BoardRequest.of(2), true), "board"));
        strings.addAll(RecordStrings.of(session.forum().thread(1, 1, 0, true), "thread"));
        strings.addAll(RecordStrings.of(session.forum().thread(1, 7, 0, true), "last"));
        assertThat(strings).extracting(RecordStrings.Found::value)
                .anyMatch(v -> v.startsWith("渠县杂谈")).anyMatch(v -> v.startsWith("归来"));
        assertThat(strings).filteredOn(f -> !SafeText.isSafe(f.value())).isEmpty();
    }

    @Test
    void theForumCommandsPrintNoEscapeInTextOrJson() {
        for (List<String> args : List.of(List.of("forum"), List.of("board", "2"), List.of("board", "3", "--page", "2"),
                List.of("thread", "1"), List.of("thread", "1", "--page", "7"))) {
            String text = clean(args, false);
            assertThat(text).as("%s", args).isNotBlank();
            clean(args, true);
        }
        assertThat(clean(List.of("forum"), false)).contains("渠县杂谈");
    }

    /**
     * The moderation queues carry the held posts' subjects, authors and text: as an administrator (another account,
     * so the other tests read as a guest), {@code mod threads} and {@code mod replies} print none of the corpus raw.
     */
    @Test
    void theForumQueuesPrintNoEscapeInTextOrJson() {
        List<String> admin = List.of("--account", "admin");
        assertThat(clean(Stream.concat(admin.stream(), Stream.of("login", "--username", "admin")).toList(), false))
                .isNotBlank();
        for (String queue : List.of("threads", "replies")) {
            List<String> args = Stream.concat(admin.stream(), Stream.of("mod", queue)).toList();
            assertThat(clean(args, false)).as("%s", args).contains("渠县杂谈");
            clean(args, true);
        }
    }

    private String clean(List<String> args, boolean json) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()),
                Map.of("FENGHUANG_PASSWORD", "admin123")));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        String[] full = Stream.of(Stream.of("--site", base), args.stream(), json ? Stream.of("--json") : Stream.<String>empty())
                .flatMap(s -> s).toArray(String[]::new);
        int code = cmd.execute(full);
        assertThat(code).as("%s: %s", args, err).isZero();
        assertThat(EscapeScan.inBytes(out.toString().getBytes(StandardCharsets.UTF_8))).as("stdout of %s", args).isEmpty();
        assertThat(EscapeScan.inBytes(err.toString().getBytes(StandardCharsets.UTF_8))).as("stderr of %s", args).isEmpty();
        if (json) {
            assertThat(EscapeScan.inJson(out.toString())).as("JSON of %s", args).isEmpty();
        }
        return out.toString();
    }

}
