package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash completion script as bash runs it: sourced, then its completion function called with COMP_WORDS as bash
 * sets them on TAB. The script asks the program for profile and account names; here "the program" is this build's
 * classes on a JVM, under a home of the test's own.
 */
class ShellCompletionTest {
    @TempDir
    Path home;

    private XdgDirs dirs;
    private Path script;

    @BeforeEach
    void setUp() throws IOException {
        dirs = XdgDirs.from(Map.of(), home.toString());
        Files.createDirectories(dirs.config().resolve("sites"));
        Files.writeString(dirs.config().resolve("sites/quxian.properties"), "url = http://www.quxian.example/\n");
        Files.writeString(dirs.config().resolve("sites/dazhou.properties"), "url = http://www.dazhou.example/\n");
        Files.writeString(dirs.config().resolve("sites/notes.txt"), "not a profile\n");
        Files.createDirectories(dirs.state().resolve("sites/www.quxian.example/accounts/alice"));
        Files.createDirectories(dirs.state().resolve("sites/demo/accounts/default"));
        script = home.resolve("fenghuang.bash");
        Files.writeString(script, run("completion", "bash"));
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        var cmd = Cli.command(new Main(dirs, Map.of()), args);
        cmd.setOut(new PrintWriter(out));
        assertThat(cmd.execute(args)).isZero();
        return out.toString();
    }

    /** What the completion offers for the words typed so far, the last one being completed. */
    private List<String> complete(String... words) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder wordArray = new StringBuilder();
        for (String w : words) {
            wordArray.append(" '").append(w).append("'");
        }
        String bash = "fenghuang() { '" + java + "' -cp \"$TEST_CLASSPATH\" dev.fenghuang.Main \"$@\"; }\n"
                + "source '" + script + "'\n"
                + "COMP_WORDS=(" + wordArray + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE=\"${COMP_WORDS[*]}\"\n"
                + "_complete_fenghuang\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", bash).redirectErrorStream(false);
        pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        pb.environment().put("XDG_STATE_HOME", home.resolve(".local/state").toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        pb.environment().put("TEST_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void completesSiteToTheProfileNames() throws Exception {
        assertThat(complete("fenghuang", "--site", "")).containsExactly("dazhou", "quxian");
        assertThat(complete("fenghuang", "--site", "qu")).containsExactly("quxian");
    }

    @Test
    void completesAccountToTheAccountsKept() throws Exception {
        assertThat(complete("fenghuang", "--account", "")).containsExactly("alice", "default");
    }

    @Test
    void completesCommandsLanguagesAndOptionsFromTheCommandModel() throws Exception {
        assertThat(complete("fenghuang", "comm")).containsExactlyInAnyOrder("comment", "comments");
        assertThat(complete("fenghuang", "--lang", "")).containsExactlyInAnyOrder("zh", "en");
        assertThat(complete("fenghuang", "list", "--p")).contains("--page");
        assertThat(complete("fenghuang", "he")).containsExactly("help");
    }

    @Test
    void theHiddenListerIsNotInHelpButAnswers() {
        assertThat(run("help")).contains("completion").doesNotContain("complete-names");
        assertThat(run("complete-names", "sites").lines()).containsExactly("dazhou", "quxian");
    }

    @Test
    void theZshScriptIsTheSameCompletionLoadedThroughBashcompinit() {
        String zsh = run("completion", "zsh");
        assertThat(zsh).startsWith("#compdef fenghuang").contains("bashcompinit").contains("complete-names sites");
    }
}
