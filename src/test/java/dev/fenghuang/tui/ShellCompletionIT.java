package dev.fenghuang.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TAB in an interactive bash or zsh in tmux, with the completion script installed as the README says and
 * {@code fenghuang} on the PATH: {@code --site} completes to the profile names, {@code --lang} to zh and en.
 * zsh is not part of every machine; without it that case is skipped.
 */
class ShellCompletionIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path home;

    @BeforeEach
    void install() throws Exception {
        Path sites = home.resolve("config/fenghuang/sites");
        Files.createDirectories(sites);
        Files.writeString(sites.resolve("quxian.properties"), "url = http://www.quxian.example/\n");
        Files.writeString(sites.resolve("dazhou.properties"), "url = http://www.dazhou.example/\n");
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path wrapper = bin.resolve("fenghuang");
        Files.writeString(wrapper, "#!/bin/sh\nexec '" + TerminalReaderIT.launcher() + "' \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder(wrapper.toString(), "completion", "bash");
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        Process p = pb.start();
        byte[] script = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        Files.write(home.resolve("fenghuang.completion"), script);
        String rc = "export PATH='" + bin + "':$PATH\nsource '" + home.resolve("fenghuang.completion") + "'\n"
                + "PS1='sh-ready$ '\n";
        Files.writeString(home.resolve(".zshrc"), rc, StandardCharsets.UTF_8);
        Files.writeString(home.resolve("bashrc"), rc, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh"})
    void tabCompletesSiteToProfileNamesAndLangToLanguages(String shell) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/" + shell)) || Files.isExecutable(Path.of("/bin/" + shell)),
                shell + " is not installed");
        try (TmuxSession tmux = new TmuxSession(home, 100, 20)) {
            tmux.type(shell.equals("zsh") ? "ZDOTDIR='" + home + "' zsh -i"
                    : "bash --rcfile '" + home.resolve("bashrc") + "' -i");
            tmux.keys("Enter");
            tmux.await(s -> s.contains("sh-ready$"), WAIT);
            tmux.type("fenghuang --site qu");
            tmux.keys("Tab");
            tmux.await(s -> s.contains("fenghuang --site quxian"), WAIT);
            tmux.keys("C-u");
            tmux.type("fenghuang --lang ");
            tmux.keys("Tab", "Tab");
            String screen = tmux.await(s -> s.matches("(?s).*\\ben\\s+zh\\b.*"), WAIT);
            assertThat(screen).contains("fenghuang --lang");
        }
    }
}
