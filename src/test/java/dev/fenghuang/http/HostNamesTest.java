package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.IDN;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Host names convert as {@link IDN} converts them, whether or not IDN is asked. */
class HostNamesTest {
    private static final String LETTERS = "abcXYZ019-_.";

    @Test
    void randomNamesConvertAsIdnConvertsThem() {
        Random random = new Random(13);
        for (int n = 0; n < 10_000; n++) {
            String host = name(random);
            assertSameAsIdn(host);
        }
    }

    @Test
    void theEdgesConvertAsIdnConvertsThem() {
        for (String host : new String[] {"example.com", "bbs.qxzx.net", "127.0.0.1", "localhost", "a", "a.", ".a",
                "a..b", ".", "", "xn--fsqu00a.xn--fiqs8s", "XN--FSQU00A.xn--fiqs8s", "www.xn--fiqs8s", "xn--",
                "bbs.xn--fiqs8s.", "x".repeat(63) + ".com", "x".repeat(64) + ".com", "例子.中国", "bbs。例子.中国",
                "axn--b.com", "b.axn--c"}) {
            assertSameAsIdn(host);
        }
        assertThat(HostNames.toUnicode("xn--fsqu00a.xn--fiqs8s")).isEqualTo("例子.中国");
        assertThat(HostNames.toAscii("例子.中国")).isEqualTo("xn--fsqu00a.xn--fiqs8s");
        assertThatThrownBy(() -> HostNames.toAscii("x".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSameAsIdn(String host) {
        assertThat(HostNames.toUnicode(host)).as(host).isEqualTo(IDN.toUnicode(host));
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException refused) {
            assertThatThrownBy(() -> HostNames.toAscii(host)).as(host).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThat(HostNames.toAscii(host)).as(host).isEqualTo(ascii);
    }

    /** Up to 70 characters of letters, digits, dots and dashes, sometimes with an xn-- label or a long one. */
    private static String name(Random random) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(70);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(LETTERS.length() + 2);
            if (pick == LETTERS.length()) {
                b.append(random.nextBoolean() ? "xn--" : "XN--");
            } else if (pick == LETTERS.length() + 1) {
                b.append(random.nextBoolean() ? "x".repeat(60) : "中");
            } else {
                b.append(LETTERS.charAt(pick));
            }
        }
        return b.toString();
    }
}
