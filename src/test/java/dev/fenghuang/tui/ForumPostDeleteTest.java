package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D in a thread on the demo portal (UTF-8 and GBK): after a question, one's own reply is deleted (4.6) and gone when
 * the page is read again; another member's post is refused in the site's words and stays; the first post is not
 * offered (it is the thread).
 */
class ForumPostDeleteTest {
    @TempDir
    Path home;
    DemoSession demo;

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    private ScreenTester signedInThread(String charset) throws Exception {
        demo = DemoSession.open(home, Charset.forName(charset));
        ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh").withOpenAid(1L), 80,
                24, new ExternalEditor("false"));
        t.loop.forum(Tui.forumOf(demo.session()));
        t.press("L");
        WriteScreens.signIn(t, "reader1", "reader123");
        t.press("Tab", ":").type("1");
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "GBK"})
    void anOwnReplyIsDeletedAfterAQuestionAndGone(String charset) throws Exception {
        try (ScreenTester t = signedInThread(charset)) {
            t.press("R");
            t.write("读者自己删掉的这条回复");
            t.press("Ctrl-s");
            assertThat(t.text()).contains("读者自己删掉的这条回复");
            t.press("6", "6", "D");
            assertThat(t.status()).contains("66#");
            t.press("y");
            assertThat(t.status()).contains("帖子已删除");
            assertThat(t.text()).doesNotContain("读者自己删掉的这条回复");
            assertThat(demo.session().forum().lastPage(1).floors())
                    .noneMatch(f -> f.blocks().toString().contains("读者自己删掉的这条回复"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "GBK"})
    void anotherMembersPostIsRefusedInTheSitesWords(String charset) throws Exception {
        try (ScreenTester t = signedInThread(charset)) {
            t.press("3", "D");
            t.press("y");
            assertThat(t.status()).contains("没有权限");
            assertThat(t.text()).contains("板凳");
            t.press("1", "D");
            assertThat(t.status()).contains("主题");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8"})
    void answeringNoKeepsThePost(String charset) throws Exception {
        try (ScreenTester t = signedInThread(charset)) {
            t.press("R");
            t.write("回答否时留下的回复");
            t.press("Ctrl-s");
            t.press("6", "6", "D", "n");
            t.press("r");
            assertThat(t.text()).contains("回答否时留下的回复");
        }
    }
}
