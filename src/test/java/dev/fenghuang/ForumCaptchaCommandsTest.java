package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.CliRun.Run;
import dev.fenghuang.app.PortalSession;
import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.app.forum.ReplyDraft;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.model.PostResult;
import dev.fenghuang.model.forum.Floor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code reply} and {@code post} on a site with the captcha on (UTF-8 and GBK), without a terminal: the image is
 * saved where {@code --captcha-file} says and the command ends with exit 5, nothing sent, the draft kept; a wrong
 * {@code --captcha} is exit 5 again with a fresh image; the right one posts once. And {@code --resend} for a reply
 * that may be waiting for moderation.
 */
class ForumCaptchaCommandsTest {
    @TempDir
    Path home;

    private DemoPortal portal;

    private void start(boolean gbk, boolean captcha) throws Exception {
        DemoOptions.Builder options = DemoOptions.builder().captcha(captcha);
        portal = DemoPortal.start(gbk ? options.gbk().build() : options.build());
        portal.freezeClock();
        try (PortalSession s = new Main(XdgDirs.from(Map.of(), home.toString()))
                .session(portal.baseUrl().toString(), false, null)) {
            PostResult login = s.participation().login("reader1", "reader123".toCharArray(), 0, null, true, null);
            if (login instanceof PostResult.NeedsCaptcha wanted) {
                login = s.participation().login("reader1", "reader123".toCharArray(), 0, null, true,
                        portal.captchaCode(wanted.captcha().hash()).orElseThrow());
            }
            assertThat(login.accepted()).isTrue();
        }
    }

    @AfterEach
    void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    private Run run(String... args) {
        return CliRun.on(portal.baseUrl(), home).lang("en").stdin(new byte[0]).run(args);
    }

    private long newestPid() throws Exception {
        try (PortalSession s = new Main(XdgDirs.from(Map.of(), home.resolve("guest").toString()))
                .session(portal.baseUrl().toString(), false, null)) {
            return s.forum().lastPage(1).floors().stream().mapToLong(Floor::pid).max().orElseThrow();
        }
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void replyAsksForTheCaptchaThenAWrongOneIsRefusedThenTheRightOnePostsOnce(boolean gbk) throws Exception {
        start(gbk, true);
        long before = newestPid();
        Path image = home.resolve("captcha.png");
        Run asked = run("reply", "1", "--message", "命令行回复需要验证码", "--captcha-file", image.toString());
        assertThat(asked.exitCode()).as(asked.err()).isEqualTo(5);
        assertThat(asked.err()).contains(image.toString()).contains("--captcha TEXT");
        assertThat(Files.readAllBytes(image)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(newestPid()).as("nothing sent").isEqualTo(before);

        Files.delete(image);
        Run wrong = run("reply", "1", "--draft", "--captcha", "0000", "--captcha-file", image.toString());
        assertThat(wrong.exitCode()).as(wrong.err()).isEqualTo(5);
        assertThat(wrong.err()).contains("did not take the code for the captcha image saved earlier");
        assertThat(image).as("a fresh image").exists();
        assertThat(newestPid()).isEqualTo(before);

        Run right = run("reply", "1", "--draft", "--captcha", portal.newestCaptchaCode().orElseThrow());
        assertThat(right.exitCode()).as(right.err()).isZero();
        assertThat(newestPid()).isGreaterThan(before);
        Run again = run("reply", "1", "--draft");
        assertThat(again.exitCode()).as("the draft is gone").isEqualTo(2);
    }

    /**
     * A quote reply's form comes from the quote popup, and every popup names a new captcha hash (1.10: c + SA + three
     * random characters + sid). The code read from the image an earlier run saved belongs to that run's hash, so the
     * next run answers under it, not under its own popup's.
     */
    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aQuoteReplyAnswersTheImageTheEarlierRunSaved(boolean gbk) throws Exception {
        start(gbk, true);
        long before = newestPid();
        Path image = home.resolve("captcha.png");
        Run asked = run("reply", "1", "--quote", String.valueOf(before), "--message", "引用回复跨两次运行输入验证码",
                "--captcha-file", image.toString());
        assertThat(asked.exitCode()).as(asked.err()).isEqualTo(5);
        String code = portal.newestCaptchaCode().orElseThrow();

        Run right = run("reply", "1", "--draft", "--captcha", code);
        assertThat(right.exitCode()).as(right.err()).isZero();
        assertThat(newestPid()).isGreaterThan(before);
    }

    /**
     * A script repeats its command with --captcha added (no --draft): the code still answers the image the first run
     * saved, the reply is sent once, and no copy of the text is left among the drafts.
     */
    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aQuoteReplyRunAgainWithTheCaptchaAnswersTheSavedImage(boolean gbk) throws Exception {
        start(gbk, true);
        long before = newestPid();
        Path image = home.resolve("captcha.png");
        String[] command = {"reply", "1", "--quote", String.valueOf(before), "--message", "脚本第二次运行带上验证码",
                "--captcha-file", image.toString()};
        Run asked = run(command);
        assertThat(asked.exitCode()).as(asked.err()).isEqualTo(5);
        String code = portal.newestCaptchaCode().orElseThrow();

        Run right = run(Stream.concat(Stream.of(command), Stream.of("--captcha", code)).toArray(String[]::new));
        assertThat(right.exitCode()).as(right.err()).isZero();
        assertThat(newestPid()).isGreaterThan(before);
        Run left = run("reply", "1", "--draft");
        assertThat(left.exitCode()).as("no draft left: " + left.err()).isEqualTo(2);
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void postAsksForTheCaptchaAndPostsWithIt(boolean gbk) throws Exception {
        start(gbk, true);
        Path image = home.resolve("captcha.png");
        Run asked = run("post", "3", "--subject", "命令行发主题要验证码", "--type", "4", "--message",
                "发主题同样需要输入验证码", "--captcha-file", image.toString());
        assertThat(asked.exitCode()).as(asked.err()).isEqualTo(5);
        assertThat(image).exists();
        Run right = run("post", "3", "--draft", "--captcha", portal.newestCaptchaCode().orElseThrow());
        assertThat(right.exitCode()).as(right.err()).isZero();
        assertThat(right.out()).contains("Thread posted").contains("floor 1");
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aReplyThatMayBeHeldIsNotSentAgainWithoutResend(boolean gbk) throws Exception {
        start(gbk, false);
        String text = "也许正在审核的回复不自动重发";
        long before = newestPid();
        try (PortalSession s = new Main(XdgDirs.from(Map.of(), home.toString()))
                .session(portal.baseUrl().toString(), false, null)) {
            var drafts = s.participation().forum().replyDrafts();
            drafts.markSending(drafts.save(1, new ReplyDraft(0, text).encode()), before);
        }
        Run told = run("reply", "1", "--draft");
        assertThat(told.exitCode()).isEqualTo(1);
        assertThat(told.err()).contains("waiting for moderation").contains("fenghuang reply 1 --draft --resend");
        assertThat(newestPid()).isEqualTo(before);
        portal.advanceClock(Duration.ofSeconds(16));
        Run resent = run("reply", "1", "--draft", "--resend");
        assertThat(resent.exitCode()).as(resent.err()).isZero();
        assertThat(newestPid()).isGreaterThan(before);
    }
}
