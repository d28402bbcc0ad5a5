package dev.fenghuang.tui.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's terminal on a real pseudo-terminal (made by {@code script}), with Lanterna's stty command replaced by
 * a script that notes its arguments and runs the real one: the terminal is taken with two stty runs (the settings
 * saved, then every mode at once) where Lanterna alone makes five and the flow control a sixth, each a process
 * started on the way to the first frame.
 */
class JobControlTerminalTest {
    private static final String RAW_MODES = "-icanon min 1 -echo intr undef -ixon";

    @TempDir
    Path dir;

    @Test
    void takesTheTerminalWithTwoSttyRunsAndSetsTheModesAgainWithOne() throws Exception {
        Path script = Path.of("/usr/bin/script");
        Path stty = Path.of("/bin/stty");
        assumeTrue(Files.isExecutable(script) && Files.isExecutable(stty), "needs script and stty");
        Path log = dir.resolve("stty.log");
        Files.writeString(log, "");
        Path noting = dir.resolve("stty");
        Files.writeString(noting, "#!/bin/sh\necho \"$*\" >> '" + log + "'\nexec /bin/stty \"$@\"\n");
        Files.setPosixFilePermissions(noting, PosixFilePermissions.fromString("rwx------"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", quoted(java), "-cp", quoted(System.getProperty("java.class.path")),
                "-Dcom.googlecode.lanterna.terminal.UnixTerminal.sttyCommand=" + quoted(noting.toString()),
                TakeTerminalProcess.class.getName(), quoted(log.toString()));
        Process p = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.PIPE).redirectOutput(dir.resolve("out").toFile())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child ended").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out"))).isZero();

        List<String> runs = Files.readAllLines(log);
        assertThat(runs.subList(0, runs.indexOf("-- taken"))).containsExactly("-g", RAW_MODES);
        assertThat(runs.subList(runs.indexOf("-- taken") + 1, runs.indexOf("-- raw again")))
                .containsExactly(RAW_MODES);
        assertThat(runs.subList(runs.indexOf("-- raw again") + 1, runs.indexOf("-- closed")))
                .as("closing puts back the settings saved").first().asString().matches("[0-9a-f]+(:[0-9a-f]+)+");
    }

    @Test
    void aScreenMadeAndStartedAsksTheTerminalItsSizeOnce() throws Exception {
        assertThat(askSize("")).as("one round trip to the terminal, not one when made and one when started")
                .containsExactly("questions 1", "size 100x30", "unsent after the first question 0");
    }

    @Test
    void aResizeSignalledBeforeTheScreenStartsIsAskedAgain() throws Exception {
        assertThat(askSize("resize")).as("asked on the signal and when started: the size of before is not kept")
                .startsWith("questions 3", "size 120x40");
    }

    /** What {@link AskSizeProcess} noted, run on a pseudo-terminal of its own. */
    private List<String> askSize(String how) throws Exception {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "needs script");
        Path log = dir.resolve("size.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = String.join(" ", quoted(java), "-cp", quoted(System.getProperty("java.class.path")),
                AskSizeProcess.class.getName(), quoted(log.toString()), how);
        Process p = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.PIPE).redirectOutput(dir.resolve("out").toFile())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child ended").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out"))).isZero();

        return Files.readAllLines(log);
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
