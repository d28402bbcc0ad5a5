package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ForumWrite;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.ThreadPage;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E on a floor starts the editor from what the site's edit form holds (4.6: the BBCode as the author wrote it), so a
 * quote, image or code block the floor shows survives an edit; a post the site does not let one edit is refused
 * before any editor opens.
 */
class ForumEditSourceTest {
    private static final long TID = 10;

    @TempDir
    Path home;
    DemoSession demo;

    @AfterEach
    void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    private ScreenTester signedIn() throws Exception {
        demo = DemoSession.open(home);
        PostResult login = demo.session().participation().login("reader1", "reader123".toCharArray(), 0, null, true,
                null);
        assertThat(login.accepted()).isTrue();
        ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh"), 80, 24,
                new ExternalEditor("false"));
        t.loop.forum(Tui.forumOf(demo.session()));
        t.press("Tab");
        return t;
    }

    /** Opens thread {@link #TID} on the page that shows floor {@code pid}. */
    private void openPageOf(ScreenTester t, long pid) throws Exception {
        ThreadPage page = demo.session().forum().threadWithPost(TID, pid);
        t.press(":").type(String.valueOf(TID));
        for (int p = 1; p < page.page(); p++) {
            t.press("]");
        }
    }

    private Floor floorOnSite(long pid) throws Exception {
        return demo.session().forum().threadWithPost(TID, pid).floors().stream().filter(f -> f.pid() == pid)
                .findFirst().orElseThrow();
    }

    @Test
    void editingAQuoteReplyKeepsItsQuoteOnTheSite() throws Exception {
        try (ScreenTester t = signedIn()) {
            long quoted = demo.session().forum().thread(TID, 1, 0).floors().get(1).pid();
            ForumWrite written = demo.session().participation().forum().reply(TID, quoted, "引用测试二");
            assertThat(written.accepted()).isTrue();
            assertThat(floorOnSite(written.pid()).blocks()).anyMatch(b -> b instanceof PostBlock.Quote);
            demo.advanceClock(Duration.ofMinutes(5));
            openPageOf(t, written.pid());
            t.press(String.valueOf(written.floor()).split("")).press("E");
            assertThat(t.text()).contains("[quote]").contains("引用测试二");
            t.press("PageDown", "PageDown", "PageDown");
            t.write(" 改").press("Ctrl-s");
            assertThat(t.status()).contains("帖子已修改");
            Floor after = floorOnSite(written.pid());
            assertThat(after.blocks()).anyMatch(b -> b instanceof PostBlock.Quote);
            assertThat(after.blocks()).anyMatch(b -> b instanceof PostBlock.Paragraph p
                    && p.spans().stream().anyMatch(s -> s.text().contains("引用测试二 改")));
        }
    }

    /** On the forum's index and boards E and D say what applies there (a thread's floors), not the portal's words. */
    @Test
    void editAndDeleteOnTheIndexAskForAThread() throws Exception {
        try (ScreenTester t = signedIn()) {
            for (String key : new String[] {"E", "D"}) {
                t.press(key);
                assertThat(t.status()).as(key).contains("请先打开一个帖子").doesNotContain("文章");
                assertThat(t.loop.layers().isEmpty()).isTrue();
            }
        }
    }

    @Test
    void anotherMembersPostIsRefusedBeforeAnEditorOpens() throws Exception {
        try (ScreenTester t = signedIn()) {
            t.press(":").type(String.valueOf(TID));
            t.press("1", "E");
            assertThat(t.loop.layers().isEmpty()).isTrue();
            assertThat(t.status()).contains("没有权限编辑他人发表的帖子");
        }
    }
}
