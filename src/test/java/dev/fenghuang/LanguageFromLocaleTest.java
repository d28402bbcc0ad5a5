package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output speaks the language of the locale the environment names (LC_ALL, LC_MESSAGES, LANG), also one the
 * machine lacks, as Java then falls back to English; the {@code lang} setting and {@code --lang} win over it.
 */
class LanguageFromLocaleTest {
    @TempDir
    Path home;

    private DemoPortal portal;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() {
        portal = DemoPortal.start(DemoOptions.defaults());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = Stream.concat(Stream.of("--site", portal.baseUrl().toString()), Stream.of(args))
                .toArray(String[]::new);
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()), env), full); // as main builds it
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return new Run(cmd.execute(full), out.toString(), err.toString());
    }

    private void settings(String text) throws Exception {
        Path config = XdgDirs.from(Map.of(), home.toString()).config();
        Files.createDirectories(config);
        Files.writeString(config.resolve("fenghuang.properties"), text);
    }

    @Test
    void helpSpeaksTheLocalesLanguageAsErrorsDo() {
        env.put("LANG", "zh_CN.UTF-8");
        assertThat(run("--help").out()).contains("用法:").contains("在终端中阅读").doesNotContain("Usage:");
        assertThat(run("help", "read").out()).contains("用法:").contains("显示一篇文章").doesNotContain("Usage:");
        env.remove("LANG");
        env.put("LC_ALL", "zh_CN.UTF-8");
        assertThat(run("-h").out()).contains("用法:").doesNotContain("Usage:");
        env.put("LC_ALL", "C");
        env.put("LANG", "zh_CN.UTF-8");
        assertThat(run("--help").out()).as("LC_ALL wins").contains("Usage:");
        assertThat(run("--lang", "zh", "--help").out()).as("--lang wins").contains("用法:");
    }

    @Test
    void aChineseLangThatJavaCannotLoadStillGivesChineseLabels() {
        env.put("LANG", "zh_CN.UTF-8");
        Run r = run("read", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("发布者 归来").contains("查看 1999").doesNotContain("views");
    }

    @Test
    void lcAllCWinsOverAChineseLang() {
        env.put("LANG", "zh_CN.UTF-8");
        env.put("LC_ALL", "C");
        assertThat(run("read", "1").out()).contains("by 归来").doesNotContain("发布者");
    }

    @Test
    void theLangSettingWinsOverTheLocaleAndTheOptionOverBoth() throws Exception {
        env.put("LC_ALL", "zh_CN.UTF-8");
        settings("lang = en\n");
        assertThat(run("read", "1").out()).contains("by 归来");
        assertThat(run("--lang", "zh", "read", "1").out()).contains("发布者 归来");
    }

    @Test
    void errorsSpeakTheLocalesLanguageToo() {
        env.put("LANG", "zh_CN.UTF-8");
        Run r = run("read", "999");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("网站提示：抱歉，您指定要查看的文章不存在或正在审核");
    }

    @Test
    void aSettingsFileJavaCannotReadIsToldInOneLineNotThrown() throws Exception {
        env.put("LANG", "zh_CN.UTF-8");
        settings("lang = \\uZZZZ\n");
        Run r = run("read", "1");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).as(r.err()).startsWith("fenghuang: ").contains("\\uxxxx").doesNotContain("\tat ");
    }
}
