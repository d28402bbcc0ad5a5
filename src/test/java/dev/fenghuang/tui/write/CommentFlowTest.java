package dev.fenghuang.tui.write;

import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.WriteScreens;
import dev.fenghuang.tui.term.ExternalEditor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing and sending comments from the reader, against the demo portal: nothing typed is ever lost. */
class CommentFlowTest {
    @TempDir
    Path home;
    DemoSession demo;

    @BeforeEach
    void start() {
        demo = WriteScreens.demo(home);
    }

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    private static ScreenTester signedIn(ScreenTester t) throws Exception {
        t.press("L");
        WriteScreens.signIn(t, "reader1", "reader123");
        assertThat(t.status()).startsWith("[reader1]");
        return t;
    }

    private String draft() throws java.io.IOException {
        return demo.session().participation().drafts().newest(1).map(d -> d.text()).orElse(null);
    }

    @Test
    void postsACommentInlineAndShowsItInTheArticle() throws Exception {
        try (ScreenTester t = signedIn(WriteScreens.article(demo, 80, 24))) {
            t.press("C");
            assertThat(t.text()).contains("评论：" + WriteScreens.TITLE.substring(0, 10)).contains("Ctrl-S 发送");
            t.write("好文章，“巾帼”—·支持！").press("Ctrl-s");
            assertThat(t.loop.layers().isEmpty()).isTrue();
            assertThat(t.status()).contains("评论已发表");
            t.press("G");
            assertThat(t.text()).contains("评论 (1)").contains("1. reader1").contains("好文章，“巾帼”—·支持！");
            assertThat(draft()).isNull();
        }
    }

    @Test
    void aGuestIsAskedToSignInAndTheCommentIsSentAfterwardsAt200x60() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 200, 60)) {
            t.press("C").write("游客先写，登录后发").press("Ctrl-s");
            assertThat(t.text()).contains("用户名");
            WriteScreens.signIn(t, "reader1", "reader123");
            assertThat(t.loop.layers().isEmpty()).isTrue();
            t.press("G");
            assertThat(t.text()).contains("游客先写，登录后发");
            assertThat(t.status()).startsWith("[reader1]");
        }
    }

    @Test
    void anExpiredSessionMidCommentSignsInAndSendsWithoutRetyping() throws Exception {
        try (ScreenTester t = signedIn(WriteScreens.article(demo, 80, 24))) {
            t.press("C").write("会话过期也不丢");
            demo.expireSessions();
            t.press("Ctrl-s");
            assertThat(t.text()).contains("用户名");
            assertThat(draft()).isEqualTo("会话过期也不丢");
            WriteScreens.signIn(t, "reader1", "reader123");
            assertThat(t.loop.layers().isEmpty()).isTrue();
            t.press("G");
            assertThat(t.text()).contains("会话过期也不丢");
            assertThat(draft()).isNull();
        }
    }

    @Test
    void floodControlCountsDownThenSendsByItself() throws Exception {
        try (ScreenTester t = signedIn(WriteScreens.article(demo, 80, 24))) {
            t.press("C").write("第一条").press("Ctrl-s");
            t.press("C").write("第二条").press("Ctrl-s");
            assertThat(t.text()).containsPattern("还剩 1?[0-9] 秒").contains("到时自动发送");
            t.press("Enter");
            assertThat(t.text()).containsPattern("将在 1?[0-9] 秒后自动发送");
            t.advance(Duration.ofSeconds(5));
            assertThat(t.loop.layers().isEmpty()).isFalse();
            demo.advanceClock(Duration.ofSeconds(16));
            t.advance(Duration.ofSeconds(11));
            assertThat(t.loop.layers().isEmpty()).isTrue();
            t.press("G");
            assertThat(t.text()).contains("第一条").contains("第二条").contains("评论 (2)");
        }
    }

    @Test
    void aRefusedCommentStaysInTheEditorAndAsADraftOfferedOnTheNextVisit() throws Exception {
        try (ScreenTester t = signedIn(WriteScreens.article(demo, 80, 24))) {
            t.press("C").write("第一条").press("Ctrl-s");
            t.press("C").write("被拒绝的第二条").press("Ctrl-s");
            t.press("Escape");
            assertThat(t.text()).contains("被拒绝的第二条").contains("内容已保留");
            assertThat(draft()).isEqualTo("被拒绝的第二条");
            t.press("Escape");
            assertThat(t.loop.layers().isEmpty()).isTrue();
            assertThat(t.status()).contains("草稿已保存");
            t.press("q", ":").type("aid 1");
            assertThat(t.status()).contains("本文有未发出的草稿");
            t.press("C");
            assertThat(t.text()).contains("被拒绝的第二条").contains("已载入上次保存的草稿");
        }
    }

    @Test
    void escLeavesWithADraftAndAnEmptiedTextDropsIt() throws Exception {
        try (ScreenTester t = WriteScreens.article(demo, 80, 24)) {
            t.press("C").write("先存着").press("Escape");
            assertThat(draft()).isEqualTo("先存着");
            t.press("C");
            for (int i = 0; i < 3; i++) {
                t.press("Backspace");
            }
            t.press("Escape");
            assertThat(draft()).isNull();
        }
    }

    @Test
    void quotesEditsAndDeletesTheSelectedComment() throws Exception {
        try (ScreenTester t = signedIn(WriteScreens.article(demo, 80, 24))) {
            t.press("C").write("原来的话").press("Ctrl-s");
            demo.advanceClock(Duration.ofSeconds(16));
            t.press("G", "k", "j");
            assertThat(t.press("R").text()).contains("回复：").contains("原来的话");
            t.write("我来回复").press("Ctrl-s");
            assertThat(t.status()).contains("评论已发表");
            t.press("G");
            assertThat(t.text()).contains("我来回复");
            t.press("1", "E");
            assertThat(t.text()).contains("修改 reader1 的评论");
            t.write("（已改）").press("Ctrl-s");
            assertThat(t.status()).contains("评论已修改");
            t.press("G");
            assertThat(t.text()).contains("我来回复（已改）");
            t.press("2", "D");
            assertThat(t.status()).contains("删除 reader1 的这条评论？");
            t.press("y");
            assertThat(t.status()).contains("评论已删除");
            t.press("G");
            assertThat(t.text()).contains("评论 (1)");
        }
    }

    @Test
    void editsInTheExternalEditorAndSends() throws Exception {
        Path script = home.resolve("fake-editor.sh");
        Files.writeString(script, "#!/bin/sh\n[ \"$(stat -c %a \"$1\")\" = 600 ] || exit 3\n"
                + "printf '%s\\n' '来自外部编辑器的评论' > \"$1\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        ExternalEditor editor = ExternalEditor.from(java.util.Map.of("EDITOR", script.toString()));
        try (ScreenTester t = signedIn(WriteScreens.article(demo, 80, 24, editor, false))) {
            t.press("C").write("会被替换").press("Ctrl-e");
            assertThat(t.text()).contains("来自外部编辑器的评论").contains("已从外部编辑器返回").doesNotContain("会被替换");
            t.press("Ctrl-s", "G");
            assertThat(t.text()).contains("来自外部编辑器的评论");
        }
        try (ScreenTester t = WriteScreens.article(demo, 80, 24, new ExternalEditor("exit 1;"), true)) {
            t.press("C");
            assertThat(t.text()).contains("外部编辑器出错");
            t.write("内联仍可用");
            assertThat(t.text()).contains("内联仍可用");
        }
    }

    @Test
    void namesCharactersAGbkSiteCannotCarryAndKeepsTheText() throws Exception {
        try (DemoSession gbk = DemoSession.open(home.resolve("gbk"), java.nio.charset.Charset.forName("GBK"));
             ScreenTester t = signedIn(WriteScreens.article(gbk, 80, 24))) {
            t.press("C").write("表情😀不行").press("Ctrl-s");
            assertThat(t.text()).contains("无法表示这些字符：😀").contains("表情😀不行");
            assertThat(t.loop.layers().isEmpty()).isFalse();
        }
    }

    @Test
    void withTwoDraftsKeptCOffersTheNewestAndSaysOneMoreIsKept() throws Exception {
        var drafts = demo.session().participation().drafts();
        drafts.save(1, "较早的草稿");
        drafts.save(1, "较新的草稿");
        try (ScreenTester t = signedIn(WriteScreens.article(demo, 200, 60))) {
            t.press("q", ":").type("aid 1");
            assertThat(t.status()).contains("本文有 2 份未发出的草稿");
            t.press("C");
            assertThat(t.text()).contains("较新的草稿").contains("另外还保存着 1 份");
            t.press("Ctrl-s");
            assertThat(t.loop.layers().isEmpty()).isTrue();
            assertThat(drafts.list(1)).extracting(d -> d.text()).containsExactly("较早的草稿");
        }
    }

    @Test
    void aCommentTooLongForTheSiteStaysInTheEditorUnsavedAndUnsent() throws Exception {
        try (ScreenTester t = signedIn(WriteScreens.article(demo, 200, 60))) {
            t.press("C").write("长".repeat(500) + "!!");
            long before = demo.requestCount();
            t.press("Ctrl-s");
            assertThat(t.loop.layers().isEmpty()).isFalse();
            assertThat(t.text()).contains("评论长 1002 个宽度单位");
            assertThat(draft()).isNull();
            assertThat(demo.requestCount()).isEqualTo(before);
            t.press("Backspace", "Backspace", "Ctrl-s");
            assertThat(t.loop.layers().isEmpty()).isTrue();
        }
    }

    /** A terminal that sends bytes that are not UTF-8 (one set to GBK) types U+FFFD: that is not posted. */
    @Test
    void aCommentWithCharactersTheTerminalDamagedStaysInTheEditorUnsavedAndUnsent() throws Exception {
        try (ScreenTester t = signedIn(WriteScreens.article(demo, 80, 24))) {
            t.press("C").write("好\uFFFD\uFFFD章");
            long before = demo.requestCount();
            t.press("Ctrl-s");
            assertThat(t.loop.layers().isEmpty()).isFalse();
            assertThat(t.text()).contains("不是 UTF-8");
            assertThat(draft()).isNull();
            assertThat(demo.requestCount()).isEqualTo(before);
        }
    }
}
