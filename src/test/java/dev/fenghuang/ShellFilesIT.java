package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the build leaves for the shell, used as the README's one-liners install it: the man page the build wrote, and
 * the completion script printed by the launcher, which asks the launcher for profile names on TAB.
 */
class ShellFilesIT {
    private static final Path TARGET = Path.of(System.getProperty("fenghuang.jar")).getParent();

    @TempDir
    Path home;

    private record Result(int code, String out, String err) {
    }

    private Result run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }

    @Test
    void theBuildWroteAManPageThatManRenders() throws Exception {
        Path page = TARGET.resolve("fenghuang.1");
        assertThat(page).isRegularFile();
        assertThat(Files.readString(page)).contains(".TH FENGHUANG 1").contains(".SS \"fenghuang completion\"");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed");
        Result man = run(Map.of("MANWIDTH", "80", "MANPAGER", "cat", "LC_ALL", "C.UTF-8"),
                "man", "--warnings", "-l", page.toString());
        assertThat(man.code()).as(man.err()).isZero();
        assertThat(man.err()).isEmpty();
        assertThat(man.out().replaceAll(".\b", "")).contains("FENGHUANG(1)").contains("fenghuang mod queue");
    }

    @Test
    void theLaunchersCompletionScriptCompletesSiteToProfileNames() throws Exception {
        Path sites = home.resolve("config/fenghuang/sites");
        Files.createDirectories(sites);
        Files.writeString(sites.resolve("quxian.properties"), "url = http://www.quxian.example/\n");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString(), "XDG_CACHE_HOME", home.resolve("cache").toString());
        String launcher = TARGET.resolve("fenghuang").toString();
        Path script = home.resolve("fenghuang.bash");
        Result printed = run(env, launcher, "completion", "bash");
        assertThat(printed.code()).as(printed.err()).isZero();
        Files.writeString(script, printed.out());
        Result tab = run(env, "bash", "-c", String.join("\n", List.of(
                "source '" + script + "'",
                "COMP_WORDS=('" + launcher + "' --site '')", "COMP_CWORD=2", "COMP_LINE=\"${COMP_WORDS[*]}\"",
                "_complete_fenghuang", "printf '%s\\n' \"${COMPREPLY[@]}\"")));
        assertThat(tab.out().strip()).isEqualTo("quxian");
    }
}
