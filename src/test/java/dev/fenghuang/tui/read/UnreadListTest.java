package dev.fenghuang.tui.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.tui.ScreenTester;
import dev.fenghuang.tui.TuiOptions;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unread articles on the list of the demo portal: marked, counted, jumped to and marked read. */
class UnreadListTest {
    @TempDir
    Path home;

    private static ScreenTester screen(PortalSession session) throws Exception {
        return new ScreenTester(session, TuiOptions.defaults().withLanguage("zh"), 80, 24,
                new ExternalEditor("false"));
    }

    private static long unreadRows(ScreenTester t) {
        return t.rows().stream().filter(r -> r.matches("^.\\d{4}-\\d\\d-\\d\\d \\* .*")).count();
    }

    private static void closeAll(List<PortalSession> sessions) throws Exception {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            sessions.get(i).close();
        }
    }

    @Test
    void anOpenedArticleLosesItsUnreadMarkOnTheList() throws Exception {
        try (PortalSession session = DemoReader.session(home); ScreenTester t = screen(session)) {
            t.press(":").type("catid 2");
            assertThat(t.row(1)).matches(">\\d{4}-\\d\\d-\\d\\d \\* .*");
            long before = unreadRows(t);
            t.press("Enter", "h");
            assertThat(t.row(1)).doesNotContain(" * ");
            assertThat(unreadRows(t)).isEqualTo(before - 1);
        }
    }

    @Test
    void uJumpsToTheNextUnreadAndShiftUMarksTheListRead() throws Exception {
        try (PortalSession session = DemoReader.session(home); ScreenTester t = screen(session)) {
            t.press(":").type("catid 2");
            t.press("Enter", "h", "g");
            t.press("u");
            assertThat(t.row(2)).startsWith(">");
            t.press("U");
            assertThat(t.status()).contains("已将").contains("标为已读");
            assertThat(unreadRows(t)).isZero();
            t.press("u");
            assertThat(t.status()).contains("本页没有未读文章");
        }
    }

    @Test
    void aCommentByAnotherAccountShowsAsOneNewCommentOnReload() throws Exception {
        List<PortalSession> sessions = DemoReader.accounts(home, true, "default", "poster");
        try (ScreenTester t = screen(sessions.get(0))) {
            t.press(":").type("catid 2");
            t.press("Enter");
            long aid = firstAid(sessions.get(0));
            assertThat(sessions.get(0).reader().marks().mark(aid)).isPresent();
            t.press("h");
            PortalSession poster = sessions.get(1);
            assertThat(poster.participation().login("reader1", "reader123".toCharArray(), 0, "", false, null)
                    .accepted()).isTrue();
            PostResult posted = poster.participation().comment(aid, "另一个账号来评论，未读数应当变化");
            assertThat(posted.accepted()).as(posted.toString()).isTrue();
            t.press("r");
            assertThat(t.row(1)).contains("1 条新评论");
            t.press("Enter", "h");
            assertThat(t.row(1)).doesNotContain("新评论");
        } finally {
            closeAll(sessions);
        }
    }

    @Test
    void marksLastInTheStoreForTheSameAccountAndAreNotAnotherAccounts() throws Exception {
        List<PortalSession> sessions = DemoReader.accounts(home, true, "reader1", "reader2", "reader1");
        try {
            try (ScreenTester t = screen(sessions.get(0))) {
                t.press(":").type("catid 2");
                t.press("Enter", "h");
                assertThat(t.row(1)).doesNotContain(" * ");
            }
            try (ScreenTester t = screen(sessions.get(1))) {
                t.press(":").type("catid 2");
                assertThat(t.row(1)).as("reader2 read nothing").contains(" * ");
            }
            try (ScreenTester t = screen(sessions.get(2))) {
                t.press(":").type("catid 2");
                assertThat(t.row(1)).as("reader1 again, in a new session").doesNotContain(" * ");
            }
        } finally {
            closeAll(sessions);
        }
    }

    /** The aid of the article the list of category 2 shows first. */
    private static long firstAid(PortalSession s) throws Exception {
        return s.reader().list(2, 1, false).articles().get(0).aid();
    }
}
