package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.DraftStore;
import dev.fenghuang.app.Participation;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.model.Article;
import dev.fenghuang.model.Comment;
import dev.fenghuang.model.CommentList;
import dev.fenghuang.model.PostResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The promises of the write API, against the demo portal: nothing lost, nothing posted twice, nothing stale. */
class ParticipationTest {
    private static final long AID = 8;

    @TempDir
    Path home;

    private DemoPortal portal;
    private PortalSession session;
    private Participation p;

    @BeforeEach
    void signIn() throws Exception {
        portal = DemoPortal.start(DemoOptions.defaults());
        session = new Main(XdgDirs.from(Map.of(), home.toString())).session(portal.baseUrl().toString(), false, null);
        p = session.participation();
        assertThat(p.login("reader1", "reader123".toCharArray(), 0, null, true, null).accepted()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        portal.close();
    }

    private java.util.Optional<String> newestDraft() throws java.io.IOException {
        return p.drafts().newest(AID).map(DraftStore.Draft::text);
    }

    private long copiesOnSite(String text) throws Exception {
        CommentList all = session.reader().comments(AID, 1, true);
        return all.comments().stream().map(Comment::text).filter(text::equals).count();
    }

    @Test
    void aCommentWhoseAnswerIsLostIsFoundOnTheSiteNotSentAgain() throws Exception {
        String text = "答复丢失也不会重复发表";
        portal.dropNextWriteAnswer();
        PostResult result = p.comment(AID, text);
        assertThat(result.accepted()).isTrue();
        assertThat(copiesOnSite(text)).isEqualTo(1);
        assertThat(newestDraft()).isEmpty();
    }

    @Test
    void anAnswerNoLongerReadableIsNotTakenForARefusalAndTheDraftIsNotSentTwice() throws Exception {
        String text = "乱码的答复不算拒绝";
        portal.inject(dev.fenghuang.demo.FaultRule.of(dev.fenghuang.demo.Fault.WRONG_CHARSET).onPost().times(1));
        PostResult first = p.comment(AID, text);
        portal.clearFaults();
        portal.advanceClock(Duration.ofSeconds(16));
        if (!first.accepted()) {
            PostResult again = p.send(p.drafts().newest(AID).orElseThrow(), null);
            assertThat(again.accepted()).isTrue();
        }
        assertThat(portal.commentsWithText(AID, text)).as("stored once").isEqualTo(1);
        assertThat(newestDraft()).isEmpty();
    }

    @Test
    void aPostedCommentShowsAtOnceThoughTheArticleWasCached() throws Exception {
        Article before = session.reader().article(AID, 1, false);
        String text = "缓存不会显示旧页面";
        assertThat(p.comment(AID, text).accepted()).isTrue();
        Article after = session.reader().article(AID, 1, false);
        assertThat(after.comments()).extracting(Comment::text).contains(text);
        assertThat(after.commentCount()).isEqualTo(before.commentCount() + 1);
    }

    @Test
    void anExpiredSessionAsksToSignInAgainAndKeepsTheText() throws Exception {
        portal.expireSessions();
        String text = "会话过期后草稿仍在";
        PostResult result = p.comment(AID, text);
        assertThat(result).isInstanceOf(PostResult.NeedsLogin.class);
        assertThat(newestDraft()).contains(text);

        assertThat(p.login("reader1", "reader123".toCharArray(), 0, null, true, null).accepted()).isTrue();
        assertThat(p.send(p.drafts().newest(AID).orElseThrow(), null).accepted()).isTrue();
        assertThat(p.drafts().list(AID)).as("the draft sent is gone").isEmpty();
        assertThat(copiesOnSite(text)).isEqualTo(1);
    }

    @Test
    void floodControlKeepsTheDraftAndTheWaitIsKnown() throws Exception {
        assertThat(p.comment(AID, "第一条").accepted()).isTrue();
        PostResult tooSoon = p.comment(AID, "第二条");
        assertThat(tooSoon).isInstanceOfSatisfying(PostResult.Refused.class, r ->
                assertThat(Integer.parseInt(r.message().values().get("waittime"))).isBetween(1, 15));
        assertThat(newestDraft()).contains("第二条");
        portal.advanceClock(Duration.ofSeconds(16));
        assertThat(p.comment(AID, "第二条").accepted()).isTrue();
        assertThat(copiesOnSite("第二条")).isEqualTo(1);
    }

    @Test
    void theDraftIsOnDiskWhileTheCommentTravelsAndGoneOnceConfirmed() throws Exception {
        portal.close();
        session.close();
        portal = DemoPortal.start(DemoOptions.builder().slowDelay(Duration.ofMillis(800)).build());
        session = new Main(XdgDirs.from(Map.of(), home.resolve("slow").toString()))
                .session(portal.baseUrl().toString(), false, null);
        p = session.participation();
        assertThat(p.login("reader1", "reader123".toCharArray(), 0, null, true, null).accepted()).isTrue();
        String text = "草稿在确认之前一直保存";
        portal.inject(dev.fenghuang.demo.Fault.SLOW);
        java.util.concurrent.CompletableFuture<PostResult> sending =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return p.comment(AID, text);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (newestDraft().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(newestDraft()).as("saved before the site answered").contains(text);
        assertThat(sending).isNotDone();
        PostResult result = sending.get(30, java.util.concurrent.TimeUnit.SECONDS);
        portal.clearFaults();
        assertThat(result.accepted()).isTrue();
        assertThat(newestDraft()).as("removed once confirmed").isEmpty();
        assertThat(copiesOnSite(text)).isEqualTo(1);
    }

    @Test
    void anOlderCommentOfTheSameTextIsNoProofThatTheDraftArrived() throws Exception {
        String text = "同样的话可以说两次";
        assertThat(p.comment(AID, text).accepted()).isTrue();
        portal.advanceClock(Duration.ofSeconds(16));
        // the same text again; the client died after marking it, before the request went out
        long newest = session.reader().comments(AID, 1, true).comments().stream().mapToLong(Comment::cid).max()
                .orElseThrow();
        DraftStore.Draft draft = p.drafts().markSending(p.drafts().save(AID, text), newest);
        PostResult again = p.send(draft, null);
        assertThat(again.accepted()).isTrue();
        assertThat(copiesOnSite(text)).as("the older comment did not count as this one").isEqualTo(2);
    }

    @Test
    void aSecondRefusedCommentKeepsTheFirstDraftToo() throws Exception {
        portal.expireSessions();
        assertThat(p.comment(AID, "第一条被拒的评论")).isInstanceOf(PostResult.NeedsLogin.class);
        assertThat(p.comment(AID, "第二条被拒的评论")).isInstanceOf(PostResult.NeedsLogin.class);
        assertThat(keptTexts()).as("every unsent text is on disk")
                .anyMatch(t -> t.equals("第一条被拒的评论")).anyMatch(t -> t.equals("第二条被拒的评论"));
    }

    @Test
    void aCommentTheSiteWouldCutIsRefusedBeforeAnythingIsSavedOrSent() throws Exception {
        long before = portal.requestCount();
        String text = "<".repeat(250) + "x"; // 250 escapes of 4 units and one more
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.comment(AID, text))
                .isInstanceOf(dev.fenghuang.app.CommentLength.TooLong.class).hasMessageContaining("1001");
        assertThat(portal.requestCount()).isEqualTo(before);
        assertThat(keptTexts()).isEmpty();
    }

    private java.util.List<String> keptTexts() throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(home)) {
            return files.filter(f -> f.toString().contains("drafts") && java.nio.file.Files.isRegularFile(f))
                    .map(f -> {
                        try {
                            return java.nio.file.Files.readString(f);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }
}
