package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import dev.fenghuang.demo.Fault;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the site sends, a command ends with one clear line on stderr and exit code 1, never a stack trace. */
class BadInputTest {
    @TempDir
    Path home;

    private DemoPortal portal;

    @BeforeEach
    void start() {
        portal = DemoPortal.start(DemoOptions.builder().slowDelay(Duration.ofMillis(100)).build());
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
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString())));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return new Run(cmd.execute(args), out.toString(), err.toString());
    }

    private Run read(String aid) {
        return run("--site", portal.baseUrl().toString(), "read", aid);
    }

    private static void assertOneLineError(Run r, String expected) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("fenghuang: ").contains(expected).doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
    }

    @Test
    void aMissingArticleIsTheSitesOwnMessage() {
        assertOneLineError(read("999"), "抱歉，您指定要查看的文章不存在或正在审核");
    }

    @Test
    void aMissingCategoryIsTheSitesOwnMessage() {
        assertOneLineError(run("--site", portal.baseUrl().toString(), "list", "777"), "抱歉，您指定要查看的分类不存在");
    }

    @Test
    void aServerErrorSaysSo() {
        portal.inject(Fault.SERVER_ERROR);
        assertOneLineError(read("1"), "500");
    }

    @Test
    void aNonDiscuzSiteSaysSo() {
        portal.inject(Fault.NOT_DISCUZ);
        assertOneLineError(read("1"), "Discuz");
    }

    @Test
    void aPageInAnUndeclaredCharsetPointsAtTheSetting() {
        portal.inject(Fault.UNDECLARED_CHARSET);
        assertOneLineError(read("1"), "charset");
    }

    @Test
    void aTruncatedPageSaysSo() {
        portal.inject(Fault.TRUNCATED);
        assertOneLineError(read("1"), "truncated");
    }

    @Test
    void aMalformedPageSaysSoRatherThanShowingPageFurnitureAsText() {
        portal.inject(Fault.MALFORMED);
        assertOneLineError(read("1"), "malformed");
    }

    @Test
    void aConnectionClosedWithoutAnAnswerIsANetworkError() {
        portal.inject(Fault.RESET);
        assertOneLineError(read("1"), "network error");
    }

    @Test
    void theMobileTemplateIsExplained() throws IOException {
        Path config = java.nio.file.Files.createDirectories(home.resolve(".config/fenghuang"));
        java.nio.file.Files.writeString(config.resolve("fenghuang.properties"), "http.userAgent = Java/17.0.2\n");
        assertOneLineError(read("1"), "mobile template");
    }

    @Test
    void aDeadNetworkSaysItCannotConnect() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertOneLineError(run("--site", "http://127.0.0.1:" + port + "/", "read", "1"), "cannot connect");
    }

    @Test
    void aBadPageNumberIsAUsageError() {
        Run r = run("--site", portal.baseUrl().toString(), "read", "1", "--page", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--page");
    }

    @Test
    void anUnknownSiteProfileIsExplained() {
        assertOneLineError(run("--site", "nosuchsite", "read", "1"), "no site profile 'nosuchsite'");
    }
}
