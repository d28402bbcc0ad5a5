package dev.fenghuang.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormEncodingTest {
    @Test
    void encodesChineseInGbkAsTheReferenceShows() {
        byte[] body = FormEncoding.encode(List.of(Map.entry("username", "归来"), Map.entry("kw", "渠县")),
                Charset.forName("GBK"));
        assertThat(new String(body, StandardCharsets.US_ASCII)).isEqualTo("username=%B9%E9%C0%B4&kw=%C7%FE%CF%D8");
    }

    @Test
    void encodesUtf8AndReservedCharacters() {
        byte[] body = FormEncoding.encode(List.of(Map.entry("message", "归来 a&b=c"), Map.entry("e", "")),
                StandardCharsets.UTF_8);
        assertThat(new String(body, StandardCharsets.US_ASCII))
                .isEqualTo("message=%E5%BD%92%E6%9D%A5+a%26b%3Dc&e=");
    }
}
