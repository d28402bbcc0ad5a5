package dev.fenghuang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.app.XdgDirs;
import dev.fenghuang.cli.Cli;
import dev.fenghuang.demo.DemoOptions;
import dev.fenghuang.demo.DemoPortal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo portal over HTTPS with its self-signed certificate, read by the real client: refused without a word of
 * trust, read with the profile's {@code tls.trust}, and that trust is the profile's alone.
 */
class DemoTlsTrustTest {
    private static DemoPortal portal;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        portal = DemoPortal.start(DemoOptions.builder().https(true).moderationTraffic(false).build());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Cli.command(new Main(XdgDirs.from(Map.of(), home.toString()), Map.of()));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private void profile(String name, String... lines) throws Exception {
        Path sites = XdgDirs.from(Map.of(), home.toString()).config().resolve("sites");
        Files.createDirectories(sites);
        Files.writeString(sites.resolve(name + ".properties"),
                "url = " + portal.baseUrl() + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aSelfSignedSiteIsRefusedWithTheWayToTrustIt() {
        Result r = run("--site", portal.baseUrl().toString(), "read", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("certificate not trusted for 127.0.0.1").contains("tls.trust");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aProfileThatTrustsTheCertificateReadsTheSite() throws Exception {
        Path pem = home.resolve("demo.pem");
        Files.writeString(pem, portal.certificatePem(), StandardCharsets.US_ASCII);
        profile("demo", "tls.trust = " + pem);
        Result r = run("--site", "demo", "read", "1");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("全省“巾帼脱贫行动”暨基层妇联组织改革现场推进会在渠召开");
    }

    @Test
    void theTrustOfOneProfileIsNotAnothersAndAWrongCertificateIsNoTrust() throws Exception {
        Path pem = home.resolve("demo.pem");
        Files.writeString(pem, portal.certificatePem(), StandardCharsets.US_ASCII);
        profile("trusting", "tls.trust = " + pem);
        profile("plain");
        assertThat(run("--site", "plain", "read", "1").err()).contains("certificate not trusted");
        try (DemoPortal other = DemoPortal.start(DemoOptions.builder().https(true).moderationTraffic(false).build())) {
            Path otherPem = home.resolve("other.pem");
            Files.writeString(otherPem, other.certificatePem(), StandardCharsets.US_ASCII);
            profile("wrong", "tls.trust = " + otherPem);
            assertThat(run("--site", "wrong", "read", "1").err()).contains("certificate not trusted");
        }
    }
}
