package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.forum.ForumParticipation;
import dev.fenghuang.app.forum.ReplyDraft;
import dev.fenghuang.app.forum.ThreadDraft;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.ForumWrite;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.tui.term.ExternalEditor;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forum's texts kept as comments are, on the demo portal: a reply, a quote reply, a new thread and an edit left
 * with Esc (or failed, or left by a reader that was killed) open again from the newest draft kept for them, saying
 * how many more are kept; a reply whose request may have left is looked for on the thread before it is sent again;
 * a session the site let lapse opens the sign-in form and the text goes once after it.
 */
class ForumDraftsTest {
    @TempDir
    Path home;
    DemoSession demo;

    @BeforeEach
    void signIn() throws Exception {
        demo = DemoSession.open(home);
        PostResult login = demo.session().participation().login("reader1", "reader123".toCharArray(), 0, null, true,
                null);
        if (login instanceof PostResult.NeedsCaptcha) {
            login = demo.session().participation().login("reader1", "reader123".toCharArray(), 0, null, true,
                    demo.newestCaptchaCode());
        }
        assertThat(login.accepted()).isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    /** A reader started afresh on the session (its drafts on disk, nothing in memory), on the forum tab. */
    private ScreenTester reader() throws Exception {
        ScreenTester t = new ScreenTester(demo.session(), TuiOptions.defaults().withLanguage("zh"), 80, 24,
                new ExternalEditor("false"));
        t.loop.forum(Tui.forumOf(demo.session()));
        t.press("Tab");
        return t;
    }

    private ForumParticipation forum() {
        return demo.session().participation().forum();
    }

    private long floorsSaying(long tid, String text) throws Exception {
        return demo.session().forum().lastPage(tid).floors().stream()
                .filter(f -> f.blocks().stream().anyMatch(b -> b instanceof PostBlock.Paragraph p
                        && p.text().contains(text))).count();
    }

    @Test
    void aReplyLeftWithEscOpensAgainFromItsDraftAlsoAfterARestart() throws Exception {
        try (ScreenTester t = reader()) {
            t.press(":").type("1");
            t.press("R").write("草稿保留测试").press("Escape");
            assertThat(t.status()).contains("草稿已保存；再次回复即可继续。");
            t.press("R");
            assertThat(t.text()).contains("草稿保留测试").contains("已载入");
            t.write("，续写").press("Escape");
        }
        assertThat(forum().replyDrafts().list(1)).as("the same draft, changed").hasSize(1);
        try (ScreenTester t = reader()) {
            t.press(":").type("1");
            t.press("R");
            assertThat(t.text()).contains("草稿保留测试，续写").contains("已载入");
            t.press("Ctrl-s");
            assertThat(t.status()).contains("回复已发表");
        }
        assertThat(floorsSaying(1, "草稿保留测试，续写")).isEqualTo(1);
        assertThat(forum().replyDrafts().list(1)).isEmpty();
    }

    @Test
    void aRefusedReplyOpensAgainFromItsDraftAndOneEmptiedAndLeftIsForgotten() throws Exception {
        try (ScreenTester t = reader()) {
            t.press(":").type("1");
            t.press("R").write("禁词测试的回复").press("Ctrl-s");
            assertThat(t.text()).contains("禁词测试的回复");
            t.press("Escape");
            assertThat(t.loop.layers().isEmpty()).isTrue();
            t.press("R");
            assertThat(t.text()).contains("禁词测试的回复").contains("已载入");
            for (int i = 0; i < "禁词测试的回复".length(); i++) {
                t.press("Backspace");
            }
            t.press("Escape");
            assertThat(t.status()).contains("丢弃");
            assertThat(forum().replyDrafts().list(1)).isEmpty();
            t.press("R");
            assertThat(t.text()).doesNotContain("禁词测试的回复").doesNotContain("已载入");
        }
    }

    @Test
    void aQuoteReplyKeepsItsQuotedFloorAndTheEditorTellsHowManyMoreAreKept() throws Exception {
        long pid = demo.session().forum().thread(1, 1, 0).floors().get(1).pid();
        forum().replyDrafts().save(1, new ReplyDraft(0, "更早的一份草稿").encode());
        try (ScreenTester t = reader()) {
            t.press(":").type("1");
            t.press(":").type("2");
            t.press("Q").write("引用草稿").press("Escape");
            t.press("Q");
            assertThat(t.text()).contains("引用 沙发").contains("引用草稿").contains("另外还保存着 1 份");
            t.press("Ctrl-s");
            assertThat(t.status()).contains("回复已发表");
        }
        assertThat(forum().replyDrafts().list(1)).extracting(DraftStore.Draft::text)
                .containsExactly(new ReplyDraft(0, "更早的一份草稿").encode());
        assertThat(demo.session().forum().lastPage(1).floors().stream()
                .filter(f -> f.blocks().stream().anyMatch(b -> b instanceof PostBlock.Quote))
                .count()).as("sent as a quote of floor " + pid).isPositive();
    }

    @Test
    void aNewThreadLeftWithEscIsKeptAsAThreadAndOpensAgainOnItsBoard() throws Exception {
        try (ScreenTester t = reader()) {
            t.press(":").type("f2");
            t.press("P");
            t.type("草稿里的新主题");
            t.type("2");
            t.write("新主题的正文留在草稿里").press("Escape");
            assertThat(t.status()).contains("主题").doesNotContain("回复");
        }
        try (ScreenTester t = reader()) {
            t.press(":").type("f2");
            t.press("P");
            assertThat(t.text()).contains("在 渠县杂谈 发表新主题：草稿里的新主题 [闲聊]")
                    .contains("新主题的正文留在草稿里").contains("已载入");
            t.press("Ctrl-s");
            assertThat(t.status()).contains("主题已发表");
        }
        assertThat(forum().threadDrafts().list(2)).isEmpty();
    }

    @Test
    void anEditLeftWithEscIsKeptAndOpensAgainFromItsDraft() throws Exception {
        ForumWrite started = forum().newThread(2, new ThreadDraft("要修改的主题", "", "原来的正文内容"));
        assertThat(started.accepted()).isTrue();
        long pid = demo.session().forum().thread(started.tid(), 1, 0).floors().get(0).pid();
        try (ScreenTester t = reader()) {
            t.press(":").type(String.valueOf(started.tid()));
            t.press("E").write("改过").press("Escape");
            assertThat(t.status()).contains("草稿已保存");
        }
        assertThat(forum().editDrafts().list(pid)).extracting(DraftStore.Draft::text)
                .singleElement().asString().contains("改过").contains("原来的正文内容");
        try (ScreenTester t = reader()) {
            t.press(":").type(String.valueOf(started.tid()));
            t.press("E");
            assertThat(t.text()).contains("改过").contains("已载入");
        }
    }

    @Test
    void aReplyLeftInFlightByAKilledReaderIsLookedForBeforeItIsSentAgain() throws Exception {
        long newest = demo.session().forum().lastPage(1).floors().stream().mapToLong(f -> f.pid()).max().orElseThrow();
        assertThat(forum().reply(1, 0, "被杀掉时正在发送的回复").accepted()).as("the request that left").isTrue();
        DraftStore.Draft draft = forum().replyDrafts().save(1, new ReplyDraft(0, "被杀掉时正在发送的回复").encode());
        forum().replyDrafts().markSending(draft, newest);
        assertThat(forum().replyDrafts().list(1)).as("the killed reader's draft").hasSize(1);
        try (ScreenTester t = reader()) {
            t.press(":").type("1");
            t.press("R");
            assertThat(t.text()).contains("被杀掉时正在发送的回复").contains("可能已经发出");
            t.press("Ctrl-s");
            assertThat(t.status()).contains("回复已发表");
        }
        assertThat(floorsSaying(1, "被杀掉时正在发送的回复")).as("posted once").isEqualTo(1);
        assertThat(forum().replyDrafts().list(1)).isEmpty();
    }

    @Test
    void aReplyLeftInFlightThatIsNotOnTheThreadIsSentAgainOnlyWhenTheUserSaysSo() throws Exception {
        long newest = demo.session().forum().lastPage(1).floors().stream().mapToLong(f -> f.pid()).max().orElseThrow();
        DraftStore.Draft draft = forum().replyDrafts().save(1, new ReplyDraft(0, "可能在审核中的回复").encode());
        forum().replyDrafts().markSending(draft, newest);
        try (ScreenTester t = reader()) {
            t.press(":").type("1");
            t.press("R");
            assertThat(t.text()).contains("可能在审核中的回复").contains("可能已经发出");
            t.press("Ctrl-s");
            assertThat(t.status()).contains("可能正在等待审核").contains("y/n");
            t.press("n");
            assertThat(floorsSaying(1, "可能在审核中的回复")).as("not sent unasked").isZero();
            t.press("Ctrl-s", "y");
            assertThat(t.status()).contains("回复已发表");
        }
        assertThat(floorsSaying(1, "可能在审核中的回复")).isEqualTo(1);
        assertThat(forum().replyDrafts().list(1)).isEmpty();
    }

    @Test
    void anExpiredSessionSignsOutOpensTheSignInFormAndSendsTheReplyOnceAfter() throws Exception {
        try (ScreenTester t = reader()) {
            t.press(":").type("1");
            assertThat(t.status()).startsWith("[reader1]");
            t.press("R").write("会话过期的论坛回复");
            demo.expireSessions();
            t.press("Ctrl-s");
            assertThat(t.text()).contains("用户名");
            assertThat(t.status()).doesNotStartWith("[reader1]");
            WriteScreens.signIn(t, "reader1", "reader123");
            assertThat(t.status()).contains("回复已发表");
            assertThat(t.loop.layers().isEmpty()).isTrue();
        }
        assertThat(floorsSaying(1, "会话过期的论坛回复")).isEqualTo(1);
        assertThat(forum().replyDrafts().list(1)).isEmpty();
    }
}
