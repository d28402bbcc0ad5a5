package dev.fenghuang;

import dev.fenghuang.app.forum.DamagedText;
import dev.fenghuang.app.forum.SubjectTooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.app.forum.ForumParticipation;
import dev.fenghuang.app.forum.MaybeHeld;
import dev.fenghuang.app.forum.ReplyDraft;
import dev.fenghuang.app.forum.ThreadDraft;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.SiteMessage;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ForumWrite;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.ThreadPage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Taking part in the forum against the demo portal, on a UTF-8 and a GBK site: reply, quote, new thread where the
 * board requires a type, flood control (also the lock a refused attempt takes, 7.34), a held post, an edit, a
 * thread favourite, and never twice after the answer was lost or the program killed on the way.
 */
class ForumParticipationTest {
    private static final long TID = 1;
    private static final int CHAT = 2;
    private static final int SERVICES = 3;

    @TempDir
    Path home;

    private DemoPortal portal;
    private PortalSession session;
    private ForumParticipation forum;

    private void start(boolean gbk) throws Exception {
        DemoOptions.Builder options = DemoOptions.builder();
        portal = DemoPortal.start(gbk ? options.gbk().build() : options.build());
        portal.freezeClock();
        session = signedIn(home.resolve("a"));
        forum = session.participation().forum();
    }

    private PortalSession signedIn(Path dir) throws Exception {
        PortalSession s = new Main(XdgDirs.from(Map.of(), dir.toString())).session(portal.baseUrl().toString(), false,
                null);
        assertThat(s.participation().login("reader1", "reader123".toCharArray(), 0, null, true, null).accepted())
                .isTrue();
        return s;
    }

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    private void waitOutFlood() {
        portal.advanceClock(Duration.ofSeconds(16));
    }

    private long copies(String text) throws Exception {
        return forum.newestFloors(TID).floors().stream().filter(f -> text(f).contains(text)).count();
    }

    private static String text(Floor f) {
        return f.blocks().stream().filter(PostBlock.Paragraph.class::isInstance)
                .map(b -> ((PostBlock.Paragraph) b).text()).reduce("", String::concat);
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aReplyLandsOnItsFloorAndItsDraftIsGone(boolean gbk) throws Exception {
        start(gbk);
        String text = "这是一条测试回复，渠县欢迎你";
        ForumWrite w = forum.reply(TID, 0, text);
        assertThat(w.accepted()).isTrue();
        assertThat(w.pending()).isFalse();
        assertThat(w.tid()).isEqualTo(TID);
        assertThat(w.fid()).isEqualTo(CHAT);
        ThreadPage last = forum.newestFloors(TID);
        Floor mine = last.floors().get(last.floors().size() - 1);
        assertThat(mine.pid()).isEqualTo(w.pid());
        assertThat(w.floor()).isEqualTo(mine.number()).isGreaterThan(60);
        assertThat(text(mine)).contains(text);
        assertThat(forum.replyDrafts().list(TID)).isEmpty();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aQuoteReplyCarriesTheQuotedFloor(boolean gbk) throws Exception {
        start(gbk);
        Floor quoted = forum.newestFloors(TID).floors().get(1);
        ForumWrite w = forum.reply(TID, quoted.pid(), "引用一下楼上的说法，很有道理");
        assertThat(w.accepted()).isTrue();
        Floor mine = forum.newestFloors(TID).floors().stream().filter(f -> f.pid() == w.pid()).findFirst()
                .orElseThrow();
        assertThat(mine.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(PostBlock.Quote.class,
                q -> assertThat(q.pid()).isEqualTo(quoted.pid())));
        assertThat(text(mine)).contains("引用一下楼上的说法");
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aBoardThatRequiresATypeRefusesWithoutOneBeforeSendingSoNoFloodLockIsTaken(boolean gbk) throws Exception {
        start(gbk);
        assertThat(forum.threadForm(SERVICES).typeRequired()).isTrue();
        assertThat(forum.threadForm(CHAT).typeRequired()).isFalse();
        assertThat(forum.threadForm(SERVICES).types()).extracting(t -> t.id()).contains(4, 5);
        ForumWrite untyped = forum.newThread(SERVICES, new ThreadDraft("寻找丢失的小狗一只", "", "昨天在渠县南门附近走失，黄色小狗"));
        assertThat(untyped.result()).isInstanceOfSatisfying(PostResult.Refused.class, r -> {
            assertThat(r.message().text()).contains("尚未选择主题的类别");
            assertThat(r.message().values().get("offered")).contains("4 ");
        });
        assertThat(ForumParticipation.waitSeconds(untyped.result())).as("nothing sent, no lock").isZero();
        assertThat(forum.threadDrafts().list(SERVICES)).as("kept").hasSize(1);

        ForumWrite typed = forum.newThread(SERVICES, new ThreadDraft("寻找丢失的小狗一只", "4", "昨天在渠县南门附近走失，黄色小狗"));
        assertThat(typed.accepted()).as("at once: the refused one took no flood lock").isTrue();
        assertThat(typed.tid()).isPositive();
        assertThat(typed.fid()).isEqualTo(SERVICES);
        assertThat(typed.floor()).isEqualTo(1);
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aTypeTheBoardDoesNotOfferIsRefusedBeforeSending(boolean gbk) throws Exception {
        start(gbk);
        ForumWrite w = forum.newThread(SERVICES, new ThreadDraft("一个没有的分类测试", "闲聊", "这个分类不在便民服务版块里面"));
        assertThat(w.result()).isInstanceOfSatisfying(PostResult.Refused.class,
                r -> assertThat(r.message().kind()).isEqualTo(SiteMessage.Kind.NOT_OFFERED));
        // nothing was sent, so no flood lock: a reply goes through at once
        assertThat(forum.reply(TID, 0, "分类被拒之后马上回复").accepted()).isTrue();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aSubjectOverTheLimitIsRefusedBeforeAnythingIsSaved(boolean gbk) throws Exception {
        start(gbk);
        assertThatThrownBy(() -> forum.newThread(CHAT, new ThreadDraft("渠".repeat(41), "", "正文内容足够长了吧")))
                .isInstanceOf(SubjectTooLong.class);
        assertThat(forum.threadDrafts().list(CHAT)).isEmpty();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void damagedTextIsRefusedBeforeAnythingIsSavedOrSent(boolean gbk) throws Exception {
        start(gbk);
        assertThatThrownBy(() -> forum.reply(TID, 0, "坏了的\uFFFD文字"))
                .isInstanceOf(DamagedText.class);
        assertThatThrownBy(() -> forum.newThread(CHAT, new ThreadDraft("坏了的\uFFFD标题", "", "正文内容足够长了吧")))
                .isInstanceOf(DamagedText.class);
        assertThat(forum.replyDrafts().list(TID)).isEmpty();
        assertThat(forum.threadDrafts().list(CHAT)).isEmpty();
        assertThat(forum.reply(TID, 0, "完好的文字可以发送").accepted()).as("no flood lock was taken").isTrue();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aSecondReplyWithinTheLimitIsToldTheWaitAndKeptAsADraft(boolean gbk) throws Exception {
        start(gbk);
        assertThat(forum.reply(TID, 0, "第一条回复内容在这里").accepted()).isTrue();
        ForumWrite tooSoon = forum.reply(TID, 0, "第二条回复内容在这里");
        assertThat(tooSoon.result()).isInstanceOfSatisfying(PostResult.Refused.class,
                r -> assertThat(r.message().kind()).isEqualTo(SiteMessage.Kind.TOO_FAST));
        assertThat(ForumParticipation.waitSeconds(tooSoon.result())).isBetween(1, 15);
        List<DraftStore.Draft> kept = forum.replyDrafts().list(TID);
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).inFlight()).as("the site answered: not in flight").isFalse();
        waitOutFlood();
        assertThat(forum.sendReply(kept.get(0)).accepted()).isTrue();
        assertThat(copies("第二条回复内容在这里")).isEqualTo(1);
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aCensorWordHoldsTheReplyAndSaysSo(boolean gbk) throws Exception {
        start(gbk);
        ForumWrite w = forum.reply(TID, 0, "这条回复里有审核测试这个词");
        assertThat(w.accepted()).isTrue();
        assertThat(w.pending()).isTrue();
        assertThat(w.pid()).isPositive();
        assertThat(portal.forumPostState((int) w.pid())).isEqualTo("pending");
        assertThat(forum.replyDrafts().list(TID)).isEmpty();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void anOwnReplyIsEdited(boolean gbk) throws Exception {
        start(gbk);
        ForumWrite w = forum.reply(TID, 0, "原来的文字，稍后修改");
        ForumWrite edited = forum.edit(TID, w.pid(), "修改之后的文字，已经更新", null);
        assertThat(edited.accepted()).isTrue();
        Floor mine = forum.newestFloors(TID).floors().stream().filter(f -> f.pid() == w.pid()).findFirst()
                .orElseThrow();
        assertThat(text(mine)).contains("修改之后的文字").doesNotContain("原来的文字");
        assertThat(forum.editDrafts().list(w.pid())).isEmpty();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void someoneElsesPostIsNotEditedAndTheTextIsKept(boolean gbk) throws Exception {
        start(gbk);
        Floor other = forum.newestFloors(TID).floors().get(0);
        ForumWrite w = forum.edit(TID, other.pid(), "不应该能改别人的帖子", null);
        assertThat(w.result()).isInstanceOf(PostResult.Refused.class);
        assertThat(forum.editDrafts().list(other.pid())).hasSize(1);
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aThreadIsFavouritedOnceAndListed(boolean gbk) throws Exception {
        start(gbk);
        PostResult added = forum.favorite(TID);
        assertThat(added).isInstanceOfSatisfying(PostResult.Posted.class, p -> assertThat(p.id()).isPositive());
        assertThat(forum.favorite(TID)).isInstanceOf(PostResult.Refused.class);
        assertThat(forum.favorites(1).favorites()).anySatisfy(f -> assertThat(f.tid()).isEqualTo(TID));
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aReplyWhoseAnswerIsLostIsFoundNotSentAgain(boolean gbk) throws Exception {
        start(gbk);
        String text = "答复丢失的回复不会重复";
        portal.dropNextWriteAnswer();
        ForumWrite w = forum.reply(TID, 0, text);
        assertThat(w.accepted()).isTrue();
        assertThat(w.pid()).isPositive();
        assertThat(copies(text)).isEqualTo(1);
        assertThat(forum.replyDrafts().list(TID)).isEmpty();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aReplyKilledOnTheWayIsLookedForBeforeItIsSentAgain(boolean gbk) throws Exception {
        start(gbk);
        String text = "进程被杀之后不会重复发表";
        // the killed run: its draft marked with the newest pid it saw, its request stored by the site
        long newest = forum.newestFloors(TID).floors().stream().mapToLong(Floor::pid).max().orElseThrow();
        DraftStore.Draft marked = forum.replyDrafts().markSending(
                forum.replyDrafts().save(TID, new ReplyDraft(0, text).encode()), newest);
        try (PortalSession other = signedIn(home.resolve("b"))) {
            assertThat(other.participation().forum().reply(TID, 0, text).accepted()).isTrue();
        }
        waitOutFlood();
        ForumWrite again = forum.sendReply(marked);
        assertThat(again.accepted()).isTrue();
        assertThat(copies(text)).as("stored once").isEqualTo(1);
        assertThat(forum.replyDrafts().list(TID)).isEmpty();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aHeldReplyOfAKilledRunIsNotSentAgainUntilTheUserChooses(boolean gbk) throws Exception {
        start(gbk);
        String text = "进程被杀之后这条审核测试回复只留一份";
        long newest = forum.newestFloors(TID).floors().stream().mapToLong(Floor::pid).max().orElseThrow();
        DraftStore.Draft marked = forum.replyDrafts().markSending(
                forum.replyDrafts().save(TID, new ReplyDraft(0, text).encode()), newest);
        long held;
        try (PortalSession other = signedIn(home.resolve("b"))) {
            ForumWrite killedRun = other.participation().forum().reply(TID, 0, text);
            assertThat(killedRun.pending()).as("the site held the killed run's request").isTrue();
            held = killedRun.pid();
        }
        waitOutFlood();
        assertThatThrownBy(() -> forum.sendReply(marked)).isInstanceOf(MaybeHeld.class);
        assertThat(portal.forumPostState((int) held + 1)).as("no second held copy").isEqualTo("missing");
        assertThat(forum.replyDrafts().list(TID)).singleElement().satisfies(d -> assertThat(d.inFlight()).isTrue());

        ForumWrite chosen = forum.resendReply(forum.replyDrafts().list(TID).get(0), null);
        assertThat(chosen.pending()).as("sent again only when asked").isTrue();
        assertThat(forum.replyDrafts().list(TID)).isEmpty();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aHeldReplyWhoseAnswerIsLostIsToldAsPossiblyHeldNotSentAgain(boolean gbk) throws Exception {
        start(gbk);
        String text = "答复丢失的审核测试回复不会自动再发";
        portal.dropNextWriteAnswer();
        assertThatThrownBy(() -> forum.reply(TID, 0, text)).isInstanceOf(MaybeHeld.class);
        waitOutFlood();
        assertThatThrownBy(() -> forum.sendReply(forum.replyDrafts().list(TID).get(0)))
                .isInstanceOf(MaybeHeld.class);
        assertThat(forum.replyDrafts().list(TID)).singleElement().satisfies(d -> assertThat(d.inFlight()).isTrue());
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aNewThreadWhoseAnswerIsLostIsFoundNotStartedTwice(boolean gbk) throws Exception {
        start(gbk);
        portal.dropNextWriteAnswer();
        ForumWrite w = forum.newThread(CHAT, new ThreadDraft("答复丢失的新主题", "", "答复丢失也只发一次主题"));
        assertThat(w.accepted()).isTrue();
        assertThat(w.tid()).isPositive();
        assertThat(forum.threadDrafts().list(CHAT)).isEmpty();
    }
}
