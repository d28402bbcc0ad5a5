package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoReader;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.SiteRefused;
import dev.fenghuang.tui.forum.ForumParts;
import dev.fenghuang.tui.forum.ForumWrites;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R, Q, E and D in a thread act on the floor under the cursor (or floor N with a count) through {@link ForumWrites}:
 * the text is kept as a draft before it is sent, forgotten only once the site took it, and kept on Esc and on a
 * refusal, with the editor still holding it.
 */
class ForumWritingTest {
    @TempDir
    static Path home;
    static PortalSession session;

    @BeforeAll
    static void open() {
        session = DemoReader.session(home);
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
    }

    /** Records every call, in order; refuses while {@code refusal} is set. */
    static final class FakeWrites implements ForumWrites {
        final List<String> calls = new ArrayList<>();
        String refusal;
        boolean pending;

        @Override
        public void keep(Draft draft) {
            calls.add("keep " + draft);
        }

        @Override
        public Outcome send(Draft draft) throws SiteRefused {
            calls.add("send " + draft);
            if (refusal != null) {
                throw new SiteRefused(new SiteMessage(refusal, SiteMessage.Kind.OTHER));
            }
            return new Outcome(pending, "");
        }

        @Override
        public dev.fenghuang.model.forum.PostSource source(long tid, long pid) throws Exception {
            calls.add("source " + tid + " " + pid);
            return new dev.fenghuang.model.forum.PostSource("", Tui.forumOf(session).source().thread(tid, 1, 0)
                    .floors().stream().filter(f -> f.pid() == pid).findFirst().orElseThrow().blocks().stream()
                    .filter(b -> b instanceof dev.fenghuang.model.forum.PostBlock.Paragraph)
                    .map(b -> ((dev.fenghuang.model.forum.PostBlock.Paragraph) b).text()).findFirst().orElse(""));
        }

        @Override
        public void sent(Draft draft) {
            calls.add("sent " + draft);
        }

        @Override
        public Outcome delete(long tid, long pid) {
            calls.add("delete " + tid + " " + pid);
            return new Outcome(false, "");
        }
    }

    static ScreenTester thread(FakeWrites writes) throws Exception {
        ScreenTester t = new ScreenTester(session, TuiOptions.defaults().withLanguage("zh"), 80, 24,
                new ExternalEditor("false"));
        t.loop.forum(Tui.forumOf(session).withWrites(writes));
        t.press("Tab", ":").type("1");
        return t;
    }

    static long pidOfFloor(int number) throws Exception {
        return Tui.forumOf(session).source().thread(1, 1, 0).floors().stream().filter(f -> f.number() == number)
                .findFirst().orElseThrow().pid();
    }

    @Test
    void quoteTakesTheFloorUnderTheCursorAndKeepsTheDraftBeforeSending() throws Exception {
        FakeWrites writes = new FakeWrites();
        try (ScreenTester t = thread(writes)) {
            t.press(":").type("2");
            t.press("Q");
            assertThat(t.text()).contains("引用 沙发 达城过客 回复");
            t.write("同去");
            t.press("Ctrl-s");
            ForumWrites.Draft d = new ForumWrites.Draft(1, pidOfFloor(2), 0, "同去");
            assertThat(writes.calls).containsExactly("keep " + d, "send " + d, "sent " + d);
            assertThat(t.status()).contains("回复已发表");
            assertThat(t.text()).contains("第 7/7 页");
        }
    }

    @Test
    void aCountQuotesThatFloorAndReplyQuotesNone() throws Exception {
        FakeWrites writes = new FakeWrites();
        try (ScreenTester t = thread(writes)) {
            t.press("4", "Q");
            t.write("x").press("Ctrl-s");
            assertThat(writes.calls.get(0)).isEqualTo("keep " + new ForumWrites.Draft(1, pidOfFloor(4), 0, "x"));
            writes.calls.clear();
            t.press("R");
            t.write("y").press("Ctrl-s");
            assertThat(writes.calls.get(0)).isEqualTo("keep " + new ForumWrites.Draft(1, 0, 0, "y"));
        }
    }

    @Test
    void aRefusalLeavesTheTextInTheEditorAndTheDraftKept() throws Exception {
        FakeWrites writes = new FakeWrites();
        writes.refusal = "抱歉，您的帖子包含不适当的内容";
        try (ScreenTester t = thread(writes)) {
            t.press("R");
            t.write("禁词测试");
            t.press("Ctrl-s");
            assertThat(writes.calls).hasSize(2).allMatch(c -> !c.startsWith("sent"));
            assertThat(t.text()).contains("抱歉，您的帖子包含不适当的内容").contains("禁词测试");
            writes.refusal = null;
            t.press("Ctrl-s");
            assertThat(writes.calls.get(writes.calls.size() - 1)).startsWith("sent");
        }
    }

    @Test
    void escKeepsTheDraftAndAPendingReplyIsTold() throws Exception {
        FakeWrites writes = new FakeWrites();
        writes.pending = true;
        try (ScreenTester t = thread(writes)) {
            t.press("R");
            t.write("审核测试");
            t.press("Escape");
            assertThat(writes.calls).containsExactly("keep " + new ForumWrites.Draft(1, 0, 0, "审核测试"));
            assertThat(t.status()).contains("草稿已保存");
            t.press("R");
            t.write("审核测试").press("Ctrl-s");
            assertThat(t.status()).contains("审核");
        }
    }

    @Test
    void editStartsFromTheEditFormsTextAndDeleteAsksFirst() throws Exception {
        FakeWrites writes = new FakeWrites();
        try (ScreenTester t = thread(writes)) {
            t.press(":").type("2");
            t.press("E");
            assertThat(t.text()).contains("编辑 沙发").contains("黄花的季节又到了");
            t.press("Ctrl-s");
            assertThat(writes.calls.get(0)).isEqualTo("source 1 " + pidOfFloor(2));
            assertThat(writes.calls.get(2)).isEqualTo("send "
                    + new ForumWrites.Draft(1, 0, pidOfFloor(2), "黄花的季节又到了"));
            writes.calls.clear();
            t.press(":").type("3");
            t.press("D");
            assertThat(t.status()).contains("删除 板凳");
            t.press("y");
            assertThat(writes.calls).containsExactly("delete 1 " + pidOfFloor(3));
        }
    }
}
