package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalReader;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.HostileSite;
import dev.fenghuang.model.SafeText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-text corpus against the CLI: a demo portal that puts escape sequences, controls and invisible
 * format characters into every text, URL, name, message and header it serves, and every read and a refused
 * write run against it, plain and {@code --json}. No byte of any of them reaches the output or a JSON string,
 * while the texts around them still do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private final Map<String, String> env = new HashMap<>();

    @BeforeAll
    void start() {
        portal = DemoPortal.start(DemoOptions.builder().hostile(true).build());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    record Run(int exitCode, String out, String err) {
        Run clean() {
            assertThat(EscapeScan.inBytes(out.getBytes(StandardCharsets.UTF_8))).as("stdout: %s", out).isEmpty();
            assertThat(EscapeScan.inBytes(err.getBytes(StandardCharsets.UTF_8))).as("stderr: %s", err).isEmpty();
            return this;
        }

        Run cleanJson() {
            clean();
            assertThat(EscapeScan.inJson(out)).as("JSON strings").isEmpty();
            return this;
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()), env));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        String[] full = Stream.concat(Stream.of("--site", portal.baseUrl().toString()), Stream.of(args))
                .toArray(String[]::new);
        return new Run(cmd.execute(full), out.toString(), err.toString());
    }

    @Test
    void everyStringOfEveryRecordTheReaderReturnsIsClean() throws Exception {
        try (PortalReader reader = new Main(XdgDirs.from(Map.of(), home.toString()))
                .open(portal.baseUrl().toString(), false)) {
            List<RecordStrings.Found> strings = new ArrayList<>();
            strings.addAll(RecordStrings.of(reader.sections(true), "sections"));
            strings.addAll(RecordStrings.of(reader.list(2, 1, true), "list"));
            strings.addAll(RecordStrings.of(reader.article(5, 1, true), "article"));
            strings.addAll(RecordStrings.of(reader.article(3, 2, true), "page"));
            strings.addAll(RecordStrings.of(reader.comments(3, 2, true), "comments"));
            assertThat(strings).extracting(RecordStrings.Found::path)
                    .contains("article.title", "article.links[0].url", "article.images[0].url", "article.source",
                            "comments.comments[0].author.name");
            assertThat(strings).filteredOn(f -> !SafeText.isSafe(f.value())).isEmpty();
        }
    }

    @Test
    void theSectionTreeShowsTheNamesWithoutTheirEscapes() {
        Run plain = run("sections", "--refresh").clean();
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("党政风采").contains("渠县");
        run("sections", "--json").cleanJson();
    }

    @Test
    void aCategoryListShowsTitlesAndSummariesWithoutTheirEscapes() {
        Run plain = run("list", "2").clean();
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("渠县");
        run("list", "2", "--json").cleanJson();
    }

    @Test
    void anArticleShowsEveryFieldAndUrlWithoutTheirEscapes() {
        Run plain = run("read", "5").clean();
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("正文", "链接", "http://evil.example/", "原作者", "来源", "图");
        Run json = run("read", "5", "--json").cleanJson();
        assertThat(json.out()).contains("http://evil.example/%1B]52;c;ZWNobyBvd25lZA==%07");
    }

    @Test
    void aSecondPageAndItsPageTitleStayClean() {
        assertThat(run("read", "3", "--page", "2").clean().exitCode()).isZero();
        run("read", "3", "--page", "2", "--json").cleanJson();
    }

    @Test
    void commentsShowAuthorsAndTextsWithoutTheirEscapes() {
        Run plain = run("comments", "5").clean();
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        run("comments", "3", "--page", "2", "--json").cleanJson();
    }

    @Test
    void aContentTypeHeaderQuotedInAnErrorLosesItsEscapes() {
        Run r = run("read", String.valueOf(HostileSite.HEADER_AID)).clean();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("text/x-hostile");
    }

    @Test
    void aRedirectLocationQuotedInAnErrorLosesItsEscapes() {
        Run r = run("read", String.valueOf(HostileSite.REDIRECT_AID)).clean();
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).startsWith("fenghuang: ");
    }

    @Test
    void aSiteMessageRefusingAWriteLosesItsEscapes() {
        Run guest = run("comment", "5", "--message", "游客的评论").clean();
        assertThat(guest.exitCode()).isEqualTo(4);
        env.put("FENGHUANG_PASSWORD", "reader123");
        try {
            assertThat(run("login", "--username", "reader1").clean().exitCode()).isZero();
        } finally {
            env.remove("FENGHUANG_PASSWORD");
        }
        Run refused = run("comment", "5", "--message", "x").clean();
        assertThat(refused.exitCode()).isEqualTo(3);
        assertThat(refused.err()).contains("抱歉，输入的内容不能少于 2 个字符");
        run("comment", "5", "--message", "x", "--json").cleanJson();
        assertThat(run("logout").clean().exitCode()).isZero();
    }
}
