package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.DemoSession;
import dev.fenghuang.demo.DemoOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built program's sign-in form on a pseudo-terminal that plays kitty, sixel or neither, against a demo portal that
 * wants a captcha at login: the captcha goes out as the terminal's image, or as half blocks alone, and its image is
 * taken off when the form closes.
 */
class CaptchaTerminalIT {
    private static final String HALF_BLOCK = new String("▀".getBytes(StandardCharsets.UTF_8),
            StandardCharsets.ISO_8859_1);

    @TempDir
    Path home;
    DemoSession demo;

    @BeforeEach
    void start() {
        demo = DemoSession.open(home.resolve("portal"), DemoOptions.builder().captcha(true).build());
    }

    @AfterEach
    void stop() throws Exception {
        demo.close();
    }

    private GraphicsTerminalIT.PlayedTerminal reader(String name, String answer) throws Exception {
        GraphicsTerminalIT.PlayedTerminal t = new GraphicsTerminalIT.PlayedTerminal(home.resolve(name),
                GraphicsTerminalIT.launcher(), answer, "--site " + demo.baseUrl() + " --lang zh --open 1");
        t.awaitAll(s -> s.contains("巾帼脱贫行动"));
        return t;
    }

    /** Presses {@code key} and collects what the program writes until {@code part} came and it was quiet a moment. */
    private static String pressUntil(GraphicsTerminalIT.PlayedTerminal t, String key, String part) throws Exception {
        StringBuilder out = new StringBuilder(t.press(key));
        Instant end = Instant.now().plus(Duration.ofSeconds(10));
        while (!out.toString().contains(part) && Instant.now().isBefore(end)) {
            out.append(t.press(""));
        }
        return out.toString();
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aKittyTerminalGetsTheCaptchaAsAnImageThatGoesWithTheForm() throws Exception {
        try (GraphicsTerminalIT.PlayedTerminal t = reader("kitty", "\u001B_Gi=31;OK\u001B\\\u001B[?62;22c")) {
            String open = pressUntil(t, "L", "a=p,");

            assertThat(count(open, "a=t,f=100,")).isEqualTo(1);
            assertThat(count(open, "a=p,")).isEqualTo(1);
            assertThat(open).contains(HALF_BLOCK);
            System.out.printf("BENCH kitty terminal 80x24: the sign-in form with its captcha %d B%n", open.length());

            String closed = t.press("\u001B");
            assertThat(closed).contains("\u001B_Ga=d,d=a,q=2\u001B\\").doesNotContain("a=p,");
            assertThat(t.quit()).isTrue();
        }
    }

    @Test
    void aSixelTerminalGetsASixelCaptchaAndAPlainOneHalfBlocks() throws Exception {
        try (GraphicsTerminalIT.PlayedTerminal t = reader("sixel", "\u001B[?62;4;22c")) {
            String open = pressUntil(t, "L", "\u001BP0;1;0q");

            assertThat(count(open, "\u001BP0;1;0q")).isEqualTo(1);
            assertThat(open).doesNotContain("\u001B_G");
            System.out.printf("BENCH sixel terminal 80x24: the sign-in form with its captcha %d B%n", open.length());
            t.press("\u001B");
            assertThat(t.quit()).isTrue();
        }
        try (GraphicsTerminalIT.PlayedTerminal t = reader("plain", "\u001B[?62;22c")) {
            String open = pressUntil(t, "L", HALF_BLOCK);

            assertThat(open).doesNotContain("\u001B_G").doesNotContain("\u001BP0;1;0q").contains(HALF_BLOCK);
            System.out.printf("BENCH plain terminal 80x24: the sign-in form with its captcha in half blocks %d B%n",
                    open.length());
            t.press("\u001B");
            assertThat(t.quit()).isTrue();
        }
    }
}
