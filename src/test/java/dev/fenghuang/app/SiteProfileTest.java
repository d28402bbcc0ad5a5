package dev.fenghuang.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteProfileTest {
    @TempDir
    Path home;

    private XdgDirs dirs() {
        return XdgDirs.from(Map.of("XDG_CONFIG_HOME", home.resolve("cfg").toString()), home.toString());
    }

    @Test
    void aUrlNeedsNoProfileAndKeepsItsPort() {
        SiteProfile p = SiteProfile.resolve("http://127.0.0.1:8080/portal.php?mod=view&aid=1",
                Settings.load(dirs()), dirs());
        assertThat(p.base().toString()).isEqualTo("http://127.0.0.1:8080/");
        assertThat(p.name()).isEqualTo("127.0.0.1:8080");
        assertThat(p.storageKey()).isEqualTo("127.0.0.1_8080");
    }

    /** A cache of less than nothing is a mistake said as such (a weight below 0 is how a command asks for none). */
    @Test
    void aNegativeCacheSizeIsRefusedWithTheSettingsName() throws Exception {
        Path config = Files.createDirectories(home.resolve("cfg/fenghuang"));
        Files.writeString(config.resolve("fenghuang.properties"), "cache.maxMegabytes = -1\n");
        assertThatThrownBy(() -> SiteProfile.resolve("http://127.0.0.1:8080/", Settings.load(dirs()), dirs()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cache.maxMegabytes");
        Files.writeString(config.resolve("fenghuang.properties"), "cache.maxMegabytes = 0\n");
        assertThat(SiteProfile.resolve("http://127.0.0.1:8080/", Settings.load(dirs()), dirs()).cache()
                .holdsInMemory()).isTrue();
    }

    @Test
    void keepsASubDirectoryInstall() {
        assertThat(SiteProfile.normalise("http://www.example.com/bbs").toString()).isEqualTo("http://www.example.com/bbs/");
        assertThat(SiteProfile.normalise("http://www.example.com/bbs/index.php").toString())
                .isEqualTo("http://www.example.com/bbs/");
    }

    @Test
    void readsANamedProfileOverTheDefaults() throws Exception {
        Path sites = Files.createDirectories(home.resolve("cfg/fenghuang/sites"));
        Files.writeString(sites.resolve("qx.properties"), """
                url = http://www.qx.example/
                charset = gbk
                catids = 1, 4
                http.readTimeout = 40s
                cache.articles = 1h
                """);
        SiteProfile p = SiteProfile.resolve("qx", Settings.load(dirs()), dirs());
        assertThat(p.base().toString()).isEqualTo("http://www.qx.example/");
        assertThat(p.http().charsetOverride()).contains(Charset.forName("GBK"));
        assertThat(p.http().readTimeout()).isEqualTo(Duration.ofSeconds(40));
        assertThat(p.http().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.cache().articles()).isEqualTo(Duration.ofHours(1));
        assertThat(p.startCatids()).containsExactly(1, 4);
    }

    @Test
    void explainsAMissingProfile() {
        assertThatThrownBy(() -> SiteProfile.resolve("nosuch", Settings.load(dirs()), dirs()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no site profile 'nosuch'");
    }

    @Test
    void refusesAnUnknownCharset() throws Exception {
        Path sites = Files.createDirectories(home.resolve("cfg/fenghuang/sites"));
        Files.writeString(sites.resolve("bad.properties"), "url = http://x.example/\ncharset = klingon\n");
        assertThatThrownBy(() -> SiteProfile.resolve("bad", Settings.load(dirs()), dirs()))
                .hasMessageContaining("unknown charset: klingon");
    }

    @Test
    void theUsersFileOverridesTheShippedDefaults() throws Exception {
        Files.createDirectories(home.resolve("cfg/fenghuang"));
        Files.writeString(home.resolve("cfg/fenghuang/fenghuang.properties"), "http.connectTimeout = 750ms\n");
        SiteProfile p = SiteProfile.resolve("http://a.example/", Settings.load(dirs()), dirs());
        assertThat(p.http().connectTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(p.http().userAgent()).startsWith("Mozilla/5.0");
    }

    @Test
    void aUnicodeHostIsAskedForInPunycodeAndShownInUnicode() {
        SiteProfile p = SiteProfile.resolve("https://例子.中国/portal.php", Settings.load(dirs()), dirs());
        assertThat(p.base()).hasToString("https://xn--fsqu00a.xn--fiqs8s/");
        assertThat(p.name()).isEqualTo("例子.中国");
        assertThat(p.storageKey()).isEqualTo("xn--fsqu00a.xn--fiqs8s");
    }

    @Test
    void aProfileWithAUnicodeHostWorksToo() throws Exception {
        Path sites = Files.createDirectories(home.resolve("cfg/fenghuang/sites"));
        Files.writeString(sites.resolve("li.properties"), "url = http://例子.中国:8080/bbs/\n");
        SiteProfile p = SiteProfile.resolve("li", Settings.load(dirs()), dirs());
        assertThat(p.base()).hasToString("http://xn--fsqu00a.xn--fiqs8s:8080/bbs/");
    }

    @Test
    void readsTheDeadlineThePageCapAndTheTrustedCertificates() throws Exception {
        Path sites = Files.createDirectories(home.resolve("cfg/fenghuang/sites"));
        Files.writeString(sites.resolve("own.properties"), """
                url = https://own.example/
                http.deadline = 5s
                http.maxPageMegabytes = 2
                tls.trust = /etc/own/cert.pem, /etc/own/other.pem
                """);
        SiteProfile p = SiteProfile.resolve("own", Settings.load(dirs()), dirs());
        assertThat(p.http().deadline()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(p.http().maxBodyBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(p.http().trustedCertificates()).containsExactly(Path.of("/etc/own/cert.pem"),
                Path.of("/etc/own/other.pem"));
        SiteProfile plain = SiteProfile.resolve("http://a.example/", Settings.load(dirs()), dirs());
        assertThat(plain.http().deadline()).isEqualTo(java.time.Duration.ofSeconds(30));
        assertThat(plain.http().trustedCertificates()).isEmpty();
    }
}
