package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.app.forum.BoardRequest;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-line prompts of the forum tab as a terminal types into them: an emoji arrives as two surrogate halves and
 * is kept whole (shown, sent, and named whole when the site's charset cannot carry it); a subject refused as too
 * long stays in the field to be shortened, its label and the refusal kept readable on a narrow screen.
 */
class ForumPromptTextTest {
    private static final String EMOJI_SUBJECT = "表情标题😀结束";

    @TempDir
    Path home;
    DemoSession demo;

    @AfterEach
    void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    private ScreenTester onBoard(Charset charset, int columns, int rows) throws Exception {
        demo = DemoSession.open(home, DemoOptions.builder().charset(charset).build());
        PostResult login = demo.session().participation().login("reader1", "reader123".toCharArray(), 0, null, true,
                null);
        assertThat(login.accepted()).isTrue();
        ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh"), columns, rows,
                new ExternalEditor("false"));
        t.loop.forum(Tui.forumOf(demo.session()));
        t.press("Tab");
        t.press(":").type("f2");
        return t;
    }

    private long threadsNamed(String subject) throws Exception {
        return demo.session().forum().board(BoardRequest.of(2), true).threads().stream()
                .filter(r -> r.subject().equals(subject)).count();
    }

    @Test
    void anEmojiInTheSubjectIsShownAndPostedWhole() throws Exception {
        try (ScreenTester t = onBoard(StandardCharsets.UTF_8, 80, 24)) {
            t.press("P");
            t.write(EMOJI_SUBJECT);
            assertThat(t.status()).doesNotContain("\uFFFD").contains("表情标题").contains("结束");
            t.type("").type("");
            assertThat(t.text()).contains(EMOJI_SUBJECT);
            t.write("表情主题的正文，足够长了").press("Ctrl-s");
            assertThat(t.status()).contains("主题已发表");
            assertThat(threadsNamed(EMOJI_SUBJECT)).isEqualTo(1);
        }
    }

    @Test
    void aGbkSiteNamesTheEmojiItCannotCarry() throws Exception {
        try (ScreenTester t = onBoard(Charset.forName("GBK"), 100, 24)) {
            t.press("P");
            t.write(EMOJI_SUBJECT).type("").type("");
            t.write("表情主题的正文，足够长了").press("Ctrl-s");
            assertThat(t.text()).contains("😀").doesNotContain("\uFFFD");
            assertThat(threadsNamed(EMOJI_SUBJECT)).isZero();
        }
    }

    @Test
    void aSubjectRefusedAsTooLongStaysInTheFieldToBeShortened() throws Exception {
        try (ScreenTester t = onBoard(StandardCharsets.UTF_8, 80, 24)) {
            t.press("P");
            t.type("长".repeat(41));
            assertThat(t.status()).contains("标题长 82 个单位").contains("长长长长");
            t.press("Backspace");
            assertThat(t.status()).contains("标题长 82 个单位");
            t.type("");
            assertThat(t.status()).contains("1 求助").doesNotContain("标题长");
            t.type("");
            t.write("缩短了标题的主题正文").press("Ctrl-s");
            assertThat(t.status()).contains("主题已发表");
            assertThat(threadsNamed("长".repeat(40))).isEqualTo(1);
        }
    }

    @Test
    void thePromptsLabelStaysInSightWhileALongTextScrolls() throws Exception {
        try (ScreenTester t = onBoard(StandardCharsets.UTF_8, 80, 24)) {
            t.press("P");
            t.write("长".repeat(45));
            assertThat(t.status()).startsWith("标题：").contains("长长长长");
        }
    }

    @Test
    void aNarrowScreenShowsTheRefusalFromItsStart() throws Exception {
        try (ScreenTester t = onBoard(StandardCharsets.UTF_8, 40, 12)) {
            t.press("P");
            t.type("长".repeat(41));
            assertThat(t.status()).contains("标题长 82").contains("长长");
        }
    }
}
