package dev.fenghuang.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fenghuang.model.ForeignSite;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SiteOriginTest {
    private static final SiteOrigin SITE = SiteOrigin.of(URI.create("https://portal.example/bbs/"));

    @Test
    void theSameSchemeHostAndPortWrittenAnyWayIsTheSite() {
        assertThat(SITE.contains(URI.create("https://portal.example/member.php?x=1"))).isTrue();
        assertThat(SITE.contains(URI.create("HTTPS://Portal.Example:443/admin.php"))).isTrue();
        assertThat(SITE.contains(URI.create("https://portal.example./admin.php"))).isFalse();
        assertThat(SITE.contains(null)).isFalse();
    }

    @Test
    void aUnicodeHostAndItsPunycodeAreOneOrigin() {
        SiteOrigin idn = SiteOrigin.of(URI.create("http://xn--fiqs8s.example/"));
        assertThat(idn.contains(URI.create("http://中国.example/member.php"))).isTrue();
        assertThat(idn.contains(URI.create("http://中国.example:8080/member.php"))).isFalse();
    }

    @Test
    void namesTheOriginItRefusesAndTellsADowngrade() {
        assertThatThrownBy(() -> SITE.require(URI.create("http://portal.example/member.php")))
                .isInstanceOfSatisfying(ForeignSite.class, e -> {
                    assertThat(e.foreign()).isEqualTo("http://portal.example");
                    assertThat(e.site()).isEqualTo("https://portal.example");
                    assertThat(e.downgrade()).isTrue();
                });
        assertThatThrownBy(() -> SITE.require(URI.create("https://evil.example:8443/")))
                .isInstanceOfSatisfying(ForeignSite.class, e -> {
                    assertThat(e.foreign()).isEqualTo("https://evil.example:8443");
                    assertThat(e.downgrade()).isFalse();
                });
        assertThatThrownBy(() -> SITE.require(URI.create("javascript:void(0)"))).isInstanceOf(ForeignSite.class)
                .hasMessageContaining("(no host)");
    }

    @Test
    void aHostThatIsNoHostNameIsNamedWithoutItsFormatCharacters() {
        assertThatThrownBy(() -> SITE.require(URI.create("https://evil\u202Etxt.example/")))
                .isInstanceOf(ForeignSite.class).hasMessageContaining("evil?txt.example")
                .hasMessageNotContaining("\u202E");
    }

    /** Compared on the way to the reader's first frame (who is logged in): no method handles linked for it there. */
    @Test
    void itsEqualsAndHashCodeAreWrittenOutNotLinked() throws IOException {
        try (InputStream in = SiteOrigin.class.getResourceAsStream("SiteOrigin.class")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
                    .doesNotContain("java/lang/runtime/ObjectMethods");
        }
        SiteOrigin same = SiteOrigin.of(URI.create("HTTPS://Portal.Example:443/x"));
        assertThat(same).isEqualTo(SITE).hasSameHashCodeAs(SITE)
                .isNotEqualTo(SiteOrigin.of(URI.create("http://portal.example/")))
                .isNotEqualTo(SiteOrigin.of(URI.create("https://portal.example:8443/")))
                .isNotEqualTo(SiteOrigin.of(URI.create("https://other.example/"))).isNotEqualTo(null);
    }
}
