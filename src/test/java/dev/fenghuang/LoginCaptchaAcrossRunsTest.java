package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.CliRun.Run;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code login} on a site with the captcha on, as a script runs it without a terminal (1.10): a first run saves the
 * image and exits 5; a second run with {@code --captcha} answers that image, not one of a form it reads again (every
 * login popup names a new hash). When the site no longer takes the old image, exit 5 again with a fresh one.
 */
class LoginCaptchaAcrossRunsTest {
    @TempDir
    Path home;

    private DemoPortal portal;

    @AfterEach
    void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    private void start(boolean gbk) {
        DemoOptions.Builder options = DemoOptions.builder().captcha(true);
        portal = DemoPortal.start(gbk ? options.gbk().build() : options.build());
        portal.freezeClock();
    }

    private Run run(String... args) {
        return CliRun.on(portal.baseUrl(), home).lang("en").env(Map.of("FENGHUANG_PASSWORD", "reader123"))
                .stdin(new byte[0]).run(args);
    }

    private static boolean png(Path image) throws IOException {
        byte[] bytes = Files.readAllBytes(image);
        return bytes.length > 4 && bytes[0] == (byte) 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false, true})
    void aSecondRunAnswersTheImageTheFirstRunSaved(boolean gbk) throws Exception {
        start(gbk);
        Path image = home.resolve("captcha.png");
        Run asked = run("login", "--username", "reader1", "--captcha-file", image.toString());
        assertThat(asked.exitCode()).as(asked.err()).isEqualTo(5);
        assertThat(png(image)).isTrue();
        String code = portal.newestCaptchaCode().orElseThrow();

        Run answered = run("login", "--username", "reader1", "--captcha", code);
        assertThat(answered.exitCode()).as(answered.out() + answered.err()).isZero();
        assertThat(answered.out()).contains("reader1");
        Run who = run("login", "--username", "reader1");
        assertThat(who.exitCode()).as(who.err()).isZero();
    }

    @ParameterizedTest(name = "gbk={0}")
    @ValueSource(booleans = {false})
    void anImageTheSiteNoLongerTakesIsToldAndAFreshOneSaved(boolean gbk) throws Exception {
        start(gbk);
        Path image = home.resolve("captcha.png");
        Run asked = run("login", "--username", "reader1", "--captcha-file", image.toString());
        assertThat(asked.exitCode()).as(asked.err()).isEqualTo(5);
        String old = portal.newestCaptchaCode().orElseThrow();
        Files.delete(image);
        portal.advanceClock(Duration.ofMinutes(11));

        Run late = run("login", "--username", "reader1", "--captcha", old, "--captcha-file", image.toString());
        assertThat(late.exitCode()).as(late.out() + late.err()).isEqualTo(5);
        assertThat(late.err()).contains("expired");
        assertThat(png(image)).as("a fresh image").isTrue();
        String fresh = portal.newestCaptchaCode().orElseThrow();

        Run answered = run("login", "--username", "reader1", "--captcha", fresh);
        assertThat(answered.exitCode()).as(answered.out() + answered.err()).isZero();
    }
}
