package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.CliRun.Run;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One rule for an empty text on every writing command: a usage error, exit 2 (README's exit-code table), with
 * nothing sent. The portal's {@code comment} and the forum's {@code reply}, {@code post} and {@code post edit}.
 */
class EmptyMessageExitCodeTest {
    @TempDir
    static Path home;

    private static DemoPortal portal;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
        Run in = run("login", "--username", "reader1");
        assertThat(in.exitCode()).as(in.err()).isZero();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static Run run(String... args) {
        return CliRun.on(portal.baseUrl(), home).lang("en").env(Map.of("FENGHUANG_PASSWORD", "reader123"))
                .stdin(new byte[0]).run(args);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   "})
    void commentIsAUsageError(String empty) {
        Run run = run("comment", "1", "--message", empty);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   "})
    void replyIsAUsageError(String empty) {
        Run run = run("reply", "1", "--message", empty);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   "})
    void postIsAUsageError(String empty) {
        Run run = run("post", "2", "--subject", "空的正文", "--message", empty);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   "})
    void postEditIsAUsageError(String empty) {
        Run run = run("post", "edit", "2", "--message", empty);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    }

    /** The same text from standard input: nothing there, or blank lines only. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"comment 1", "reply 1", "post 2 --subject 空的正文", "post edit 2"})
    void anEmptyStandardInputIsAUsageErrorToo(String command) {
        Run run = run(command.split(" "));
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    }
}
