package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.CliRun.Run;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text damaged on its way in (bytes that were not UTF-8, shown as U+FFFD) is refused before anything is saved or
 * sent, and says so in the locale's language; standard input is read as UTF-8 whatever the locale.
 */
class DamagedTextTest {
    private static final long AID = 8;

    @TempDir
    Path home;

    private DemoPortal portal;
    private final Map<String, String> env = new HashMap<>();
    private byte[] stdin = new byte[0];

    @BeforeEach
    void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private Run run(String... args) {
        return CliRun.on(portal.baseUrl(), home).env(env).stdin(stdin).run(args);
    }

    private void signIn() {
        env.put("FENGHUANG_PASSWORD", "admin123");
        assertThat(run("login", "--username", "admin").exitCode()).isZero();
        env.remove("FENGHUANG_PASSWORD");
    }

    @Test
    void errorsSpeakTheLocalesLanguageToo() {
        env.put("LANG", "zh_CN.UTF-8");
        Run r = run("comment", String.valueOf(AID), "--message", "好\uFFFD\uFFFD");
        assertThat(r.err()).contains("--message 的内容含有不是 UTF-8 的字节");
    }

    /** An empty text is wrong usage, as for the forum's reply and post: exit 2 with the hint, nothing saved. */
    @Test
    void anEmptyCommentIsAUsageErrorLikeAnEmptyReply() throws Exception {
        signIn();
        Run comment = run("comment", String.valueOf(AID), "--message", "  ");
        Run reply = run("reply", "1", "--message", "  ");
        assertThat(reply.exitCode()).isEqualTo(2);
        assertThat(comment.exitCode()).isEqualTo(reply.exitCode());
        assertThat(comment.err()).contains("the comment is empty").contains("fenghuang comment --help");
        assertThat(drafts()).isEmpty();
    }

    @Test
    void aDamagedMessageIsRefusedBeforeAnythingIsSavedOrSent() throws Exception {
        signIn();
        Run r = run("comment", String.valueOf(AID), "--message", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("the --message text holds bytes that are not UTF-8").contains("nothing was saved");
        assertThat(portal.commentsWithText(AID, "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD")).isZero();
        assertThat(drafts()).isEmpty();
    }

    @Test
    void standardInputThatIsNotUtf8IsRefusedAndTheDraftsStayAsTheyWere() throws Exception {
        signIn();
        stdin = "好文章".getBytes("GBK");
        Run r = run("comment", String.valueOf(AID));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("the text on standard input holds bytes that are not UTF-8");
        assertThat(portal.requestLog()).noneMatch(line -> line.contains("ac=comment"));
        assertThat(drafts()).isEmpty();
    }

    @Test
    void standardInputIsReadAsUtf8AndArrivesIntact() {
        signIn();
        stdin = "从标准输入来的评论，一字不差\n".getBytes(StandardCharsets.UTF_8);
        Run r = run("comment", String.valueOf(AID));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(portal.commentsWithText(AID, "从标准输入来的评论，一字不差")).isEqualTo(1);
    }

    @Test
    void anEditFromDamagedStandardInputIsRefused() {
        signIn();
        stdin = new byte[] {(byte) 0xe5, (byte) 0xa5, 'x'};
        Run r = run("comment", "edit", "1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not UTF-8");
    }

    @Test
    void aPasswordOnStandardInputThatIsNotUtf8IsNotSent() throws Exception {
        stdin = "密码\n".getBytes("GBK");
        int before = portal.requestLog().size();
        Run r = run("login", "--username", "admin", "--password-stdin");
        assertThat(r.err()).contains("standard input is not UTF-8");
        assertThat(portal.requestLog().stream().skip(before)).noneMatch(line -> line.contains("loginsubmit"));
    }

    private java.util.List<Path> drafts() throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(f -> f.getParent().getFileName().toString().equals("drafts")).toList();
        }
    }
}
