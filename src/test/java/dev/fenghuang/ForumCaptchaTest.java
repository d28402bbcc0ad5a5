package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.app.forum.ForumParticipation;
import dev.fenghuang.app.forum.ThreadDraft;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.model.Captcha;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.CaptchaAnswer;
import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.ForumWrite;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The captcha on forum posting (1.10, 4.4 {@code div#seccheck_fastpost}) against the demo portal with the captcha
 * on, UTF-8 and GBK: a reply, a quote reply and a new thread are not sent without an answer (the image comes back,
 * nothing stored, the draft kept), a wrong answer brings a fresh image, the right one posts once.
 */
class ForumCaptchaTest {
    private static final long TID = 1;
    private static final int SERVICES = 3;

    @TempDir
    Path home;

    private DemoPortal portal;
    private PortalSession session;
    private ForumParticipation forum;

    private void start(boolean gbk) throws Exception {
        DemoOptions.Builder options = DemoOptions.builder().captcha(true);
        portal = DemoPortal.start(gbk ? options.gbk().build() : options.build());
        portal.freezeClock();
        session = new Main(XdgDirs.from(Map.of(), home.toString())).session(portal.baseUrl().toString(), false, null);
        PostResult login = session.participation().login("reader1", "reader123".toCharArray(), 0, null, true, null);
        if (login instanceof PostResult.NeedsCaptcha wanted) {
            login = session.participation().login("reader1", "reader123".toCharArray(), 0, null, true,
                    portal.captchaCode(wanted.captcha().hash()).orElseThrow());
        }
        assertThat(login.accepted()).isTrue();
        forum = session.participation().forum();
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

    private long newestPid() throws Exception {
        return forum.newestFloors(TID).floors().stream().mapToLong(Floor::pid).max().orElseThrow();
    }

    private static Captcha wanted(ForumWrite w) {
        assertThat(w.result()).isInstanceOf(PostResult.NeedsCaptcha.class);
        Captcha c = ((PostResult.NeedsCaptcha) w.result()).captcha();
        assertThat(c.mediaType()).startsWith("image/");
        return c;
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aReplyAsksForTheCaptchaThenAWrongAnswerAgainThenTheRightOnePostsOnce(boolean gbk) throws Exception {
        start(gbk);
        long before = newestPid();
        String text = "验证码之后的回复只发一次";
        Captcha first = wanted(forum.reply(TID, 0, text));
        assertThat(newestPid()).as("nothing sent").isEqualTo(before);
        assertThat(forum.replyDrafts().list(TID)).singleElement()
                .satisfies(d -> assertThat(d.inFlight()).isFalse());

        Captcha second = wanted(forum.sendReply(forum.replyDrafts().list(TID).get(0),
                new CaptchaAnswer(first.hash(), "0000")));
        assertThat(second.hash()).isEqualTo(first.hash());
        assertThat(newestPid()).isEqualTo(before);

        String code = portal.captchaCode(second.hash()).orElseThrow();
        ForumWrite posted = forum.sendReply(forum.replyDrafts().list(TID).get(0), new CaptchaAnswer(second.hash(), code));
        assertThat(posted.accepted()).as("no flood lock from the wrong code: checked before it").isTrue();
        assertThat(newestPid()).isEqualTo(posted.pid());
        assertThat(forum.replyDrafts().list(TID)).isEmpty();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aQuoteReplyAnswersThePopupsCaptcha(boolean gbk) throws Exception {
        start(gbk);
        Floor quoted = forum.newestFloors(TID).floors().get(1);
        Captcha asked = wanted(forum.reply(TID, quoted.pid(), "引用之后也要输入验证码"));
        ForumWrite posted = forum.sendReply(forum.replyDrafts().list(TID).get(0),
                new CaptchaAnswer(asked.hash(), portal.captchaCode(asked.hash()).orElseThrow()));
        assertThat(posted.accepted()).isTrue();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aNewThreadAsksForTheCaptchaAndPostsWithIt(boolean gbk) throws Exception {
        start(gbk);
        Captcha asked = wanted(forum.newThread(SERVICES, new ThreadDraft("验证码测试主题", "4", "发主题也要输入验证码才行")));
        assertThat(forum.threadDrafts().list(SERVICES)).hasSize(1);
        ForumWrite posted = forum.sendThread(forum.threadDrafts().list(SERVICES).get(0),
                new CaptchaAnswer(asked.hash(), portal.captchaCode(asked.hash()).orElseThrow()));
        assertThat(posted.accepted()).isTrue();
        assertThat(posted.tid()).isPositive();
        assertThat(forum.threadDrafts().list(SERVICES)).isEmpty();
    }
}
