package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's exit code 5: the site wants a captcha and there is no terminal to ask. */
class LoginCaptchaWithoutTerminalTest {
    @TempDir
    Path home;

    @Test
    void loginExitsFiveAndSaysWhy() throws Exception {
        try (DemoPortal portal = DemoPortal.start(DemoOptions.builder().captcha(true).build());
             CliRunner cli = new CliRunner(home, portal.baseUrl(), "", Duration.ofSeconds(5))) {
            cli.password("reader123");
            CliRunner.Run run = cli.run(Duration.ofSeconds(60), () -> { }, "--lang", "en", "login", "--username",
                    "reader1");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(5);
            assertThat(run.err()).contains("captcha");
        }
    }
}
