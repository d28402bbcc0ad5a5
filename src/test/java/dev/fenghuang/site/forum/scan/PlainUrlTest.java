package dev.fenghuang.site.forum.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PlainUrlTest {
    private static final String[] BASES = {"http://127.0.0.1:36973/forum.php?mod=viewthread&tid=1",
        "https://bbs.example.com/", "not a url"};

    @Test
    void aPlainUrlIsWhatJsoupResolvesItToAgainstAnyBase() {
        Random random = new Random(10);
        String[] pieces = {"http://", "https://", "HTTP://", "a", "Z", "9", "0", ".", "..", "/", "/.", "./", ":",
            ":80", ":0", ":65536", ":036973", "-", "_", "~", "?", "#", "%20", " ", "\t", "\\", "@", "é", "bbs", "x.cn"};
        int plain = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder url = new StringBuilder(random.nextInt(4) == 0 ? "" : random.nextBoolean() ? "http://"
                    : "https://");
            for (int n = random.nextInt(10); n > 0; n--) {
                url.append(pieces[random.nextInt(pieces.length)]);
            }
            String href = url.toString();
            if (PlainUrl.isPlainAbsolute(href)) {
                plain++;
                for (String base : BASES) {
                    Element link = new Element("base").attr("href", href);
                    link.setBaseUri(base);
                    assertThat(link.absUrl("href")).as(href + " against " + base).isEqualTo(href);
                }
            }
        }
        assertThat(plain).isGreaterThan(2_000);
    }

    @Test
    void leavesToJsoupWhatItWouldChange() {
        assertThat(PlainUrl.isPlainAbsolute("http://127.0.0.1:36973/")).isTrue();
        assertThat(PlainUrl.isPlainAbsolute("https://bbs.example.com/forum/")).isTrue();
        assertThat(PlainUrl.isPlainAbsolute("HTTP://bbs.example.com/")).isFalse();
        assertThat(PlainUrl.isPlainAbsolute("http://bbs.example.com:080/")).isFalse();
        assertThat(PlainUrl.isPlainAbsolute("http://bbs.example.com/a/../b")).isFalse();
        assertThat(PlainUrl.isPlainAbsolute("http://bbs.example.com/?a=1")).isFalse();
        assertThat(PlainUrl.isPlainAbsolute("/forum/")).isFalse();
        assertThat(PlainUrl.isPlainAbsolute("")).isFalse();
    }
}
