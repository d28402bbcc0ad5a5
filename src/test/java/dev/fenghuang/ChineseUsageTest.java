package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Under {@code --lang zh} (or a Chinese locale) the command line speaks Chinese all through: every option's and
 * parameter's description in {@code --help}, and the usage errors (an unknown option, a missing parameter).
 */
class ChineseUsageTest {
    @TempDir
    Path home;

    record Run(int exitCode, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()), env), args);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return new Run(cmd.execute(args), out.toString(), err.toString());
    }

    /**
     * Chinese, with at most two English words left (names such as bash, utf-8 or gbk) once option names, variables
     * and settings are taken out.
     */
    private static boolean chinese(String text) {
        String rest = text.replaceAll("--[\\w-]+|\\S*[A-Z_.:/\\d]\\S*", " ");
        long english = java.util.regex.Pattern.compile("\\b[a-z]{3,}\\b").matcher(rest).results().count();
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && english <= 2;
    }

    @Test
    void everyOptionAndParameterIsDescribedInChinese() {
        String[] args = {"--lang", "zh", "--help"};
        CommandLine root = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()), Map.of()), args);
        List<String> english = new ArrayList<>();
        walk(root, english);
        assertThat(english).isEmpty();
    }

    private static void walk(CommandLine cmd, List<String> english) {
        CommandSpec spec = cmd.getCommandSpec();
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            String text = String.join(" ", arg.description());
            if (!arg.hidden() && !text.isBlank() && !chinese(text)) {
                english.add(spec.qualifiedName() + " " + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg)
                        .longestName() : arg.paramLabel()) + ": " + text);
            }
        }
        cmd.getSubcommands().values().stream().distinct().forEach(sub -> walk(sub, english));
    }

    @ParameterizedTest
    @CsvSource({"login --bogus,未知选项,--bogus", "thread,缺少参数,TID", "board,缺少参数,FID",
            "list 1 extra words,多余的参数,extra"})
    void usageErrorsAreInChinese(String command, String said, String naming) {
        List<String> args = new ArrayList<>(List.of("--lang", "zh"));
        args.addAll(List.of(command.split(" ")));
        Run r = run(Map.of(), args.toArray(String[]::new));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).as(r.err()).contains(said).contains(naming)
                .doesNotContain("Unknown option").doesNotContain("Missing required").doesNotContain("Unmatched");
    }

    @Test
    void aChineseLocaleIsEnoughWithoutLang() {
        Run r = run(Map.of("LANG", "zh_CN.UTF-8"), "login", "--bogus");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("未知选项").doesNotContain("Unknown option");
        Run help = run(Map.of("LANG", "zh_CN.UTF-8"), "login", "--help");
        assertThat(help.out()).contains("从标准输入的第一行读取密码");
    }

    @Test
    void englishStaysAsPicocliSaysIt() {
        Run r = run(Map.of(), "--lang", "en", "login", "--bogus");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--bogus'");
    }
}
